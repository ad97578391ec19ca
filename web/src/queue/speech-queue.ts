/** A call as the board's stream sends it (`event: call`). */
export interface CallEvent {
  ticketId: string;
  code: string;
  counterNumber: number;
  counterName: string;
  serviceName: string;
  recall: boolean;
  at: string;
  /** The sentence to say, in Bahasa Indonesia. */
  spoken: string;
}

/** What the announcer needs from the browser: given as functions, so that the queue's rules are tested without one. */
export interface AnnouncerPorts {
  /** Plays the short chime and calls `done` when it is over. */
  chime: (done: () => void) => void;
  /** Says `text` and calls `done` when it is said (or could not be). */
  speak: (text: string, done: () => void) => void;
  setTimer: (run: () => void, ms: number) => unknown;
  clearTimer: (handle: unknown) => void;
  /** Told when a call starts being announced (the board highlights it). */
  onStart?: (call: CallEvent) => void;
  /** Told when the queue has nothing left to say. */
  onIdle?: () => void;
}

export interface AnnouncerOptions {
  /** A call's announcement is taken as over after this long even when the browser never says so. */
  maxMs?: number;
  /** Silence between two calls. */
  gapMs?: number;
}

export interface Announcer {
  /** Queues a call; false when it was already queued or said (the same call seen twice), or sound is off. */
  enqueue: (call: CallEvent) => boolean;
  /** Sound on or off; turning it off forgets what was waiting. */
  setEnabled: (enabled: boolean) => void;
  /** Calls waiting to be said (not counting the one being said). */
  pending: () => number;
  speaking: () => boolean;
}

/** One call is one ticket called (or recalled) at one moment: a recall has a later `at`, so it is said again. */
export const callKey = (call: Pick<CallEvent, 'ticketId' | 'at'>): string => `${call.ticketId}@${call.at}`;

/**
 * The board's voice: calls are said one after another, never over each other, each a chime then the sentence. A
 * call seen twice (a reconnect) is said once; the browser's speech that never ends (it happens) is cut after `maxMs`.
 */
export function createAnnouncer(ports: AnnouncerPorts, options: AnnouncerOptions = {}): Announcer {
  const maxMs = options.maxMs ?? 15_000;
  const gapMs = options.gapMs ?? 700;
  const queue: CallEvent[] = [];
  const seen: string[] = [];
  let enabled = false;
  let busy = false;

  const remember = (key: string): boolean => {
    if (seen.includes(key)) return false;
    seen.push(key);
    if (seen.length > 200) seen.shift();
    return true;
  };

  const next = (): void => {
    const call = queue.shift();
    if (!call || !enabled) {
      busy = false;
      ports.onIdle?.();
      return;
    }
    busy = true;
    let over = false;
    const done = (): void => {
      if (over) return;
      over = true;
      ports.clearTimer(guard);
      ports.setTimer(next, gapMs);
    };
    const guard = ports.setTimer(done, maxMs);
    ports.onStart?.(call);
    ports.chime(() => {
      if (!over) ports.speak(call.spoken, done);
    });
  };

  return {
    enqueue(call) {
      if (!remember(callKey(call)) || !enabled) return false;
      queue.push(call);
      if (!busy) next();
      return true;
    },
    setEnabled(value) {
      enabled = value;
      if (!value) queue.length = 0;
    },
    pending: () => queue.length,
    speaking: () => busy,
  };
}
