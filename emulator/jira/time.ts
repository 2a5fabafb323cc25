// Jira renders instants as "2026-11-23T10:15:00.000+0000"; the emulator's site runs in UTC.
export function formatJiraTime(epochMs: number): string {
  return new Date(epochMs).toISOString().replace('Z', '+0000');
}
