// Jira's enhanced search: POST /rest/api/3/search/jql, paged with nextPageToken.
import type { Api } from '../api/client';
import { searchResult, type SearchResult } from '../api/jira-schemas';

export const LIST_FIELDS = [
  'summary',
  'issuetype',
  'status',
  'assignee',
  'duedate',
  'parent',
] as const;

export function searchIssues(
  api: Api,
  jql: string,
  options: { nextPageToken?: string; maxResults?: number; fields?: readonly string[] },
  signal?: AbortSignal,
): Promise<SearchResult> {
  return api.send(
    'POST',
    '/rest/api/3/search/jql',
    {
      jql,
      fields: options.fields ?? LIST_FIELDS,
      maxResults: options.maxResults ?? 25,
      ...(options.nextPageToken === undefined ? {} : { nextPageToken: options.nextPageToken }),
    },
    searchResult,
    signal,
  );
}
