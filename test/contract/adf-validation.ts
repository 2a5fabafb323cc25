import type { DocNode } from '@atlaskit/adf-schema';
import { validator } from '@atlaskit/adf-utils/validator';

/** One problem the schema validator found, with the node type it was found on. */
export interface AdfProblem {
  nodeType: string;
  code: string;
  message: string;
}

/** The ADF node shape the tests walk; the builders' own types are too narrow to traverse generically. */
export interface AdfNode {
  type: string;
  text?: string;
  attrs?: Record<string, unknown>;
  marks?: unknown[];
  content?: AdfNode[];
}

const FEATURE_GATE_NOTICE = 'An error has occurred checking the feature gate';

/**
 * Every problem `@atlaskit/adf-utils`' validator reports for a document against the full ADF
 * schema. Given an error callback the validator calls it for each problem and goes on (without
 * one it throws on the first); returning undefined drops the offending node, so `valid` and the
 * collected list together catch everything.
 */
export function adfProblems(document: DocNode): AdfProblem[] {
  const problems: AdfProblem[] = [];
  const output = quietly(() =>
    fullSchemaValidator()(toEntity(document), (entity, error) => {
      problems.push({ nodeType: entity.type, code: error.code, message: error.message });
      return undefined;
    }),
  );
  if (!output.valid && problems.length === 0) {
    problems.push({
      nodeType: 'doc',
      code: 'INVALID',
      message: 'The validator marked the doc invalid.',
    });
  }
  return problems;
}

type Validate = ReturnType<typeof validator>;
let cached: Validate | undefined;

/** Building the full-schema validator is the slow part, so one serves every document. */
const fullSchemaValidator = (): Validate => (cached ??= quietly(() => validator()));

/** The validator's input type is its own loose entity; a JSON round trip is also what Forge sends. */
function toEntity(document: DocNode): Parameters<Validate>[0] {
  return JSON.parse(JSON.stringify(document)) as Parameters<Validate>[0];
}

/**
 * The validator asks Atlassian's feature-gate client for flags; outside Atlassian's products that
 * client is never initialised and warns once. The warning says nothing about our documents.
 */
function quietly<T>(run: () => T): T {
  const original = console.warn;
  console.warn = (...args: unknown[]) => {
    const first: unknown = args[0];
    const text =
      typeof first === 'object' && first !== null ? JSON.stringify(first) : String(first);
    if (!text.includes(FEATURE_GATE_NOTICE)) original(...args);
  };
  try {
    return run();
  } finally {
    console.warn = original;
  }
}

/** Every node of a document, depth first. */
export function nodesOf(document: DocNode | AdfNode): AdfNode[] {
  const root = document as AdfNode;
  return [root, ...(root.content ?? []).flatMap((child) => nodesOf(child))];
}

/** The strings of every text node, in document order. */
export const textsOf = (document: DocNode | AdfNode): string[] =>
  nodesOf(document).flatMap((node) =>
    node.type === 'text' && node.text !== undefined ? [node.text] : [],
  );

/** The plain text of a node: its text nodes joined. */
export const plainText = (node: AdfNode): string => textsOf(node).join('');
