// The contract check every emulator-based suite runs: it reads the emulator's own list of contract violations,
// which neither `clearRequests()` nor a reset empties, so no test can discard a violation before it is seen.
import type { Emulator, RequestLogEntry } from '../../emulator';

const describeViolation = (r: RequestLogEntry): string =>
  `${r.method} ${r.path} (${r.functionKey}): ${r.contractViolation ?? ''}`;

export class ContractWatch {
  /** How many violations earlier checks already reported. */
  private seen = 0;

  constructor(private readonly emu: Emulator) {}

  /** Violations since the previous check (or since the emulator started), oldest first. */
  fresh(): RequestLogEntry[] {
    const all = this.emu.contractViolations();
    const fresh = all.slice(this.seen);
    this.seen = all.length;
    return fresh;
  }

  /** Fails with every violation since the previous check; `when` names the phase that made them. */
  check(when: string): void {
    const fresh = this.fresh();
    if (fresh.length === 0) return;
    throw new Error(
      `${String(fresh.length)} request(s) the app made ${when} broke the Jira OpenAPI contract:\n${fresh
        .map((r) => `  ${describeViolation(r)}`)
        .join('\n')}`,
    );
  }
}
