import path from 'node:path';

// The vendored contract lives at the repository root; this file sits two levels below it.
export const DEFAULT_JIRA_SPEC_PATH = path.resolve(
  __dirname,
  '..',
  '..',
  'contracts',
  'jira-platform.openapi.json',
);
