import { describe, expect, it } from 'vitest';
import { Coalescer, type Settled } from './coalesce';

/** One turn of the event loop: a batch scheduled before it has started once it is over. */
const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

async function turns(n: number): Promise<void> {
  for (let i = 0; i < n; i++) await turn();
}

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve = () => {};
  const promise = new Promise<void>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

const upper = (items: string[]): Array<Settled<string>> =>
  items.map((item) => ({ ok: true, value: item.toUpperCase() }));

describe('Coalescer', () => {
  it('runs the calls of one key made in the same turn as one batch, in order, each getting its own result', async () => {
    const batches: string[][] = [];
    const coalescer = new Coalescer<string, string>(async (items) => {
      batches.push(items);
      return upper(items);
    });
    const results = await Promise.all([coalescer.add('k', 'a'), coalescer.add('k', 'b'), coalescer.add('k', 'c')]);
    expect(results).toEqual(['A', 'B', 'C']);
    expect(batches).toEqual([['a', 'b', 'c']]);
  });

  it('runs a lone call by itself', async () => {
    const batches: string[][] = [];
    const coalescer = new Coalescer<string, string>(async (items) => {
      batches.push(items);
      return upper(items);
    });
    expect(await coalescer.add('k', 'solo')).toBe('SOLO');
    // Idle again: a later call is a batch of its own too.
    expect(await coalescer.add('k', 'later')).toBe('LATER');
    expect(batches).toEqual([['solo'], ['later']]);
  });

  it('runs the calls of different keys as separate batches', async () => {
    const batches: string[][] = [];
    const coalescer = new Coalescer<string, string>(async (items) => {
      batches.push(items);
      return upper(items);
    });
    const results = await Promise.all([
      coalescer.add('one', 'a'),
      coalescer.add('two', 'b'),
      coalescer.add('one', 'c'),
      coalescer.add('two', 'd'),
    ]);
    expect(results).toEqual(['A', 'B', 'C', 'D']);
    expect(batches).toEqual([
      ['a', 'c'],
      ['b', 'd'],
    ]);
  });

  it('keeps one batch per key running: calls made meanwhile wait for it to end and then go together', async () => {
    const log: string[] = [];
    const gates: Array<{ promise: Promise<void>; resolve: () => void }> = [];
    const coalescer = new Coalescer<string, string>(async (items) => {
      const gate = deferred();
      gates.push(gate);
      log.push(`start ${items.join(',')}`);
      await gate.promise;
      log.push(`end ${items.join(',')}`);
      return upper(items);
    });
    const first = [coalescer.add('k', 'a'), coalescer.add('k', 'b')];
    await turn();
    expect(log).toEqual(['start a,b']);

    const second = [coalescer.add('k', 'c'), coalescer.add('k', 'd')];
    await turns(3);
    const third = coalescer.add('k', 'e');
    await turns(3);
    // The key is busy: nothing else of it has started, however many turns pass.
    expect(log).toEqual(['start a,b']);

    gates[0]?.resolve();
    expect(await Promise.all(first)).toEqual(['A', 'B']);
    await turns(2);
    expect(log).toEqual(['start a,b', 'end a,b', 'start c,d,e']);
    gates[1]?.resolve();
    expect(await Promise.all([...second, third])).toEqual(['C', 'D', 'E']);
    expect(log).toEqual(['start a,b', 'end a,b', 'start c,d,e', 'end c,d,e']);
  });

  it('does not hold back another key while one key is busy', async () => {
    const gate = deferred();
    const started: string[] = [];
    const coalescer = new Coalescer<string, string>(async (items) => {
      started.push(items.join(','));
      if (items.includes('slow')) await gate.promise;
      return upper(items);
    });
    const slow = coalescer.add('busy', 'slow');
    await turn();
    expect(await coalescer.add('free', 'quick')).toBe('QUICK');
    expect(started).toEqual(['slow', 'quick']);
    gate.resolve();
    expect(await slow).toBe('SLOW');
  });

  it('caps a batch at maxBatch items and runs the rest in later batches, one at a time', async () => {
    const batches: number[][] = [];
    let running = 0;
    let mostAtOnce = 0;
    const coalescer = new Coalescer<number, number>(async (items) => {
      running += 1;
      mostAtOnce = Math.max(mostAtOnce, running);
      batches.push(items);
      await turn();
      running -= 1;
      return items.map((n) => ({ ok: true, value: n * 10 }));
    }, 2);
    const results = await Promise.all([1, 2, 3, 4, 5].map((n) => coalescer.add('k', n)));
    expect(results).toEqual([10, 20, 30, 40, 50]);
    expect(batches).toEqual([[1, 2], [3, 4], [5]]);
    expect(mostAtOnce).toBe(1);
  });

  it('rejects the calls of a batch whose run gives a result count other than one per item', async () => {
    let runs = 0;
    const coalescer = new Coalescer<string, string>(async (items) => {
      runs += 1;
      return [...upper(items), { ok: true, value: 'EXTRA' }];
    });
    const results = await Promise.allSettled([coalescer.add('k', 'a'), coalescer.add('k', 'b')]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    // Its work is already done (an intake batch has committed): running the items again could do it twice.
    expect(runs).toBe(1);
    for (const r of results) expect((r as PromiseRejectedResult).reason.message).toMatch(/gave \d+ results/);
    await expect(new Coalescer<string, string>(async () => []).add('k', 'alone')).rejects.toThrow(
      'batch of 1 gave 0 results',
    );
  });

  it('rejects only the item that run refuses, and runs the batch once', async () => {
    const batches: string[][] = [];
    const coalescer = new Coalescer<string, string>(async (items) => {
      batches.push(items);
      return items.map((item) =>
        item === 'bad' ? { ok: false, error: new Error('bad input') } : { ok: true, value: item.toUpperCase() },
      );
    });
    const results = await Promise.allSettled([
      coalescer.add('k', 'a'),
      coalescer.add('k', 'bad'),
      coalescer.add('k', 'c'),
    ]);
    expect(results).toEqual([
      { status: 'fulfilled', value: 'A' },
      { status: 'rejected', reason: new Error('bad input') },
      { status: 'fulfilled', value: 'C' },
    ]);
    expect(batches).toEqual([['a', 'bad', 'c']]);
  });

  it('runs each item of a failing batch alone, so that only the faulty one is rejected, with its own error', async () => {
    const batches: string[][] = [];
    const coalescer = new Coalescer<string, string>(async (items) => {
      batches.push(items);
      if (items.includes('bad')) throw new Error(`refused ${items.join(',')}`);
      return upper(items);
    });
    const results = await Promise.allSettled([
      coalescer.add('k', 'a'),
      coalescer.add('k', 'bad'),
      coalescer.add('k', 'c'),
    ]);
    expect(results).toEqual([
      { status: 'fulfilled', value: 'A' },
      { status: 'rejected', reason: new Error('refused bad') },
      { status: 'fulfilled', value: 'C' },
    ]);
    expect(batches).toEqual([['a', 'bad', 'c'], ['a'], ['bad'], ['c']]);
    // The key is free again afterwards.
    expect(await coalescer.add('k', 'next')).toBe('NEXT');
  });

  it('rejects a lone call whose run fails with that error, without running it again', async () => {
    let calls = 0;
    const coalescer = new Coalescer<string, string>(async () => {
      calls += 1;
      throw new Error('database is down');
    });
    await expect(coalescer.add('k', 'a')).rejects.toThrow('database is down');
    expect(calls).toBe(1);
  });

  describe('with an overlap of two', () => {
    it('runs a second batch of the key while the first is still running, never a third', async () => {
      const gates = [deferred(), deferred(), deferred()];
      const started: string[][] = [];
      const coalescer = new Coalescer<string, string>(
        async (items, batch) => {
          const n = started.push(items);
          // Past its ordered step, a batch lets the next one start.
          await batch.inOrder(async () => {});
          await (gates[n - 1] as { promise: Promise<void> }).promise;
          return upper(items);
        },
        50,
        2,
      );
      const first = coalescer.add('k', 'a');
      await turn();
      const second = coalescer.add('k', 'b');
      await turn();
      const third = coalescer.add('k', 'c');
      await turns(3);
      expect(started).toEqual([['a'], ['b']]);
      gates[1]?.resolve();
      expect(await second).toBe('B');
      await turns(2);
      expect(started).toEqual([['a'], ['b'], ['c']]);
      gates[0]?.resolve();
      gates[2]?.resolve();
      expect(await Promise.all([first, third])).toEqual(['A', 'C']);
    });

    it('starts no batch while the newest one waits for its ordered step; what arrives meanwhile goes as one', async () => {
      const lock = deferred();
      const started: string[][] = [];
      const coalescer = new Coalescer<string, string>(
        async (items, batch) => {
          started.push(items);
          // The first batch's ordered step waits for a lock another node holds.
          await batch.inOrder(async () => {
            if (items.includes('a')) await lock.promise;
          });
          return upper(items);
        },
        50,
        2,
      );
      const first = coalescer.add('k', 'a');
      await turn();
      const later = ['b', 'c', 'd'].map((item) => coalescer.add('k', item));
      await turns(3);
      expect(started).toEqual([['a']]);
      lock.resolve();
      expect(await Promise.all([first, ...later])).toEqual(['A', 'B', 'C', 'D']);
      expect(started).toEqual([['a'], ['b', 'c', 'd']]);
    });

    it('runs the ordered steps in the order the batches started, even when a later batch reaches its step first', async () => {
      const slowRead = deferred();
      const order: string[] = [];
      const coalescer = new Coalescer<string, string>(
        async (items, batch) => {
          // The first batch's reads are slow: the second reaches its ordered step first, and must wait.
          if (items.includes('a')) await slowRead.promise;
          await batch.inOrder(async () => {
            order.push(items.join(','));
          });
          return upper(items);
        },
        50,
        2,
      );
      const first = coalescer.add('k', 'a');
      await turn();
      const second = coalescer.add('k', 'b');
      await turns(4);
      expect(order).toEqual([]);
      slowRead.resolve();
      expect(await Promise.all([first, second])).toEqual(['A', 'B']);
      expect(order).toEqual(['a', 'b']);
    });

    it('lets a later batch pass only when every earlier one has passed, also one that ended without its step', async () => {
      const gates = [deferred(), deferred()];
      const order: string[] = [];
      const coalescer = new Coalescer<string, string>(
        async (items, batch) => {
          const item = items[0] as string;
          if (item === 'a') {
            await gates[0]?.promise;
            await batch.inOrder(async () => {
              order.push('a');
            });
          } else if (item === 'b') {
            // Refused before its ordered step: it ends at once, but c must still wait for a.
            return [{ ok: false, error: new Error('refused') }];
          } else {
            await batch.inOrder(async () => {
              order.push('c');
            });
          }
          return upper(items);
        },
        1,
        2,
      );
      const all = Promise.allSettled([coalescer.add('k', 'a'), coalescer.add('k', 'b'), coalescer.add('k', 'c')]);
      await turns(6);
      expect(order).toEqual([]);
      gates[0]?.resolve();
      const results = await all;
      expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
      expect(order).toEqual(['a', 'c']);
    });

    it('frees the order when a batch fails inside its ordered step', async () => {
      const coalescer = new Coalescer<string, string>(
        async (items, batch) => {
          await batch.inOrder(async () => {
            if (items.includes('bad')) throw new Error('refused bad');
          });
          return upper(items);
        },
        1,
        2,
      );
      const results = await Promise.allSettled([coalescer.add('k', 'bad'), coalescer.add('k', 'b')]);
      expect(results).toEqual([
        { status: 'rejected', reason: new Error('refused bad') },
        { status: 'fulfilled', value: 'B' },
      ]);
      expect(await coalescer.add('k', 'next')).toBe('NEXT');
    });
  });
});
