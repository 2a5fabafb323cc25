import type { ErrorCode, ResolverError } from '../contract/resolver-contract';
import type { Problem } from '../domain';

/** An expected refusal, thrown inside a resolver and turned into a coded answer once, at the edge. */
export class ResolverFailure extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly problems?: Problem[],
  ) {
    super(message);
  }

  toError(): ResolverError {
    return {
      code: this.code,
      message: this.message,
      ...(this.problems ? { problems: this.problems } : {}),
    };
  }
}
