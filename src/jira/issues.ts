import { route } from '@forge/api';
import { expectOk, JiraRequestError, searchParams, type JiraHttp } from './http';
import {
  bulkCreateSchema,
  issueSchema,
  searchPageSchema,
  transitionsSchema,
  type JiraIssue,
} from './schemas';

/** Jira refuses more than this many issues in one bulk create. */
export const BULK_CREATE_LIMIT = 50;

export async function getIssue(
  http: JiraHttp,
  key: string,
  fields: readonly string[],
  properties: readonly string[] = [],
): Promise<JiraIssue | null> {
  const query = searchParams({
    fields: fields.join(','),
    properties: properties.length > 0 ? properties.join(',') : undefined,
  });
  const response = await http.requestJira(route`/rest/api/3/issue/${key}?${query}`);
  if (response.status === 404) return null;
  if (response.status !== 200)
    throw new JiraRequestError('GET', `/rest/api/3/issue/${key}`, response.status, response.body);
  return issueSchema.parse(response.body);
}

export interface SearchPageRequest {
  jql: string;
  fields: readonly string[];
  properties?: readonly string[];
  pageSize: number;
  nextPageToken?: string;
  /** Issue ids the caller just wrote: Jira makes the search consistent for them. */
  reconcileIssues?: readonly number[];
}

/** One page of a JQL search; `nextPageToken` is set only when there is a next page. */
export interface SearchPage {
  issues: JiraIssue[];
  nextPageToken: string | undefined;
}

export async function searchPage(http: JiraHttp, request: SearchPageRequest): Promise<SearchPage> {
  const { properties = [], reconcileIssues = [], nextPageToken } = request;
  const page = searchPageSchema.parse(
    await expectOk(http).requestJira(route`/rest/api/3/search/jql`, {
      method: 'POST',
      body: {
        jql: request.jql,
        fields: [...request.fields],
        ...(properties.length > 0 ? { properties: [...properties] } : {}),
        maxResults: request.pageSize,
        ...(reconcileIssues.length > 0 ? { reconcileIssues: reconcileIssues.slice(0, 50) } : {}),
        ...(nextPageToken ? { nextPageToken } : {}),
      },
    }),
  );
  return {
    issues: page.issues,
    nextPageToken: page.isLast !== true && page.nextPageToken ? page.nextPageToken : undefined,
  };
}

/** Every issue a JQL query finds, page by page with `nextPageToken`. */
export async function searchAll(
  http: JiraHttp,
  jql: string,
  fields: readonly string[],
  properties: readonly string[] = [],
  pageSize = 100,
  /** Issue ids the caller just wrote: Jira makes the search consistent for them. */
  reconcileIssues: readonly number[] = [],
): Promise<JiraIssue[]> {
  const issues: JiraIssue[] = [];
  let nextPageToken: string | undefined;
  do {
    const page = await searchPage(http, {
      jql,
      fields,
      properties,
      pageSize,
      reconcileIssues,
      ...(nextPageToken ? { nextPageToken } : {}),
    });
    issues.push(...page.issues);
    nextPageToken = page.nextPageToken;
  } while (nextPageToken);
  return issues;
}

export interface BulkCreateOutcome {
  /** Request index → the created issue. */
  created: Map<number, { key: string; id: string }>;
  /** Request index → why Jira refused it, after retries. */
  failed: Map<number, string>;
}

/**
 * Creates issues in as few calls as Jira allows, sending again only the entries Jira says it did not create:
 * a partly successful bulk create must never create the successful ones twice, and an answer that leaves the
 * outcome unknown (a 5xx) is never sent again: it fails the caller.
 */
export async function bulkCreate(
  http: JiraHttp,
  issueUpdates: readonly unknown[],
  attempts = 3,
): Promise<BulkCreateOutcome> {
  const created = new Map<number, { key: string; id: string }>();
  const failed = new Map<number, string>();
  let pending = issueUpdates.map((_, index) => index);
  for (let attempt = 1; attempt <= attempts && pending.length > 0; attempt += 1) {
    const stillFailing: number[] = [];
    for (let start = 0; start < pending.length; start += BULK_CREATE_LIMIT) {
      const chunk = pending.slice(start, start + BULK_CREATE_LIMIT);
      const response = await http.requestJira(route`/rest/api/3/issue/bulk`, {
        method: 'POST',
        body: { issueUpdates: chunk.map((index) => issueUpdates[index]) },
      });
      const parsed = bulkCreateSchema.safeParse(response.body);
      const itemised = parsed.success && (response.status < 300 || response.status === 400);
      if (!itemised && response.status >= 400 && response.status < 500) {
        // Refused as a whole (throttled, forbidden, malformed): Jira created nothing, so sending again is safe.
        chunk.forEach((index) => failed.set(index, `Jira answered ${String(response.status)}`));
        stillFailing.push(...chunk);
        continue;
      }
      if (!parsed.success || !itemised) {
        // A 5xx (or an answer that lists nothing) may follow a create that went through: sending it again could
        // make every ticket twice. The handler fails instead, and its retry re-reads what exists.
        throw new JiraRequestError(
          'POST',
          '/rest/api/3/issue/bulk',
          response.status,
          response.body,
        );
      }
      const failedHere = new Map(
        parsed.data.errors.map((e) => [
          e.failedElementNumber,
          [
            ...(e.elementErrors?.errorMessages ?? []),
            ...Object.values(e.elementErrors?.errors ?? {}),
          ].join('; ') || `status ${String(e.status ?? response.status)}`,
        ]),
      );
      // Jira lists the created issues in request order, skipping the failed entries.
      const succeeded = chunk.filter((_, position) => !failedHere.has(position));
      succeeded.forEach((index, i) => {
        const issue = parsed.data.issues[i];
        if (issue) {
          created.set(index, { key: issue.key, id: issue.id });
          failed.delete(index);
        }
      });
      chunk.forEach((index, position) => {
        const reason = failedHere.get(position);
        if (reason !== undefined) {
          failed.set(index, reason);
          stillFailing.push(index);
        }
      });
    }
    pending = stillFailing;
  }
  return { created, failed };
}

export async function setIssueProperty(
  http: JiraHttp,
  key: string,
  propertyKey: string,
  value: unknown,
): Promise<void> {
  await expectOk(http).requestJira(route`/rest/api/3/issue/${key}/properties/${propertyKey}`, {
    method: 'PUT',
    body: value,
  });
}

export async function editIssue(http: JiraHttp, key: string, body: unknown): Promise<void> {
  await expectOk(http).requestJira(
    route`/rest/api/3/issue/${key}?${searchParams({ notifyUsers: 'false' })}`,
    { method: 'PUT', body },
  );
}

export async function addComment(http: JiraHttp, key: string, body: unknown): Promise<void> {
  await expectOk(http).requestJira(route`/rest/api/3/issue/${key}/comment`, {
    method: 'POST',
    body: { body },
  });
}

/**
 * Moves an issue to a done status with a comment in the same call, or leaves the comment alone when no
 * transition may be taken. A comms task prefers a transition that says the work was not needed over one that
 * claims it was done; an approval is only ever withdrawn, never moved through Approve or Decline.
 */
export async function closeWithComment(
  http: JiraHttp,
  key: string,
  comment: unknown,
  /** An approval is only ever withdrawn: any other transition of its workflow records a decision. */
  kind: 'approval' | 'comms' = 'comms',
): Promise<boolean> {
  const { transitions } = transitionsSchema.parse(
    await expectOk(http).requestJira(route`/rest/api/3/issue/${key}/transitions`),
  );
  const toDone = transitions.filter((t) => t.to.statusCategory?.key === 'done');
  const withdraw = toDone.find((t) => /withdraw/i.test(`${t.name} ${t.to.name}`));
  const preferred =
    kind === 'approval'
      ? withdraw
      : (toDone.find((t) =>
          /won.?t|withdraw|cancel|obsolete|not needed/i.test(`${t.name} ${t.to.name}`),
        ) ?? toDone[0]);
  if (!preferred) {
    await addComment(http, key, comment);
    return false;
  }
  const response = await http.requestJira(route`/rest/api/3/issue/${key}/transitions`, {
    method: 'POST',
    body: {
      transition: { id: preferred.id },
      update: { comment: [{ add: { body: comment } }] },
    },
  });
  if (response.status === 400) {
    // A workflow validator kept the app out (e.g. only the approver may decide): leave the reason as a comment.
    await addComment(http, key, comment);
    return false;
  }
  if (response.status >= 300)
    throw new JiraRequestError(
      'POST',
      `/rest/api/3/issue/${key}/transitions`,
      response.status,
      response.body,
    );
  return true;
}

/**
 * Takes the change request back to review (a transition named like "Back to review" that does not close it), with
 * the reason as its comment; where the workflow has none, the reason is left as a comment only. True when moved.
 */
export async function returnToReview(
  http: JiraHttp,
  key: string,
  comment: unknown,
): Promise<boolean> {
  const { transitions } = transitionsSchema.parse(
    await expectOk(http).requestJira(route`/rest/api/3/issue/${key}/transitions`),
  );
  const back = transitions.find(
    (t) =>
      /back to review|return to review|reopen|re-?review/i.test(t.name) &&
      t.to.statusCategory?.key !== 'done',
  );
  if (!back) {
    await addComment(http, key, comment);
    return false;
  }
  await expectOk(http).requestJira(route`/rest/api/3/issue/${key}/transitions`, {
    method: 'POST',
    body: { transition: { id: back.id }, update: { comment: [{ add: { body: comment } }] } },
  });
  return true;
}
