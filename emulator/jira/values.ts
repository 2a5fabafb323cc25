// Narrowing helpers for request bodies, which arrive as unknown JSON.
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function stringField(record: Record<string, unknown>, name: string): string | undefined {
  const value = record[name];
  return typeof value === 'string' ? value : undefined;
}

// Query parameters may repeat and may hold comma-separated lists (`fields=a,b&fields=c`).
export function queryList(value: string | string[] | undefined): string[] {
  if (value === undefined) return [];
  const parts = Array.isArray(value) ? value : [value];
  return parts
    .flatMap((part) => part.split(','))
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
}

export function queryString(value: string | string[] | undefined): string | undefined {
  if (value === undefined) return undefined;
  return Array.isArray(value) ? value[0] : value;
}

export function queryInt(value: string | string[] | undefined, fallback: number): number {
  const raw = queryString(value);
  if (raw === undefined || raw.trim() === '') return fallback;
  const parsed = Number(raw);
  return Number.isInteger(parsed) ? parsed : fallback;
}

export function queryBool(value: string | string[] | undefined, fallback: boolean): boolean {
  const raw = queryString(value);
  if (raw === undefined) return fallback;
  return raw.toLowerCase() === 'true';
}
