import type { GovernancePorts } from '../governance/ports';
import type { JobQueue } from '../governance/reassessment';
import { resumeStalledReassessment } from '../governance/reassessment-resume';
import { catchUpSetup } from '../governance/setup-record';
import { sweepChangeRequests, type SweepEnd, type SweepReport } from '../governance/sweep';

/** The sweep function's `timeoutSeconds` in manifest.yml (Forge allows scheduled triggers up to 900 s). */
export const SWEEP_TIME_LIMIT_MS = 900_000;
/** Long enough to finish one change request under heavy throttling after the last one is started. */
export const SWEEP_RESERVE_MS = 120_000;

const MAX_LISTED = 20;

function describeEnd(end: SweepEnd): string {
  switch (end.kind) {
    case 'complete':
      return 'every selected change request was looked at';
    case 'time-budget':
      return `the time budget ran out (${String(end.notAttempted)} stale request(s) of the last page left to the next run)`;
    case 'search-failed':
      return `the search failed, the next run starts over: ${end.error}`;
    case 'quota-exhausted':
      return `Jira's hourly quota is spent until ${end.until} (${String(end.notAttempted)} stale request(s) left to the next run)`;
    default: {
      const _exhaustive: never = end;
      return `ended (${JSON.stringify(_exhaustive)})`;
    }
  }
}

export function describeSweep(report: SweepReport): string {
  const stale = Object.entries(report.stale)
    .filter(([, n]) => n > 0)
    .map(([reason, n]) => `${reason} ${String(n)}`)
    .join(', ');
  const list = (keys: readonly string[]) =>
    keys.length === 0
      ? ''
      : ` (${keys.slice(0, MAX_LISTED).join(' ')}${keys.length > MAX_LISTED ? ' …' : ''})`;
  return (
    `Governance sweep (config v${String(report.configVersion)}, ${report.selected === 'all' ? 'every open request' : 'what changed since the last run'}): ` +
    `${String(report.scanned)} open change ` +
    `request(s) in ${String(report.pages)} page(s); stale: ${stale || 'none'}; ` +
    `healed ${String(report.healed.length)}${list(report.healed)}, ` +
    `deferred ${String(report.deferred.length)}${list(report.deferred)}, ` +
    `failed ${String(report.failed.length)}${list(report.failed.map((f) => f.key))}, ` +
    `skipped ${String(report.skipped.length)}; ${describeEnd(report.end)}.`
  );
}

/**
 * Hourly (Forge may run it late and never retries a failed run): a setup that failed is run again, a
 * re-assessment that stalled on the async-events chain limit is resumed, and change requests whose
 * governance is unfinished are governed again; nothing waits for an edit.
 */
export async function handleSweep(
  ports: GovernancePorts,
  queue: JobQueue,
  nowMs: () => number = Date.now,
): Promise<SweepReport> {
  const started = nowMs();
  const setup = await catchUpSetup(ports);
  if (setup.kind === 'failed') {
    // Without the app's scopes nothing else can work either: the next run tries again.
    throw new Error(`Governance sweep: setup failed again: ${setup.error}`);
  }
  if (setup.kind === 'done') console.info('Governance sweep: completed the setup that had failed.');
  const resumed = await resumeStalledReassessment(ports, queue, nowMs());
  if (resumed.kind === 'resumed')
    console.info('Governance sweep: resumed a stalled re-assessment.');
  const report = await sweepChangeRequests(ports, {
    timeLeftMs: () => SWEEP_TIME_LIMIT_MS - (nowMs() - started),
    reserveMs: SWEEP_RESERVE_MS,
    nowMs,
    // A run under way re-assesses the older assessments itself; a stalled one was just resumed to do so.
    reassessmentRunning: resumed.kind === 'running' || resumed.kind === 'resumed',
  });
  console.info(describeSweep(report));
  for (const failure of report.failed)
    console.warn(`Governance sweep: ${failure.key} failed again: ${failure.error}`);
  return report;
}
