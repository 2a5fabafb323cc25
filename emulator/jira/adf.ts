// Jira Cloud v3 only takes rich text as an Atlassian Document: a `doc` node, version 1, whose
// content is valid ADF. The schema check uses Atlassian's own validator.
import { validator } from '@atlaskit/adf-utils/validator';
import type { ADFEntity } from '@atlaskit/adf-utils/types';
import { isRecord } from './values';

export const NOT_AN_ADF_DOCUMENT =
  'Operation value must be an Atlassian Document (see the Atlassian Document Format)';

type Validate = ReturnType<typeof validator>;
let validate: Validate | undefined;

// Building the validator consults a feature-gate client that only exists inside Atlassian's
// products; the gate's fallback is the behaviour we want, and its one-off warning is noise.
function createValidator(): Validate {
  const warn = console.warn;
  console.warn = () => undefined;
  try {
    return validator();
  } finally {
    console.warn = warn;
  }
}

export type AdfCheck = { ok: true } | { ok: false; reason: string };

export function checkAdfDocument(value: unknown): AdfCheck {
  if (
    !isRecord(value) ||
    value.type !== 'doc' ||
    value.version !== 1 ||
    !Array.isArray(value.content)
  ) {
    return { ok: false, reason: NOT_AN_ADF_DOCUMENT };
  }
  validate ??= createValidator();
  const problems: string[] = [];
  try {
    validate(value as ADFEntity, (entity, error) => {
      problems.push(error.message);
      return entity;
    });
  } catch (error) {
    problems.push(error instanceof Error ? error.message : String(error));
  }
  if (problems.length > 0)
    return { ok: false, reason: `${NOT_AN_ADF_DOCUMENT}: ${problems.join('; ')}` };
  return { ok: true };
}

// Plain text of a document, for text search (JQL `~`).
export function adfText(value: unknown): string {
  if (!isRecord(value)) return '';
  const own = typeof value.text === 'string' ? value.text : '';
  const children = Array.isArray(value.content) ? value.content.map(adfText).join(' ') : '';
  return `${own} ${children}`.trim();
}
