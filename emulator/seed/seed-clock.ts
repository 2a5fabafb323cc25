// The site's clock, as the demo seed may set it back: a change launched last quarter has to be raised,
// reviewed and told to customers on the days it would have been, so Jira records those days (created,
// resolution dates, changelog) and the notice report has a history to show. Outside seeding the
// clock is the one the emulator was given.

export class SeedClock {
  private shiftMs = 0;

  constructor(private readonly base: () => Date) {}

  /** The site's time: the given clock, moved by the seed while it writes history. */
  readonly now = (): Date => new Date(this.base().getTime() + this.shiftMs);

  /** Sets the site's clock to `at` (an instant in the past, usually), or back to the given clock with `null`. */
  travelTo(at: Date | null): void {
    this.shiftMs = at === null ? 0 : at.getTime() - this.base().getTime();
  }
}
