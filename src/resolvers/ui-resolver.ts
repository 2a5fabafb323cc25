// The Custom UI resolver definition: parses the context and payload, runs the panel's, admin page's or macro's
// handler, and maps its result to the contract's answer, the one place an answer is shaped.
import Resolver from '@forge/resolver';
import { z } from 'zod';
import { DEFAULT_LOCALE } from '../domain';
import {
  payloadSchemas,
  TOO_LARGE_ISSUE,
  type ErrorCode,
  type ResolverError,
  type ResolverKey,
  type ResolverResponse,
  type ResponseMap,
} from '../contract/resolver-contract';
import { quotaExhaustion } from '../jira/http';
import { userPorts } from '../platform/forge-ports';
import { reassessmentJobQueue } from '../platform/queue';
import { adminHandlers } from './admin-handlers';
import { calendarHandlers } from './calendar-handlers';
import type { HandlersFor, ResolverContext } from './context';
import { payloadTooLarge, toResolverError, type Answer } from './failure';
import { journeyHandlers } from './journey-handlers';
import { macroHandlers } from './macro-handlers';
import { outcomeHandlers } from './outcome-handlers';
import { panelHandlers } from './panel-handlers';
import { redesignHandlers } from './redesign-handlers';
import { reportHandlers } from './report-handlers';

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

const handlers: HandlersFor<ResolverKey> = {
  ...panelHandlers,
  ...adminHandlers,
  ...macroHandlers,
  ...journeyHandlers,
  ...calendarHandlers,
  ...redesignHandlers,
  ...outcomeHandlers,
  ...reportHandlers,
};

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
    const ctx: ResolverContext = {
      ports: userPorts(accountId),
      issueKey: context.success ? (context.data.extension?.issue?.key ?? null) : null,
      locale: context.success ? (context.data.locale ?? DEFAULT_LOCALE) : DEFAULT_LOCALE,
      queue: reassessmentJobQueue,
    };
    try {
      const handler = handlers[key] as (
        ctx: ResolverContext,
        payload: unknown,
      ) => Promise<Answer<ResponseMap[ResolverKey]>>;
      const answer = await handler(ctx, payload.data);
      return answer.ok
        ? { ok: true, data: answer.value }
        : { ok: false, error: toResolverError(answer) };
    } catch (error) {
      // The app's hourly Jira quota is spent: not a failure, and over at a time the user can be told.
      const busy =
        quotaExhaustion(ctx.ports.jira, error) ?? quotaExhaustion(ctx.ports.jiraAsUser, error);
      if (busy !== null) {
        return {
          ok: false,
          error: {
            code: 'JIRA.BUSY',
            message: `Jira is busy; this will finish after ${busy.resetAt}.`,
            until: busy.resetAt,
          },
        };
      }
      // Technical failures only: every expected refusal came back as a result above.
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
  return first?.success ? toResolverError(payloadTooLarge(first.data.limitBytes, at)) : undefined;
}

const failure = <T>(code: ErrorCode, message: string): ResolverResponse<T> => ({
  ok: false,
  error: { code, message },
});

for (const key of Object.keys(payloadSchemas) as ResolverKey[]) define(key);

export const uiResolverHandler = resolver.getDefinitions();
