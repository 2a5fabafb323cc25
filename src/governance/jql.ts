import { CHANGE_REQUEST_TYPE } from './properties';

/** A JQL string literal: quotes and backslashes escaped, so user text can never become JQL syntax. */
export const jqlString = (value: string): string =>
  `"${value
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/[\r\n]+/g, ' ')}"`;

export const jqlList = (values: readonly string[]): string =>
  `(${values.map(jqlString).join(', ')})`;

/** Every change request still open, in a stable order so paging never skips or repeats one. */
export const OPEN_CHANGE_REQUESTS_JQL = `issuetype = ${jqlString(CHANGE_REQUEST_TYPE)} AND statusCategory != Done ORDER BY key ASC`;
