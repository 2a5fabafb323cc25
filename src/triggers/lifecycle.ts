import type { GovernancePorts } from '../governance/ports';
import { runRecordedSetup } from '../governance/setup-record';

/**
 * Install or upgrade: make sure the issue types and a configuration exist. Safe to repeat. A failure
 * (the site may not have granted the app's scopes yet) is recorded for the hourly sweep to retry, and
 * thrown so the platform retries the event meanwhile.
 */
export async function handleLifecycle(ports: GovernancePorts): Promise<void> {
  const detail = await runRecordedSetup(ports, 'app-lifecycle');
  console.info(`Change Governance setup: ${detail}`);
}
