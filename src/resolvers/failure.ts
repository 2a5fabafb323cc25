// Expected refusals inside the resolvers are Results; this file words them and maps them, once, to the answer the
// UI reads (src/contract). Technical failures are thrown and become INTERNAL at the edge.
import type { ErrorCode, ResolverError } from '../contract/resolver-contract';
import { fail, type Failure, type Problem, type Result } from '../domain';

/** A refusal the UI is told about: one of the contract's codes, and the limit when it is about size. */
export type Refusal = Failure<ErrorCode> & { limitBytes?: number };

/** What every handler returns: its answer, or a refusal. */
export type Answer<T> = Result<T, Refusal>;

export const refuse = (code: ErrorCode, message: string, problems?: Problem[]) =>
  fail<Refusal>({ code, message, ...(problems ? { problems } : {}) });

/** The refusal of a value storage would not take, naming the limit and, when known, the field. */
export function payloadTooLarge(limitBytes: number, path = ''): Refusal {
  const kb = Math.floor(limitBytes / 1024);
  const message = `This is larger than the ${String(kb)} KB (${String(limitBytes)} bytes) that can be stored; nothing was saved.`;
  return {
    code: 'PAYLOAD.TOO_LARGE',
    message,
    limitBytes,
    ...(path ? { problems: [{ code: 'PAYLOAD.TOO_LARGE', path, message }] } : {}),
  };
}

/** The one mapping from a refusal to the contract's error: only the fields the contract names travel. */
export const toResolverError = (refusal: Refusal): ResolverError => ({
  code: refusal.code,
  message: refusal.message,
  ...(refusal.problems ? { problems: refusal.problems } : {}),
  ...(refusal.limitBytes === undefined ? {} : { limitBytes: refusal.limitBytes }),
});
