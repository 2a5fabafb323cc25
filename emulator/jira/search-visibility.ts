// Jira's search index trails behind writes ("eventually consistent"; `reconcileIssues` exists for
// read-after-write). While the search-lag fault is on, every write keeps the issue as the index last
// saw it until the write has had time to reach the index; the app's JQL searches match that copy.
import type { IssueRecord } from './state';

export interface LagSource {
  /** How long a write takes to reach the index, in ms (0: at once). */
  lagMs(): number;
  /** The site's clock, epoch ms. */
  now(): number;
}

interface Pending {
  /** When the write becomes searchable. */
  visibleAt: number;
  /** The issue as the index knows it until then; null for an issue the index has never seen. */
  before: IssueRecord | null;
}

export class SearchVisibility {
  private readonly pending = new Map<string, Pending[]>();

  constructor(private readonly source: LagSource | undefined) {}

  /**
   * Call before an issue changes (or as a new one is added, with `created`). Writes at the same instant
   * share one entry: the index sees them together, and the copy from before the first of them stands.
   */
  beforeWrite(issue: IssueRecord, created: boolean): void {
    const lag = this.source?.lagMs() ?? 0;
    const list = this.pending.get(issue.id);
    if (lag <= 0 && list === undefined) return;
    const visibleAt = (this.source?.now() ?? 0) + lag;
    const last = list?.at(-1);
    if (last !== undefined && last.visibleAt >= visibleAt) return;
    const entry = { visibleAt, before: created ? null : structuredClone(issue) };
    if (list === undefined) this.pending.set(issue.id, [entry]);
    else list.push(entry);
  }

  /** Whether any write is still on its way to the index. */
  lagging(): boolean {
    return this.pending.size > 0;
  }

  /** The issue as the index shows it at `at`: the live record, an older copy, or null (not indexed yet). */
  indexed(issue: IssueRecord, at: number): IssueRecord | null {
    const list = this.pending.get(issue.id);
    if (list === undefined) return issue;
    const waiting = list.find((entry) => entry.visibleAt > at);
    if (waiting === undefined) {
      this.pending.delete(issue.id);
      return issue;
    }
    return waiting.before;
  }

  forget(issueId: string): void {
    this.pending.delete(issueId);
  }
}
