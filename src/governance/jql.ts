import { CHANGE_REQUEST_TYPE } from './properties';

/** JQL's named escapes; every other control character is written as `\uXXXX`. */
const NAMED_ESCAPES: Readonly<Record<string, string>> = {
  '\\': '\\\\',
  '"': '\\"',
  '\t': '\\t',
  '\n': '\\n',
  '\r': '\\r',
};

const escapeChar = (char: string): string =>
  NAMED_ESCAPES[char] ?? `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;

/**
 * A JQL string literal: quotes and backslashes escaped, so user text can never become JQL syntax,
 * and every control character (C0, DEL, C1, line and paragraph separators) escaped, because Jira
 * refuses a query holding one raw: a value written straight to a property by REST must not stop
 * every search built from it.
 */
export const jqlString = (value: string): string =>
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  `"${value.replace(/[\\"\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, escapeChar)}"`;

export const jqlList = (values: readonly string[]): string =>
  `(${values.map(jqlString).join(', ')})`;

/** Every change request still open, in a stable order so paging never skips or repeats one. */
export const OPEN_CHANGE_REQUESTS_JQL = `issuetype = ${jqlString(CHANGE_REQUEST_TYPE)} AND statusCategory != Done ORDER BY key ASC`;
