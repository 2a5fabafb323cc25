// Issues by a value computed from them (a property path, a parent, an issue type), so a JQL equality
// names its few matches instead of testing every issue on the site. Built on first use; issues that
// changed since are re-read before the next look-up.
import type { IssueRecord } from './state';

export type IndexValue = string | number;

export class ValueIndex {
  private readonly byValue = new Map<IndexValue, Set<IssueRecord>>();
  private readonly valuesOf = new Map<IssueRecord, readonly IndexValue[]>();

  constructor(
    private readonly read: (issue: IssueRecord) => readonly IndexValue[],
    issues: Iterable<IssueRecord>,
  ) {
    for (const issue of issues) this.add(issue);
  }

  add(issue: IssueRecord): void {
    const values = [...new Set(this.read(issue))];
    this.valuesOf.set(issue, values);
    for (const value of values) {
      const bucket = this.byValue.get(value) ?? new Set<IssueRecord>();
      bucket.add(issue);
      this.byValue.set(value, bucket);
    }
  }

  remove(issue: IssueRecord): void {
    for (const value of this.valuesOf.get(issue) ?? []) {
      const bucket = this.byValue.get(value);
      bucket?.delete(issue);
      if (bucket?.size === 0) this.byValue.delete(value);
    }
    this.valuesOf.delete(issue);
  }

  /** Every issue holding at least one of `values`. */
  lookup(values: readonly IndexValue[]): IssueRecord[] {
    const found = new Set<IssueRecord>();
    for (const value of values) for (const issue of this.byValue.get(value) ?? []) found.add(issue);
    return [...found];
  }
}
