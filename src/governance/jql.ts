/** A JQL string literal: quotes and backslashes escaped, so user text can never become JQL syntax. */
export const jqlString = (value: string): string =>
  `"${value
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/[\r\n]+/g, ' ')}"`;

export const jqlList = (values: readonly string[]): string =>
  `(${values.map(jqlString).join(', ')})`;
