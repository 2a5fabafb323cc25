import type { ErrorCode, ResolverError } from '../contract/resolver-contract';
import type { Problem } from '../domain';

/** An expected refusal, thrown inside a resolver and turned into a coded answer once, at the edge. */
export class ResolverFailure extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly problems?: Problem[],
    readonly limitBytes?: number,
  ) {
    super(message);
  }

  toError(): ResolverError {
    return {
      code: this.code,
      message: this.message,
      ...(this.problems ? { problems: this.problems } : {}),
      ...(this.limitBytes === undefined ? {} : { limitBytes: this.limitBytes }),
    };
  }
}

/** The refusal of a value storage would not take, naming the limit and, when known, the field. */
export function payloadTooLarge(limitBytes: number, path = ''): ResolverError {
  const kb = Math.floor(limitBytes / 1024);
  const message = `This is larger than the ${String(kb)} KB (${String(limitBytes)} bytes) that can be stored; nothing was saved.`;
  return {
    code: 'PAYLOAD.TOO_LARGE',
    message,
    limitBytes,
    ...(path ? { problems: [{ code: 'PAYLOAD.TOO_LARGE', path, message }] } : {}),
  };
}

/** The same refusal, thrown from inside a resolver. */
export const tooLargeFailure = (limitBytes: number, path = ''): ResolverFailure => {
  const error = payloadTooLarge(limitBytes, path);
  return new ResolverFailure(error.code, error.message, error.problems, limitBytes);
};
