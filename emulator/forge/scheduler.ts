// Background work the platform owes the app (event deliveries, queued jobs, retries), and draining all of it.
// Its clock is simulated: `drain()` does not wait out a delay, it moves the clock forward to the work's due
// time, so a retry schedule spanning 24 hours takes milliseconds and still sees 24 hours go by.

interface Timer {
  due: number;
  seq: number;
  run: () => Promise<void>;
  handle: NodeJS.Timeout;
}

export class Scheduler {
  private readonly inflight = new Set<Promise<void>>();
  private readonly timers = new Set<Timer>();
  private seq = 0;
  private closed = false;
  /** Time skipped by draining ahead of due work: the simulated clock runs this far ahead of the wall clock. */
  private skippedMs = 0;

  constructor(private readonly onError: (error: unknown) => void) {}

  /** The platform's clock (epoch ms): the wall clock plus every delay `drain()` skipped. */
  now(): number {
    return Date.now() + this.skippedMs;
  }

  /** Starts `task` on a later turn of the event loop, so the caller never waits for it. */
  run(task: () => Promise<void>): void {
    this.later(0, task);
  }

  /** Runs `task` after `ms`; `drain()` does not wait out the delay, it runs due-ordered timers once all else settled. */
  later(ms: number, task: () => Promise<void>): void {
    if (this.closed) return;
    const timer: Timer = {
      due: this.now() + ms,
      seq: this.seq++,
      run: task,
      handle: setTimeout(() => {
        this.fire(timer);
      }, ms),
    };
    this.timers.add(timer);
  }

  private fire(timer: Timer): void {
    if (!this.timers.delete(timer)) return;
    clearTimeout(timer.handle);
    const running = (async () => {
      try {
        await timer.run();
      } catch (e) {
        this.onError(e);
      }
    })();
    this.inflight.add(running);
    void running.finally(() => this.inflight.delete(running));
  }

  get pending(): number {
    return this.inflight.size + this.timers.size;
  }

  /** Resolves once nothing is running or waiting, including work started while draining. */
  async drain(): Promise<void> {
    for (;;) {
      if (this.inflight.size > 0) {
        await Promise.allSettled([...this.inflight]);
        continue;
      }
      const next = [...this.timers].sort((a, b) => a.due - b.due || a.seq - b.seq)[0];
      if (next === undefined) return;
      // Work that is due now goes first (it was scheduled to run already); delayed work keeps its order.
      const ahead = next.due - this.now();
      if (ahead > 0) this.skippedMs += ahead;
      this.fire(next);
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
  }

  /** Stops all background work: drops what has not started and waits for what is running. */
  async quiesce(): Promise<void> {
    for (;;) {
      this.cancelPending();
      if (this.inflight.size === 0) return;
      await Promise.allSettled([...this.inflight]);
    }
  }

  /** Drops everything not yet started (a reset or shutdown); running work is left to finish on its own. */
  cancelPending(): void {
    for (const timer of this.timers) clearTimeout(timer.handle);
    this.timers.clear();
  }

  close(): void {
    this.closed = true;
    this.cancelPending();
  }
}
