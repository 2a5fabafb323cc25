import { route } from '@forge/api';
import { z } from 'zod';
import { expectOk, type JiraHttp } from './http';
import { issueSchema, type JiraIssue } from './schemas';

/** Jira's bulk fetch takes at most this many issues a call. */
const BULK_FETCH_LIMIT = 100;

const bulkFetchSchema = z.object({ issues: z.array(issueSchema).default([]) });

/**
 * Issues by id, read from Jira's issue store (not its search index), so a ticket created or moved a moment ago
 * is seen as it is: the governance decisions must never rest on an eventually consistent search.
 * Issues that no longer exist, or the caller may not see, are simply absent from the answer.
 */
export async function bulkFetchIssues(
  http: JiraHttp,
  ids: readonly string[],
  fields: readonly string[],
  properties: readonly string[] = [],
): Promise<JiraIssue[]> {
  const issues: JiraIssue[] = [];
  for (let start = 0; start < ids.length; start += BULK_FETCH_LIMIT) {
    const body = await expectOk(http).requestJira(route`/rest/api/3/issue/bulkfetch`, {
      method: 'POST',
      body: {
        issueIdsOrKeys: ids.slice(start, start + BULK_FETCH_LIMIT),
        fields: [...fields],
        ...(properties.length > 0 ? { properties: [...properties] } : {}),
      },
    });
    issues.push(...bulkFetchSchema.parse(body).issues);
  }
  return issues;
}

const changelogPageSchema = z.object({
  issueChangeLogs: z
    .array(
      z.object({
        issueId: z.string(),
        changeHistories: z
          .array(
            z.object({
              author: z.object({ accountId: z.string() }).nullable().optional(),
              created: z.string().optional(),
              items: z
                .array(
                  z.object({
                    field: z.string().optional(),
                    fieldId: z.string().optional(),
                    fromString: z.string().nullable().optional(),
                    to: z.string().nullable().optional(),
                    toString: z.string().nullable().optional(),
                  }),
                )
                .default([]),
            }),
          )
          .default([]),
      }),
    )
    .default([]),
  nextPageToken: z.string().nullable().optional(),
});

/** Who last moved an issue into a status: the fact a decision rests on. */
export interface StatusMove {
  /** The status the issue was moved to (its name, as the changelog records it). */
  toStatus: string;
  /** Account that made the move, or null when Jira names no author (e.g. an anonymous automation). */
  by: string | null;
  at: string | null;
}

/** Changelogs ask for at most this many issues a call. */
const CHANGELOG_LIMIT = 1000;

/** One status change of an issue, as Jira's changelog records it. */
export interface StatusChange extends StatusMove {
  /** The status the issue left (its name). */
  fromStatus: string;
}

/**
 * Every status change of each issue, in the changelog's order (oldest first), from Jira's changelog (one call for
 * up to 1,000 issues). The changelog is written by Jira itself, so unlike an assignee or a property nobody can
 * rewrite who moved an issue, or when.
 */
export async function statusChanges(
  http: JiraHttp,
  ids: readonly string[],
): Promise<Map<string, StatusChange[]>> {
  const changes = new Map<string, StatusChange[]>();
  for (let start = 0; start < ids.length; start += CHANGELOG_LIMIT) {
    let nextPageToken: string | undefined;
    do {
      const body = await expectOk(http).requestJira(route`/rest/api/3/changelog/bulkfetch`, {
        method: 'POST',
        body: {
          issueIdsOrKeys: ids.slice(start, start + CHANGELOG_LIMIT),
          fieldIds: ['status'],
          ...(nextPageToken ? { nextPageToken } : {}),
        },
      });
      const page = changelogPageSchema.parse(body);
      for (const log of page.issueChangeLogs) {
        const list = changes.get(log.issueId) ?? [];
        for (const history of log.changeHistories) {
          const move = history.items.find((i) => (i.fieldId ?? i.field) === 'status');
          if (!move) continue;
          list.push({
            fromStatus: move.fromString ?? '',
            toStatus: move.toString ?? move.to ?? '',
            by: history.author?.accountId ?? null,
            at: history.created ?? null,
          });
        }
        changes.set(log.issueId, list);
      }
      nextPageToken = page.nextPageToken ?? undefined;
    } while (nextPageToken);
  }
  return changes;
}

/** The last status move of each issue (see `statusChanges`). */
export async function lastStatusMoves(
  http: JiraHttp,
  ids: readonly string[],
): Promise<Map<string, StatusMove>> {
  const last = new Map<string, StatusMove>();
  for (const [issueId, changes] of await statusChanges(http, ids)) {
    for (const { toStatus, by, at } of changes) {
      const previous = last.get(issueId);
      // Histories come oldest first; compare times anyway so a page order change cannot hide a later move.
      if (!previous || previous.at === null || at === null || at >= previous.at)
        last.set(issueId, { toStatus, by, at });
    }
  }
  return last;
}
