// Every REST call the shell makes goes through here, so every call carries the acting user.
import type { z } from 'zod';
import { httpErrorFrom } from './http-error';

export const USER_HEADER = 'x-emulator-user';

export type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

export interface Api {
  readonly accountId: string;
  get<T>(path: string, schema: z.ZodType<T>, signal?: AbortSignal): Promise<T>;
  send<T>(
    method: Method,
    path: string,
    body: unknown,
    schema: z.ZodType<T>,
    signal?: AbortSignal,
  ): Promise<T>;
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return { message: text.slice(0, 300) };
  }
}

export async function requestJson<T>(
  method: Method,
  path: string,
  options: { accountId?: string; body?: unknown; schema: z.ZodType<T>; signal?: AbortSignal },
): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.accountId !== undefined) headers[USER_HEADER] = options.accountId;
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(path, {
    method,
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
    signal: options.signal,
  });
  const body = await readJson(response);
  if (!response.ok) throw httpErrorFrom(response.status, body);
  const parsed = options.schema.safeParse(body);
  if (!parsed.success) {
    throw new Error(`Unexpected answer from ${method} ${path}: ${parsed.error.message}`);
  }
  return parsed.data;
}

export function createApi(accountId: string): Api {
  return {
    accountId,
    get: (path, schema, signal) => requestJson('GET', path, { accountId, schema, signal }),
    send: (method, path, body, schema, signal) =>
      requestJson(method, path, { accountId, body, schema, signal }),
  };
}
