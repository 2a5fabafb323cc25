// Formats the Jira document uses that Ajv does not know. Jira's own timestamps
// ("2026-11-23T10:15:00.000+0000") carry an offset without a colon, so date-time
// accepts both that and RFC 3339.
import type { AjvCustomizer } from 'openapi-backend';

type Ajv = Parameters<AjvCustomizer>[0];

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function isUri(value: string): boolean {
  try {
    return new URL(value).protocol.length > 0;
  } catch {
    return false;
  }
}

export function addJiraFormats(ajv: Ajv): Ajv {
  ajv.addFormat('date', DATE);
  ajv.addFormat('date-time', DATE_TIME);
  ajv.addFormat('uuid', UUID);
  ajv.addFormat('uri', { type: 'string', validate: isUri });
  ajv.addFormat('url', { type: 'string', validate: isUri });
  return ajv;
}
