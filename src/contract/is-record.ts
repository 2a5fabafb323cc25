/** A JSON object: what `JSON.parse` gives for `{…}`, never an array or null. */
export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
