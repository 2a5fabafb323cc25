import Resolver from '@forge/resolver';
import { Queue } from '@forge/events';
import { z } from 'zod';
import {
  payloadSchemas,
  type ErrorCode,
  type ResolverKey,
  type ResolverResponse,
  type ResponseMap,
} from '../contract/resolver-contract';
import { userPorts } from '../platform/forge-ports';
import type { UserPorts } from '../governance/ports';
import { resolverHandlers, type ResolverContext } from './handlers';
import { ResolverFailure } from './failure';

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

const failure = <T>(code: ErrorCode, message: string): ResolverResponse<T> => ({
  ok: false,
  error: { code, message },
});

for (const key of Object.keys(payloadSchemas) as ResolverKey[]) define(key);

export const uiResolverHandler = resolver.getDefinitions();
