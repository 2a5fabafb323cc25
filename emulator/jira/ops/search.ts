// Enhanced JQL search (GET/POST /rest/api/3/search/jql) with nextPageToken paging, and the
// removed /rest/api/3/search, which Jira Cloud now answers with 410 Gone.
import { createHash } from 'node:crypto';
import type { Ctx, Operation } from '../context';
import { json, jiraError } from '../http';
import { compileJql } from '../jql/compile';
import { canBrowse } from '../permissions';
import { FIELD_NAMES, renderIssue, selectFields } from '../render/issue';
import type { IssueRecord } from '../state';
import { isRecord, queryList, queryString } from '../values';

const DEFAULT_MAX = 50;
const MAX_IDS_ONLY = 5000;
// Jira returns fewer issues per page when more than ids and keys are asked for.
const MAX_WITH_FIELDS = 100;
const MAX_PROPERTIES = 5;

export const SEARCH_REMOVED =
  'The requested API has been removed. Please migrate to the /rest/api/3/search/jql API. A full migration guideline is available at https://developer.atlassian.com/changelog/#CHANGE-2046';

interface SearchParams {
  jql: string;
  nextPageToken: string | undefined;
  maxResults: number | undefined;
  fields: string[];
  expand: string[];
  properties: string[];
  /** Issue ids the caller wants read-after-write consistent: matched as they are now, not as indexed. */
  reconcileIssues: ReadonlySet<string>;
}

function digest(jql: string): string {
  return createHash('sha256').update(jql).digest('base64url').slice(0, 16);
}

function encodeToken(jql: string, offset: number): string {
  return Buffer.from(JSON.stringify({ q: digest(jql), o: offset })).toString('base64url');
}

function decodeToken(jql: string, token: string): number | undefined {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
    if (!isRecord(parsed) || parsed.q !== digest(jql) || typeof parsed.o !== 'number')
      return undefined;
    return Number.isInteger(parsed.o) && parsed.o >= 0 ? parsed.o : undefined;
  } catch {
    return undefined;
  }
}

function search(ctx: Ctx, params: SearchParams): ReturnType<Operation> {
  const requested = params.maxResults ?? DEFAULT_MAX;
  if (requested < 1 || requested > MAX_IDS_ONLY) {
    return jiraError(400, ['The max results parameter has to be between 1 and 5,000.']);
  }
  if (params.properties.length > MAX_PROPERTIES) {
    return jiraError(400, [`At most ${MAX_PROPERTIES} issue properties can be requested.`]);
  }
  const compiled = compileJql(ctx, params.jql, ctx.hooks.entityPropertyIndexes());
  if (!compiled.ok) return jiraError(400, compiled.errorMessages);

  let offset = 0;
  if (params.nextPageToken !== undefined && params.nextPageToken !== '') {
    const decoded = decodeToken(params.jql, params.nextPageToken);
    if (decoded === undefined)
      return jiraError(400, ['The nextPageToken is invalid or has expired.']);
    offset = decoded;
  }
  const fields = selectFields(params.fields, 'id');
  const pageSize =
    fields.size === 0 && params.properties.length === 0
      ? requested
      : Math.min(requested, MAX_WITH_FIELDS);
  const expand = new Set(params.expand);

  const browsable = new Map<string, boolean>();
  const mayBrowse = (issue: IssueRecord) => {
    let allowed = browsable.get(issue.projectId);
    if (allowed === undefined) {
      allowed = canBrowse(ctx, ctx.site.projectOf(issue));
      browsable.set(issue.projectId, allowed);
    }
    return allowed;
  };
  const matching =
    ctx.fromApp && ctx.site.searchIndex.lagging()
      ? laggedMatches(ctx, compiled.query, params.reconcileIssues, mayBrowse)
      : compiled.query.sort(
          (compiled.query.candidates() ?? ctx.site.issues()).filter(
            (issue) => mayBrowse(issue) && compiled.query.matches(issue),
          ),
        );
  const page = matching.slice(offset, offset + pageSize);
  const next = offset + page.length;
  const isLast = next >= matching.length;
  const body: Record<string, unknown> = {
    issues: page.map((issue) =>
      renderIssue(ctx, issue, {
        fields,
        properties: params.properties,
        expand: new Set([...expand].filter((e) => e !== 'names')),
      }),
    ),
    isLast,
  };
  if (!isLast) body.nextPageToken = encodeToken(params.jql, next);
  if (expand.has('names')) {
    const names: Record<string, string> = {};
    for (const field of fields) names[field] = FIELD_NAMES[field] ?? field;
    body.names = names;
  }
  return json(200, body);
}

type CompiledQuery = Extract<ReturnType<typeof compileJql>, { ok: true }>['query'];

/**
 * Under the search-lag fault (the app's searches only): each issue is matched and sorted as the index
 * last saw it, except those named in `reconcileIssues`; the answer shows the issues as they are now, as
 * Jira reads the hits from its database.
 */
function laggedMatches(
  ctx: Ctx,
  query: CompiledQuery,
  reconcile: ReadonlySet<string>,
  mayBrowse: (issue: IssueRecord) => boolean,
): IssueRecord[] {
  const live = new Map<IssueRecord, IssueRecord>();
  for (const issue of ctx.site.issues()) {
    const seen = reconcile.has(issue.id) ? issue : ctx.site.searchIndex.indexed(issue, ctx.now);
    if (seen !== null && mayBrowse(issue) && query.matches(seen)) live.set(seen, issue);
  }
  return query.sort([...live.keys()]).map((seen) => live.get(seen) ?? seen);
}

function numberOrUndefined(value: string | undefined): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const n = Number(value);
  return Number.isInteger(n) ? n : undefined;
}

export const searchJqlGet: Operation = (ctx) =>
  search(ctx, {
    jql: queryString(ctx.query.jql) ?? '',
    nextPageToken: queryString(ctx.query.nextPageToken),
    maxResults: numberOrUndefined(queryString(ctx.query.maxResults)),
    fields: queryList(ctx.query.fields),
    expand: queryList(ctx.query.expand),
    properties: queryList(ctx.query.properties),
    reconcileIssues: new Set(queryList(ctx.query.reconcileIssues)),
  });

function strings(value: unknown): string[] {
  return Array.isArray(value)
    ? value
        .filter((v): v is string => typeof v === 'string')
        .flatMap((v) => v.split(','))
        .map((v) => v.trim())
        .filter((v) => v !== '')
    : [];
}

export const searchJqlPost: Operation = (ctx) => {
  const body = isRecord(ctx.body) ? ctx.body : {};
  return search(ctx, {
    jql: typeof body.jql === 'string' ? body.jql : '',
    nextPageToken: typeof body.nextPageToken === 'string' ? body.nextPageToken : undefined,
    maxResults: typeof body.maxResults === 'number' ? body.maxResults : undefined,
    fields: strings(body.fields),
    expand: typeof body.expand === 'string' ? body.expand.split(',').map((e) => e.trim()) : [],
    properties: strings(body.properties),
    reconcileIssues: new Set(
      Array.isArray(body.reconcileIssues)
        ? body.reconcileIssues
            .filter((id): id is number | string => typeof id === 'number' || typeof id === 'string')
            .map(String)
        : [],
    ),
  });
};

export const searchRemoved: Operation = () => jiraError(410, [SEARCH_REMOVED]);
