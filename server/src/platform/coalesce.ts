/** One item's outcome in a batch: its value, or the error that refuses it alone. */
export type Settled<R> = { ok: true; value: R } | { ok: false; error: unknown };

interface Waiting<I, R> {
  item: I;
  resolve: (value: R) => void;
  reject: (error: unknown) => void;
}

/**
 * Gathers calls into batches per key, and runs each batch with one call of `run`: a use case that writes the same
 * few rows for every request (a complaint's intake) writes them for all of that moment's requests with a handful
 * of multi-row statements instead of a dozen statements each.
 *
 * A key has at most one batch running. A call that finds its key idle is run in the next turn of the event loop,
 * with whatever else arrived in that turn; calls that arrive while the key's batch runs wait for it and then go
 * together. Alone, a call waits one turn; under load, batches grow by themselves to what arrives meanwhile.
 *
 * `run` gets the batch's items and returns one outcome per item, in order: an item it refuses (bad input) is
 * rejected with its error while the others get their values. When `run` itself fails for a batch of several (the
 * database refused the batch), each item is run again alone, so that the one at fault is rejected with its own
 * error and the others still succeed.
 */
export class Coalescer<I, R> {
  private readonly waiting = new Map<string, Array<Waiting<I, R>>>();
  private readonly running = new Set<string>();
  private scheduled = false;

  constructor(
    private readonly run: (items: I[]) => Promise<Array<Settled<R>>>,
    private readonly maxBatch = 50,
  ) {}

  add(key: string, item: I): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      let list = this.waiting.get(key);
      if (!list) {
        list = [];
        this.waiting.set(key, list);
      }
      list.push({ item, resolve, reject });
      if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => this.flush());
      }
    });
  }

  private flush(): void {
    this.scheduled = false;
    for (const [key, list] of this.waiting) {
      if (this.running.has(key)) continue;
      const batch = list.splice(0, this.maxBatch);
      if (!list.length) this.waiting.delete(key);
      this.running.add(key);
      void this.runBatch(batch).finally(() => {
        this.running.delete(key);
        if (this.waiting.has(key) && !this.scheduled) {
          this.scheduled = true;
          setImmediate(() => this.flush());
        }
      });
    }
  }

  private async runBatch(batch: Array<Waiting<I, R>>): Promise<void> {
    let results: Array<Settled<R>>;
    try {
      results = await this.run(batch.map((w) => w.item));
    } catch (error) {
      if (batch.length === 1) (batch[0] as Waiting<I, R>).reject(error);
      else for (const w of batch) await this.runBatch([w]);
      return;
    }
    // A wrong count is a bug in `run`, found after its work is done: running the items again could do it twice.
    if (results.length !== batch.length) {
      const error = new Error(`batch of ${batch.length} gave ${results.length} results`);
      for (const w of batch) w.reject(error);
      return;
    }
    batch.forEach((w, i) => {
      const outcome = results[i] as Settled<R>;
      if (outcome.ok) w.resolve(outcome.value);
      else w.reject(outcome.error);
    });
  }
}
