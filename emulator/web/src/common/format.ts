// Dates as Jira shows them. Due dates are calendar dates (YYYY-MM-DD), never a midnight instant.
const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

export function formatCalendarDate(value: string | null | undefined): string | null {
  if (value === null || value === undefined || value === '') return null;
  const match = DATE_ONLY.exec(value);
  if (match === null) return value;
  const [, y, m, d] = match;
  const utc = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  return utc.toLocaleDateString('en-US', {
    timeZone: 'UTC',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  });
}

export function formatInstant(value: string | null | undefined): string | null {
  if (value === null || value === undefined || value === '') return null;
  const ms = Date.parse(value);
  if (!Number.isFinite(ms)) return value;
  return new Date(ms).toLocaleString('en-US', { dateStyle: 'medium', timeStyle: 'short' });
}
