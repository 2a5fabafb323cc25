// The one way the UI calls its backend: typed by the shared contract, payloads checked before
// they leave the browser, and every failure (bridge or resolver) returned as a value.
import { invoke as bridgeInvoke } from '@forge/bridge';
import type { z } from 'zod';
import {
  ERROR_CODES,
  isRecord,
  type ErrorCode,
  type Payload,
  payloadSchemas,
  type ResolverError,
  type ResolverKey,
  type ResolverResponse,
  type ResponseMap,
} from '../../src/contract/ui-kit';

const isErrorCode = (value: unknown): value is ErrorCode =>
  typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);

/** A problem's parameters as the UI's translations take them: texts and numbers only. */
const scalarParams = (params: Record<string, unknown>): Record<string, string | number> =>
  Object.fromEntries(
    Object.entries(params).filter(
      (entry): entry is [string, string | number] =>
        typeof entry[1] === 'string' || typeof entry[1] === 'number',
    ),
  );

function toResolverError(value: unknown): ResolverError {
  if (!isRecord(value))
    return { code: 'INTERNAL', message: 'The app answered without an error description.' };
  const problems = Array.isArray(value.problems)
    ? value.problems.flatMap((p: unknown) =>
        isRecord(p) && typeof p.code === 'string' && typeof p.message === 'string'
          ? [
              {
                code: p.code,
                message: p.message,
                ...(typeof p.path === 'string' ? { path: p.path } : {}),
                // What the UI words the problem with ({value}, {changes}…) in the reader's language.
                ...(isRecord(p.params) ? { params: scalarParams(p.params) } : {}),
              },
            ]
          : [],
      )
    : undefined;
  return {
    code: isErrorCode(value.code) ? value.code : 'INTERNAL',
    message: typeof value.message === 'string' ? value.message : 'Unknown error.',
    ...(problems ? { problems } : {}),
  };
}

const formatPath = (path: readonly PropertyKey[]): string =>
  path.reduce<string>(
    (acc, part) =>
      typeof part === 'number'
        ? `${acc}[${String(part)}]`
        : acc
          ? `${acc}.${String(part)}`
          : String(part),
    '',
  );

export async function invoke<K extends ResolverKey>(
  key: K,
  payload: Payload<K>,
): Promise<ResolverResponse<ResponseMap[K]>> {
  // Widened on purpose: a generic index into the schema map is a union TypeScript cannot call.
  const schema: z.ZodType = payloadSchemas[key];
  const checked = schema.safeParse(payload);
  if (!checked.success) {
    return {
      ok: false,
      error: {
        code: 'INPUT.INVALID',
        message: checked.error.issues[0]?.message ?? 'Invalid input.',
        problems: checked.error.issues.map((issue) => ({
          code: 'INPUT.INVALID',
          message: issue.message,
          path: formatPath(issue.path),
        })),
      },
    };
  }
  let answer: unknown;
  try {
    answer = await bridgeInvoke(key, isRecord(checked.data) ? checked.data : {});
  } catch (error) {
    return {
      ok: false,
      error: { code: 'INTERNAL', message: error instanceof Error ? error.message : String(error) },
    };
  }
  if (isRecord(answer) && answer.ok === true && 'data' in answer) {
    // The backend answers with the contract's types; the contract is the trust boundary here.
    return { ok: true, data: answer.data as ResponseMap[K] };
  }
  if (isRecord(answer) && answer.ok === false)
    return { ok: false, error: toResolverError(answer.error) };
  return {
    ok: false,
    error: { code: 'INTERNAL', message: 'The app answered in an unexpected shape.' },
  };
}
