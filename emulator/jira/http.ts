// Jira's response shapes: JSON bodies, and errors as { errorMessages, errors }.
import type { JiraResponse } from './types';

const JSON_HEADERS = { 'content-type': 'application/json;charset=UTF-8' } as const;

export function json(
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): JiraResponse {
  return { status, headers: { ...JSON_HEADERS, ...headers }, body };
}

export function noContent(status = 204): JiraResponse {
  return { status, headers: {} };
}

export interface ErrorBody {
  errorMessages: string[];
  errors: Record<string, string>;
}

export function jiraError(
  status: number,
  errorMessages: string[],
  errors: Record<string, string> = {},
  headers: Record<string, string> = {},
): JiraResponse {
  const body: ErrorBody = { errorMessages, errors };
  return json(status, body, headers);
}

export const ISSUE_NOT_FOUND = 'Issue does not exist or you do not have permission to see it.';

export function issueNotFound(): JiraResponse {
  return jiraError(404, [ISSUE_NOT_FOUND]);
}
