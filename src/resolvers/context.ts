import type { Payload, ResolverKey, ResponseMap } from '../contract/resolver-contract';
import type { JobQueue } from '../governance/reassessment-jobs';
import type { UserPorts } from '../governance/ports';
import type { Answer } from './failure';

/** What a resolver gets from the platform: ports, and what the invocation context (never the payload) says. */
export interface ResolverContext {
  ports: UserPorts;
  /** From the invocation context the platform signs, never from the payload. */
  issueKey: string | null;
  locale: string;
  queue: JobQueue;
}

export type Handler<K extends ResolverKey> = (
  ctx: ResolverContext,
  payload: Payload<K>,
) => Promise<Answer<ResponseMap[K]>>;

/** Handlers for some of the resolver keys (the panel's, the admin page's, the macro's). */
export type HandlersFor<K extends ResolverKey> = { [Key in K]: Handler<Key> };
