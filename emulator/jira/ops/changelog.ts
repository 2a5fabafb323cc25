// POST /rest/api/3/changelog/bulkfetch: the change histories of up to 1,000 issues, oldest first, optionally
// only the items of some fields (at most 10), paged by nextPageToken over histories. Read from the issue store,
// so strongly consistent; issues the caller cannot browse are left out.
import type { Operation } from '../context';
import { json, jiraError } from '../http';
import { renderHistory } from '../render/issue';
import type { HistoryRecord, IssueRecord } from '../state';
import { isRecord } from '../values';
import { visibleIssue } from './load';

const MAX_ISSUES = 1000;
const DEFAULT_PAGE = 1000;

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];

export const getBulkChangelogs: Operation = (ctx) => {
  const body = isRecord(ctx.body) ? ctx.body : {};
  const ids = strings(body.issueIdsOrKeys);
  if (ids.length === 0 || ids.length > MAX_ISSUES)
    return jiraError(400, [`issueIdsOrKeys must name between 1 and ${String(MAX_ISSUES)} issues.`]);
  const fieldIds = new Set(strings(body.fieldIds));
  const pageSize = typeof body.maxResults === 'number' ? body.maxResults : DEFAULT_PAGE;
  const offset =
    typeof body.nextPageToken === 'string' && /^\d+$/.test(body.nextPageToken)
      ? Number(body.nextPageToken)
      : 0;

  const wanted = (h: HistoryRecord): HistoryRecord | null => {
    if (fieldIds.size === 0) return h;
    const items = h.items.filter((i) => fieldIds.has(i.fieldId ?? i.field));
    return items.length > 0 ? { ...h, items } : null;
  };
  const all: Array<{ issue: IssueRecord; history: HistoryRecord }> = [];
  const seen = new Set<string>();
  for (const idOrKey of ids) {
    const issue = visibleIssue(ctx, idOrKey);
    if (!issue || seen.has(issue.id)) continue;
    seen.add(issue.id);
    for (const h of issue.history) {
      const kept = wanted(h);
      if (kept) all.push({ issue, history: kept });
    }
  }
  const page = all.slice(offset, offset + pageSize);
  const byIssue = new Map<string, Array<Record<string, unknown>>>();
  for (const { issue, history } of page) {
    const list = byIssue.get(issue.id) ?? [];
    list.push(renderHistory(ctx, history));
    byIssue.set(issue.id, list);
  }
  const next = offset + page.length;
  return json(200, {
    issueChangeLogs: [...byIssue].map(([issueId, changeHistories]) => ({
      issueId,
      changeHistories,
    })),
    ...(next < all.length ? { nextPageToken: String(next) } : {}),
  });
};
