import type { Logger } from 'pino';

export interface JobDefinition {
  name: string;
  /** How often it runs; each run must act exactly once per due item (conditional updates). */
  everyMs: number;
  run(): Promise<unknown>;
}

/** Runs background jobs on intervals in `serve`; tests and the CLI call `runOnce` instead. */
export class JobRunner {
  private readonly jobs = new Map<string, JobDefinition>();
  private readonly timers: NodeJS.Timeout[] = [];
  private readonly running = new Set<string>();
  private started = false;

  constructor(private readonly log: Logger) {}

  register(job: JobDefinition): void {
    this.jobs.set(job.name, job);
  }

  async runOnce(name: string): Promise<void> {
    const job = this.jobs.get(name);
    if (!job) throw new Error(`unknown job ${name}`);
    if (this.running.has(name)) return;
    this.running.add(name);
    try {
      await job.run();
    } catch (error) {
      this.log.error({ err: error, job: name }, 'job failed');
    } finally {
      this.running.delete(name);
    }
  }

  /**
   * Runs a job now and returns what it returned (errors are thrown, not logged), even while the same job runs on
   * its timer: its claims must make that safe, as they do across nodes. For the CLI and the bench/test routes.
   */
  async runNow(name: string): Promise<unknown> {
    const job = this.jobs.get(name);
    if (!job) throw new Error(`unknown job ${name}`);
    return job.run();
  }

  names(): string[] {
    return [...this.jobs.keys()];
  }

  /** Starts a job soon (used to send mail right after the request that queued it). */
  nudge(name: string): void {
    if (this.started) setImmediate(() => void this.runOnce(name));
  }

  start(): void {
    this.started = true;
    for (const job of this.jobs.values()) {
      const timer = setInterval(() => void this.runOnce(job.name), job.everyMs);
      timer.unref();
      this.timers.push(timer);
    }
  }

  stop(): void {
    this.started = false;
    for (const timer of this.timers.splice(0)) clearInterval(timer);
  }
}
