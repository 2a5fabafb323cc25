// Validates ADF against @atlaskit/adf-schema (through adf-utils' validator), collecting every problem.
import { validator } from '@atlaskit/adf-utils/validator';

export interface AdfProblem {
  node: string;
  code: string;
  message: string;
}

let validate: ReturnType<typeof validator> | undefined;

export function validateAdf(doc: unknown): AdfProblem[] {
  if (typeof doc !== 'object' || doc === null || (doc as { type?: unknown }).type !== 'doc') {
    return [
      {
        node: 'root',
        code: 'NOT_A_DOC',
        message: 'An ADF document must be an object with type "doc"',
      },
    ];
  }
  validate ??= validator();
  const problems: AdfProblem[] = [];
  try {
    validate(doc as Parameters<typeof validate>[0], (entity, error) => {
      problems.push({ node: entity.type, code: error.code, message: error.message });
      return undefined;
    });
  } catch (e) {
    problems.push({
      node: 'root',
      code: 'INVALID',
      message: e instanceof Error ? e.message : String(e),
    });
  }
  return problems;
}
