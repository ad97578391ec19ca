import { describe, expect, it } from 'vitest';
import { type CallEvent, createAnnouncer } from './speech-queue';

function call(ticketId: string, at: string, spoken = `say ${ticketId}`, recall = false): CallEvent {
  return { ticketId, code: ticketId, counterNumber: 1, counterName: '', serviceName: 'KTP', recall, at, spoken };
}

/** A fake browser: timers run when the test says, speech ends when the test says. */
function harness(options = {}) {
  const log: string[] = [];
  const timers = new Map<number, () => void>();
  let nextId = 1;
  const speaking: Array<() => void> = [];
  const announcer = createAnnouncer(
    {
      chime: (done) => {
        log.push('chime');
        done();
      },
      speak: (text, done) => {
        log.push(text);
        speaking.push(done);
      },
      setTimer: (run) => {
        const id = nextId++;
        timers.set(id, run);
        return id;
      },
      clearTimer: (id) => {
        timers.delete(id as number);
      },
    },
    options,
  );
  /** Runs the timers due (the gap between calls, or the guard). */
  const tick = () => {
    const due = [...timers.entries()];
    timers.clear();
    for (const [, run] of due) run();
  };
  const finishSpeech = () => speaking.shift()?.();
  return { announcer, log, tick, finishSpeech, timers };
}

describe('createAnnouncer', () => {
  it('says nothing before sound is turned on', () => {
    const { announcer, log } = harness();
    expect(announcer.enqueue(call('A-001', 't1'))).toBe(false);
    expect(log).toEqual([]);
  });

  it('says calls arriving together one after another, never over each other', () => {
    const { announcer, log, tick, finishSpeech } = harness();
    announcer.setEnabled(true);
    announcer.enqueue(call('A-001', 't1'));
    announcer.enqueue(call('B-002', 't1'));
    expect(log).toEqual(['chime', 'say A-001']);
    expect(announcer.pending()).toBe(1);
    finishSpeech();
    // The gap between two calls passes first.
    expect(log).toEqual(['chime', 'say A-001']);
    tick();
    expect(log).toEqual(['chime', 'say A-001', 'chime', 'say B-002']);
    finishSpeech();
    tick();
    expect(announcer.speaking()).toBe(false);
  });

  it('says a call seen twice once, and a recall again', () => {
    const { announcer, log, tick, finishSpeech } = harness();
    announcer.setEnabled(true);
    announcer.enqueue(call('A-001', 't1'));
    expect(announcer.enqueue(call('A-001', 't1'))).toBe(false);
    finishSpeech();
    tick();
    expect(announcer.enqueue(call('A-001', 't2', 'say A-001', true))).toBe(true);
    expect(log.filter((l) => l === 'say A-001')).toHaveLength(2);
  });

  it('goes on when the browser never ends a sentence', () => {
    const { announcer, log, tick } = harness();
    announcer.setEnabled(true);
    announcer.enqueue(call('A-001', 't1'));
    announcer.enqueue(call('A-002', 't1'));
    tick(); // the guard fires: the first call is taken as said
    tick(); // the gap
    expect(log).toEqual(['chime', 'say A-001', 'chime', 'say A-002']);
  });

  it('forgets waiting calls when sound is turned off', () => {
    const { announcer, log, tick, finishSpeech } = harness();
    announcer.setEnabled(true);
    announcer.enqueue(call('A-001', 't1'));
    announcer.enqueue(call('A-002', 't1'));
    announcer.setEnabled(false);
    finishSpeech();
    tick();
    expect(log).toEqual(['chime', 'say A-001']);
    expect(announcer.speaking()).toBe(false);
  });
});
