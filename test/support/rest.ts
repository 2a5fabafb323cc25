// A person's own Jira REST calls, as an outside client makes them (never logged, never faulted).
import type { Emulator } from '../../emulator';

export type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

/** The raw answer, for tests that assert a refusal. */
export const rest = (emu: Emulator, user: string, method: Method, path: string, body?: unknown) =>
  emu.rest(user, method, path, body);

/** A call that must succeed; the error names the caller, the call and Jira's answer. */
export async function restOk<T = unknown>(
  emu: Emulator,
  user: string,
  method: Method,
  path: string,
  body?: unknown,
): Promise<T> {
  const res = await emu.rest(user, method, path, body);
  if (res.status < 200 || res.status >= 300) {
    throw new Error(
      `${user}: ${method} ${path} → ${String(res.status)} ${JSON.stringify(res.body).slice(0, 500)}`,
    );
  }
  return res.body as T;
}

/** The short name the integration tests use for `restOk`. */
export const ok = restOk;
