import type { GovernancePorts } from '../governance/ports';
import { runSetup } from '../governance/setup';

/** Install or upgrade: make sure the issue types and a configuration exist. Safe to repeat. */
export async function handleLifecycle(ports: GovernancePorts): Promise<void> {
  const report = await runSetup(ports, { projectKey: null, actor: 'app-lifecycle' });
  console.info(`Change Governance setup: ${report.steps.map((s) => s.detail).join(' ')}`);
}
