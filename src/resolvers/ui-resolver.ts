import Resolver from '@forge/resolver';
import { Queue } from '@forge/events';
import { z } from 'zod';
import {
  payloadSchemas,
  TOO_LARGE_ISSUE,
  type ErrorCode,
  type ResolverError,
  type ResolverKey,
  type ResolverResponse,
  type ResponseMap,
} from '../contract/resolver-contract';
import { userPorts } from '../platform/forge-ports';
import type { UserPorts } from '../governance/ports';
import { resolverHandlers, type ResolverContext } from './handlers';
import { payloadTooLarge, ResolverFailure } from './failure';

const contextSchema = z.object({
  accountId: z.string().optional(),
  locale: z.string().optional(),
  extension: z
    .object({
      issue: z.object({ key: z.string() }).optional(),
      config: z.unknown().optional(),
    })
    .loose()
    .optional(),
});

const reassessmentQueue = new Queue({ key: 'reassessment' });

const resolver = new Resolver();

function define(key: ResolverKey): void {
  resolver.define(key, async (request): Promise<ResolverResponse<ResponseMap[ResolverKey]>> => {
    const context = contextSchema.safeParse(request.context);
    const accountId = context.success ? context.data.accountId : undefined;
    if (!accountId) return failure('AUTH.FORBIDDEN', 'Sign in to use Change Governance.');
    const payload = payloadSchemas[key].safeParse(request.payload ?? {});
    if (!payload.success) {
      const tooLarge = tooLargeIssue(payload.error.issues);
      if (tooLarge) return { ok: false, error: tooLarge };
      return {
        ok: false,
        error: {
          code: 'INPUT.INVALID',
          message: 'The request was not understood.',
          problems: payload.error.issues.map((i) => ({
            code: 'INPUT.INVALID',
            path: i.path.join('.'),
            message: i.message,
          })),
        },
      };
    }
    const ports: UserPorts = userPorts(accountId);
    const ctx: ResolverContext = {
      ports,
      issueKey: context.success ? (context.data.extension?.issue?.key ?? null) : null,
      locale: context.success ? (context.data.locale ?? 'en-US') : 'en-US',
      queue: {
        push: async (jobs, options) => {
          await reassessmentQueue.push(jobs.map((body) => ({ body, ...options })));
        },
      },
    };
    try {
      const handler = resolverHandlers[key] as (
        ctx: ResolverContext,
        payload: unknown,
      ) => Promise<ResponseMap[ResolverKey]>;
      return { ok: true, data: await handler(ctx, payload.data) };
    } catch (error) {
      if (error instanceof ResolverFailure) return { ok: false, error: error.toError() };
      console.error(`Resolver ${key} failed`, error);
      return failure(
        'INTERNAL',
        'Something went wrong on our side. Try again; if it persists, tell your Jira admin.',
      );
    }
  });
}

const tooLargeParams = z.object({ code: z.literal(TOO_LARGE_ISSUE), limitBytes: z.number() });

/** A value larger than storage takes is its own refusal, naming the limit, not a generic invalid input. */
function tooLargeIssue(issues: readonly z.core.$ZodIssue[]): ResolverError | undefined {
  const sizes = issues.map((issue) =>
    issue.code === 'custom' ? tooLargeParams.safeParse(issue.params) : undefined,
  );
  // A field over its own bound is the more precise answer: size alone decides only when nothing else is wrong.
  if (!sizes.every((size) => size?.success === true)) return undefined;
  const [first] = sizes;
  const at = issues[0]?.path.join('.') ?? '';
  return first?.success ? payloadTooLarge(first.data.limitBytes, at) : undefined;
}

const failure = <T>(code: ErrorCode, message: string): ResolverResponse<T> => ({
  ok: false,
  error: { code, message },
});

for (const key of Object.keys(payloadSchemas) as ResolverKey[]) define(key);

export const uiResolverHandler = resolver.getDefinitions();
