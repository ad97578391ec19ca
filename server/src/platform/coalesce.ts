/** One item's outcome in a batch: its value, or the error that refuses it alone. */
export type Settled<R> = { ok: true; value: R } | { ok: false; error: unknown };

/**
 * A batch's place in its key's order. A batch that takes a lock many batches wait for (a sequence row, a counter)
 * takes it inside `inOrder`: that step starts only once the key's earlier batch has passed its own (or ended), so
 * numbers are drawn in arrival order even when batches overlap.
 */
export interface BatchTurn {
  inOrder<T>(step: () => Promise<T>): Promise<T>;
}

/** The turn of a batch that is alone by construction (written inside a caller's transaction): its step runs now. */
export const aloneTurn: BatchTurn = { inOrder: (step) => step() };

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
 * A key has at most `overlap` batches running (one unless the owner says more). A call that finds a free place is
 * run in the next turn of the event loop, with whatever else arrived in that turn; calls that arrive while the key's
 * places are taken wait and then go together. Alone, a call waits one turn; under load, batches grow by themselves
 * to what arrives meanwhile. With an overlap of two on a database of many connections (PostgreSQL), one batch reads
 * what it needs while the one before it holds the locks and commits; their locked steps still run in arrival order
 * (`BatchTurn`). A batch starts only once the one before it has passed its ordered step: while that one waits for a
 * lock (another node's batch holds it), the calls that arrive gather into one batch instead of queueing behind it.
 *
 * `run` gets the batch's items and returns one outcome per item, in order: an item it refuses (bad input) is
 * rejected with its error while the others get their values. When `run` itself fails for a batch of several (the
 * database refused the batch), each item is run again alone, so that the one at fault is rejected with its own
 * error and the others still succeed.
 */
export class Coalescer<I, R> {
  private readonly waiting = new Map<string, Array<Waiting<I, R>>>();
  private readonly running = new Map<string, number>();
  /** Per key, the promise that the newest batch's ordered step is done (or the batch ended). */
  private readonly turns = new Map<string, Promise<void>>();
  private scheduled = false;

  constructor(
    private readonly run: (items: I[], turn: BatchTurn) => Promise<Array<Settled<R>>>,
    private readonly maxBatch = 50,
    private readonly overlap = 1,
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
      const running = this.running.get(key) ?? 0;
      // A new batch waits for the newest one's ordered step: while that one waits for its lock, what arrives joins
      // the next batch instead of queueing behind it in a batch of its own.
      if (running >= this.overlap || this.turns.has(key)) continue;
      const batch = list.splice(0, this.maxBatch);
      if (!list.length) this.waiting.delete(key);
      this.running.set(key, running + 1);
      void this.runBatch(key, batch).finally(() => {
        const left = (this.running.get(key) ?? 1) - 1;
        if (left) this.running.set(key, left);
        else this.running.delete(key);
        if (this.waiting.has(key) && !this.scheduled) {
          this.scheduled = true;
          setImmediate(() => this.flush());
        }
      });
    }
  }

  private async runBatch(key: string, batch: Array<Waiting<I, R>>): Promise<void> {
    let results: Array<Settled<R>>;
    const turn = this.takeTurn(key);
    try {
      results = await this.run(
        batch.map((w) => w.item),
        turn,
      );
    } catch (error) {
      // The turn ends before the items are run again alone: their own turns come after it.
      turn.end();
      if (batch.length === 1) (batch[0] as Waiting<I, R>).reject(error);
      else for (const w of batch) await this.runBatch(key, [w]);
      return;
    }
    turn.end();
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

  /**
   * The next place in the key's order. The turn counts as passed once its own ordered step is done (or its batch
   * ended without one) and every earlier turn has passed too, so a batch that ends early never lets a later one
   * overtake an earlier one still running.
   */
  private takeTurn(key: string): BatchTurn & { end(): void } {
    const previous = this.turns.get(key);
    let release!: () => void;
    const own = new Promise<void>((resolve) => {
      release = resolve;
    });
    const passed = previous ? Promise.all([previous, own]).then(() => undefined) : own;
    this.turns.set(key, passed);
    void passed.then(() => {
      if (this.turns.get(key) !== passed) return;
      this.turns.delete(key);
      if (this.waiting.has(key) && !this.scheduled) {
        this.scheduled = true;
        setImmediate(() => this.flush());
      }
    });
    return {
      end: release,
      async inOrder<T>(step: () => Promise<T>): Promise<T> {
        if (previous) await previous;
        try {
          return await step();
        } finally {
          release();
        }
      },
    };
  }
}
