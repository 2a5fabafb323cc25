import { storageKey, type KeyValueStore } from '../storage/key-value-store';

/** Long enough for a tier-1 provisioning under throttling; short enough that a crashed holder frees it. */
const LOCK_TTL_SECONDS = 120;
const MAX_RERUNS = 5;

/**
 * Runs `work` for one change request at a time. An event that arrives while another holds the lock
 * leaves a re-run request instead of waiting, so duplicate and concurrent deliveries collapse into
 * at most one more pass over the latest state.
 */
export async function exclusively<T>(
  store: KeyValueStore,
  issueKey: string,
  work: () => Promise<T>,
): Promise<{ ran: true; result: T } | { ran: false }> {
  const lockKey = storageKey('lock', issueKey);
  const rerunKey = storageKey('rerun', issueKey);
  const acquire = () =>
    store.setIfAbsent(lockKey, { since: Date.now() }, { ttlSeconds: LOCK_TTL_SECONDS });

  if (!(await acquire())) {
    await store.set(rerunKey, true, { ttlSeconds: LOCK_TTL_SECONDS });
    // The holder may have finished between our two steps; if so the re-run is ours to do.
    if (!(await acquire())) return { ran: false };
  }
  let result: T;
  try {
    await store.delete(rerunKey);
    result = await work();
  } finally {
    await store.delete(lockKey);
  }
  for (let pass = 0; pass < MAX_RERUNS && (await store.get(rerunKey)) !== undefined; pass += 1) {
    if (!(await acquire())) break;
    try {
      await store.delete(rerunKey);
      result = await work();
    } finally {
      await store.delete(lockKey);
    }
  }
  return { ran: true, result };
}
