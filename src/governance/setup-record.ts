import { z } from 'zod';
import { storageKey } from '../storage/key-value-store';
import type { GovernancePorts } from './ports';
import { runSetup } from './setup';

/**
 * Setup's outcome, kept in app storage. The installed event can arrive before the site has granted the
 * app its scopes (every Jira call answers 401/403 for a while) and the platform retries a trigger only
 * 4 times within seconds: a setup that failed is recorded, and the hourly sweep runs it again until done.
 */
const SETUP_RECORD = storageKey('setup', 'record');
const setupRecordSchema = z.discriminatedUnion('state', [
  z.object({ state: z.literal('done'), at: z.string() }),
  z.object({ state: z.literal('failed'), at: z.string(), error: z.string(), tries: z.number() }),
]);
export type SetupRecord = z.infer<typeof setupRecordSchema>;

export async function setupRecord(ports: GovernancePorts): Promise<SetupRecord | null> {
  const parsed = setupRecordSchema.safeParse(await ports.store.get(SETUP_RECORD));
  return parsed.success ? parsed.data : null;
}

/** Runs setup and records how it went; throws what setup threw, after recording it. */
export async function runRecordedSetup(ports: GovernancePorts, actor: string): Promise<string> {
  const before = await setupRecord(ports);
  try {
    const report = await runSetup(ports, { projectKey: null, actor });
    await ports.store.set(SETUP_RECORD, { state: 'done', at: ports.nowIso() });
    return report.steps.map((s) => s.detail).join(' ');
  } catch (error) {
    const tries = before?.state === 'failed' ? before.tries + 1 : 1;
    const message = (error instanceof Error ? error.message : String(error)).slice(0, 300);
    await ports.store.set(SETUP_RECORD, {
      state: 'failed',
      at: ports.nowIso(),
      error: message,
      tries,
    });
    throw error;
  }
}

export type SetupCatchUp =
  { kind: 'not-needed' } | { kind: 'done' } | { kind: 'failed'; error: string };

/** For the sweep: a setup recorded as failed is run again. */
export async function catchUpSetup(ports: GovernancePorts): Promise<SetupCatchUp> {
  const record = await setupRecord(ports);
  if (record?.state !== 'failed') return { kind: 'not-needed' };
  try {
    await runRecordedSetup(ports, 'app-sweep');
    return { kind: 'done' };
  } catch (error) {
    return { kind: 'failed', error: error instanceof Error ? error.message : String(error) };
  }
}
