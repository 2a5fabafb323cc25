// Every product REST call the app made, oldest first (callers' own REST calls are never recorded).

export interface RequestLogEntry {
  method: string;
  /** The path without its query string. */
  path: string;
  /** 0 when the connection was dropped (the app saw a network error, no status). */
  status: number;
  /** What the call cost under the points model (jira/ASSUMPTIONS.md): 0 when a limit refused it. */
  points: number;
  query: Record<string, string | string[]>;
  remote: 'jira' | 'confluence';
  provider: 'user' | 'app';
  accountId?: string;
  moduleKey: string;
  functionKey: string;
  /** Jira's reason when the request broke the OpenAPI contract (header x-emulator-contract-violation). */
  contractViolation?: string;
  /** The injected fault that shaped this answer, if any. */
  fault?: string;
  at: string;
}

export class RequestLog {
  private entries: RequestLogEntry[] = [];
  // Kept apart from `entries` and never cleared: a test that clears the log (or a reset that seeds the demo
  // site) must not be able to discard a contract violation before anyone checked it.
  private violations: RequestLogEntry[] = [];

  add(entry: RequestLogEntry): void {
    this.entries.push(entry);
    if (entry.contractViolation !== undefined) {
      this.violations.push(entry);
      console.error(
        `[forge-emulator] contract violation: the app's ${entry.method} ${entry.path} (${entry.functionKey}) breaks the Jira OpenAPI contract: ${entry.contractViolation}`,
      );
    }
  }

  list(): RequestLogEntry[] {
    return this.entries.map((e) => ({ ...e }));
  }

  /** Every request that broke the contract since the emulator started, oldest first; `clear` keeps them. */
  contractViolations(): RequestLogEntry[] {
    return this.violations.map((e) => ({ ...e }));
  }

  clear(): void {
    this.entries = [];
  }
}
