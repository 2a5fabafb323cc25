import { storageKey, type KeyValueStore } from '../storage/key-value-store';

/**
 * A lease outlives the longest invocation that can hold it (900 s, the sweep's timeout), so a live
 * holder never loses it; a holder that crashed frees it when its lease runs out.
 */
const LEASE_MS = 15 * 60 * 1000;
/** Storage may delete the slot after this; until Forge actually does (up to 48 h later) the value's own lease decides. */
const SLOT_TTL_SECONDS = LEASE_MS / 1000 + 60;
const RERUN_TTL_SECONDS = SLOT_TTL_SECONDS;
const MAX_RERUNS = 5;

interface Lease {
  token: string;
  expiresAt: number;
}

const isLease = (value: unknown): value is Lease =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as Partial<Lease>).token === 'string' &&
  typeof (value as Partial<Lease>).expiresAt === 'number';

/**
 * The lock for one change request is a ladder of create-only slots, `lock:<issue>:<n>`, each
 * holding `{ token, expiresAt }`. Why not one key with a TTL: Forge keeps an expired value readable,
 * and blocking FAIL_IF_EXISTS writes, for up to 48 hours, and plain KVS has no compare-and-set, so a
 * crashed holder's key would block governance for two days and an unconditional unlock could remove
 * a lock someone else now holds. With slots:
 * - expiry is the value's own lease, never the TTL: a dead slot is stepped over by creating the
 *   next one, and create-only means exactly one contender gets each slot;
 * - every holder deletes only its own slot, so a slow holder can never release its successor's;
 * - after creating its slot a contender lists the ladder and backs off if any other live slot
 *   exists. Two contenders racing past a dead slot both see each other (each creates before it
 *   looks), so at most one holds; both may back off, which only defers the work to the re-run
 *   marker or the hourly sweep, never runs it twice at once.
 */
async function acquire(
  store: KeyValueStore,
  issueKey: string,
  now: () => number,
): Promise<string | undefined> {
  const prefix = `${storageKey('lock', issueKey)}:`;
  const slots = async () =>
    (await store.listByPrefix(prefix, 100))
      .map(({ key, value }) => ({ slot: Number(key.slice(prefix.length)), key, value }))
      .filter((s) => Number.isInteger(s.slot));
  const live = (value: unknown) => isLease(value) && value.expiresAt > now();

  const existing = await slots();
  if (existing.some((s) => live(s.value))) return undefined;
  const next = existing.reduce((top, s) => Math.max(top, s.slot + 1), 0);
  const key = `${prefix}${String(next)}`;
  const lease: Lease = { token: crypto.randomUUID(), expiresAt: now() + LEASE_MS };
  if (!(await store.setIfAbsent(key, lease, { ttlSeconds: SLOT_TTL_SECONDS }))) return undefined;
  const rivals = (await slots()).filter((s) => s.key !== key && live(s.value));
  if (rivals.length > 0) {
    await store.delete(key);
    return undefined;
  }
  return key;
}

/**
 * Runs `work` for one change request at a time. An event that arrives while another holds the lock
 * leaves a re-run request instead of waiting, so duplicate and concurrent deliveries collapse into
 * at most one more pass over the latest state. `now` is the clock leases are measured on.
 */
export async function exclusively<T>(
  store: KeyValueStore,
  issueKey: string,
  work: () => Promise<T>,
  now: () => number = Date.now,
): Promise<{ ran: true; result: T } | { ran: false }> {
  const rerunKey = storageKey('rerun', issueKey);
  let held = await acquire(store, issueKey, now);
  if (held === undefined) {
    await store.set(rerunKey, true, { ttlSeconds: RERUN_TTL_SECONDS });
    // The holder may have finished between our two steps; if so the re-run is ours to do.
    held = await acquire(store, issueKey, now);
    if (held === undefined) return { ran: false };
  }
  let result: T;
  try {
    await store.delete(rerunKey);
    result = await work();
  } finally {
    await store.delete(held);
  }
  for (let pass = 0; pass < MAX_RERUNS && (await store.get(rerunKey)) !== undefined; pass += 1) {
    const again = await acquire(store, issueKey, now);
    if (again === undefined) break;
    try {
      await store.delete(rerunKey);
      result = await work();
    } finally {
      await store.delete(again);
    }
  }
  return { ran: true, result };
}
