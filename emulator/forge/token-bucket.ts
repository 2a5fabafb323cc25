// The `rate-limit` fault's bucket.

/** Refills continuously at `perSecond` up to `capacity`; one call takes one token. */
export class TokenBucket {
  private tokens: number;
  private at: number;

  constructor(
    private readonly perSecond: number,
    private readonly capacity: number,
    private readonly clock: () => number,
  ) {
    this.tokens = capacity;
    this.at = clock();
  }

  private refill(): void {
    const now = this.clock();
    this.tokens = Math.min(this.capacity, this.tokens + ((now - this.at) / 1000) * this.perSecond);
    this.at = now;
  }

  msUntilToken(): number {
    this.refill();
    return this.tokens >= 1 ? 0 : ((1 - this.tokens) / this.perSecond) * 1000;
  }

  take(): void {
    this.refill();
    this.tokens -= 1;
  }
}
