// POST /rest/api/3/issue/bulkfetch: up to 100 issues by id or key, read from the issue store itself (not the
// search index), so it is strongly consistent; issues the caller cannot browse are left out silently, as
// Atlassian documents ("Issues which aren't found or that the user doesn't have permission to view won't be
// returned").
import type { Operation } from '../context';
import { json, jiraError } from '../http';
import { renderIssue, selectFields } from '../render/issue';
import { isRecord } from '../values';
import { visibleIssue } from './load';

const MAX_ISSUES = 100;
const MAX_PROPERTIES = 5;

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];

export const bulkFetchIssues: Operation = (ctx) => {
  const body = isRecord(ctx.body) ? ctx.body : {};
  const ids = strings(body.issueIdsOrKeys);
  if (ids.length === 0) return jiraError(400, ['issueIdsOrKeys must name at least one issue.']);
  if (ids.length > MAX_ISSUES)
    return jiraError(400, [`At most ${String(MAX_ISSUES)} issues can be fetched at once.`]);
  const properties = strings(body.properties);
  if (properties.length > MAX_PROPERTIES)
    return jiraError(400, [`At most ${String(MAX_PROPERTIES)} issue properties can be requested.`]);
  const fields = selectFields(strings(body.fields), '*all');
  const expand = new Set(strings(body.expand));
  const seen = new Set<string>();
  const issues: Array<Record<string, unknown>> = [];
  for (const idOrKey of ids) {
    const issue = visibleIssue(ctx, idOrKey);
    if (!issue || seen.has(issue.id)) continue;
    seen.add(issue.id);
    issues.push(renderIssue(ctx, issue, { fields, properties, expand }));
  }
  return json(200, { issues, issueErrors: [] });
};
