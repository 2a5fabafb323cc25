/** The app's storage as the core sees it: a port, so the same code runs on Forge KVS or in tests. */
export interface KeyValueStore {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown, options?: { ttlSeconds?: number }): Promise<void>;
  /** Writes only when the key is absent; false when it exists. Atomic: the basis of every lock. */
  setIfAbsent(key: string, value: unknown, options?: { ttlSeconds?: number }): Promise<boolean>;
  delete(key: string): Promise<void>;
  /** Keys starting with a prefix, in key order. */
  listByPrefix(prefix: string, limit?: number): Promise<Array<{ key: string; value: unknown }>>;
}

/** KVS keys allow a limited alphabet; issue keys and dates fit, anything else is made to. */
export const storageKey = (...parts: Array<string | number>): string =>
  parts.map((part) => String(part).replace(/[^a-zA-Z0-9._-]/g, '_')).join(':');
