// ADF arrives as untyped JSON; narrow it once into a tree the renderer can walk safely.
export interface AdfMark {
  type: string;
  attrs: Record<string, unknown>;
}

export interface AdfNode {
  type: string;
  text: string | undefined;
  attrs: Record<string, unknown>;
  content: AdfNode[];
  marks: AdfMark[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function toMark(value: unknown): AdfMark | null {
  if (!isRecord(value) || typeof value.type !== 'string') return null;
  return { type: value.type, attrs: isRecord(value.attrs) ? value.attrs : {} };
}

export function toAdfNode(value: unknown): AdfNode | null {
  if (!isRecord(value) || typeof value.type !== 'string') return null;
  const content = Array.isArray(value.content)
    ? value.content.map(toAdfNode).filter((node): node is AdfNode => node !== null)
    : [];
  const marks = Array.isArray(value.marks)
    ? value.marks.map(toMark).filter((mark): mark is AdfMark => mark !== null)
    : [];
  return {
    type: value.type,
    text: typeof value.text === 'string' ? value.text : undefined,
    attrs: isRecord(value.attrs) ? value.attrs : {},
    content,
    marks,
  };
}

export function stringAttr(
  node: { attrs: Record<string, unknown> },
  name: string,
): string | undefined {
  const value = node.attrs[name];
  return typeof value === 'string' ? value : undefined;
}

export function numberAttr(
  node: { attrs: Record<string, unknown> },
  name: string,
): number | undefined {
  const value = node.attrs[name];
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

export function recordAttr(
  node: { attrs: Record<string, unknown> },
  name: string,
): Record<string, unknown> | undefined {
  const value = node.attrs[name];
  return isRecord(value) ? value : undefined;
}

/** The plain text of a subtree, for labels and empty checks. */
export function plainText(node: AdfNode): string {
  if (node.text !== undefined) return node.text;
  return node.content.map(plainText).join(node.type === 'doc' ? '\n' : '');
}

export function isEmptyDoc(doc: AdfNode | null): boolean {
  return doc === null || doc.content.length === 0;
}
