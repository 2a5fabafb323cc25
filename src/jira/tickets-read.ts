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

/**
 * The last status move of each issue, from Jira's changelog (one call for up to 1,000 issues). The changelog is
 * written by Jira itself, so unlike an assignee or a property nobody can rewrite who moved an issue.
 */
export async function lastStatusMoves(
  http: JiraHttp,
  ids: readonly string[],
): Promise<Map<string, StatusMove>> {
  const last = new Map<string, StatusMove>();
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
        for (const history of log.changeHistories) {
          const move = history.items.find((i) => (i.fieldId ?? i.field) === 'status');
          if (!move) continue;
          const at = history.created ?? null;
          const previous = last.get(log.issueId);
          // Histories come oldest first; compare times anyway so a page order change cannot hide a later move.
          if (!previous || previous.at === null || at === null || at >= previous.at) {
            last.set(log.issueId, {
              toStatus: move.toString ?? move.to ?? '',
              by: history.author?.accountId ?? null,
              at,
            });
          }
        }
      }
      nextPageToken = page.nextPageToken ?? undefined;
    } while (nextPageToken);
  }
  return last;
}
