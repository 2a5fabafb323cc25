/** One thing wrong with an input: a stable code for programs, a message for people, and where it applies. */
export interface Problem<Code extends string = string> {
  code: Code;
  message: string;
  path?: string;
  /** What the UI needs to say it in the viewer's language (the limit, the rule that failed, …). */
  params?: Readonly<Record<string, string | number>>;
}

/**
 * An expected failure as a whole: one stable code a caller switches on, a message for people and, when it is made
 * of input problems, each of them. A failure may carry more detail (e.g. the version that won a conflict).
 */
export interface Failure<Code extends string = string> {
  code: Code;
  message: string;
  problems?: Problem[];
}

/** A failure made of input problems: `problems` is always there. */
export type Invalid<Code extends string, ProblemCode extends string = string> = Failure<Code> & {
  problems: Problem<ProblemCode>[];
};

/**
 * The one result of an operation that can fail in an expected way. Technical failures (a broken store, Jira down)
 * are thrown instead and caught once, where the work started.
 */
export type Result<T, F extends Failure = Failure> = { ok: true; value: T } | ({ ok: false } & F);

export const ok = <T>(value: T): { ok: true; value: T } => ({ ok: true, value });

export const fail = <F extends Failure>(failure: F): { ok: false } & F => ({
  ok: false,
  ...failure,
});

/** Whether a value is a JSON object (not null, not an array): the one guard for untyped input. */
export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
