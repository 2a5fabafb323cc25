/** An expected failure: a stable code for programs, a message for people, and where it applies. */
export interface Problem<Code extends string = string> {
  code: Code;
  message: string;
  path?: string;
}

export type Result<T, Code extends string = string> =
  { ok: true; value: T } | { ok: false; problems: Problem<Code>[] };

export const ok = <T>(value: T): { ok: true; value: T } => ({ ok: true, value });
export const fail = <Code extends string>(
  problems: Problem<Code>[],
): { ok: false; problems: Problem<Code>[] } => ({
  ok: false,
  problems,
});
