// How far the current re-assessment run got, for the admin page: every discovered request is settled either by
// discovery's bulk write or by its lane's full pass.
import type { ReassessmentProgress } from '../contract/resolver-contract';
import type { GovernancePorts } from './ports';
import { CURRENT_RUN, LANES, laneSchema, pageSchema, runKey, runSchema } from './reassessment-jobs';

export async function reassessmentProgress(ports: GovernancePorts): Promise<ReassessmentProgress> {
  const run = runSchema.safeParse(await ports.store.get(CURRENT_RUN));
  if (!run.success) {
    return {
      state: 'idle',
      configVersion: null,
      total: 0,
      done: 0,
      failed: 0,
      startedAt: null,
      finishedAt: null,
    };
  }
  const version = run.data.configVersion;
  const pages = (await ports.store.listByPrefix(runKey(version, 'page') + ':', 1000))
    .map((r) => pageSchema.safeParse(r.value))
    .flatMap((p) => (p.success ? [p.data] : []));
  const lanes = (await ports.store.listByPrefix(runKey(version, 'lane') + ':', 1000 * LANES))
    .map((r) => laneSchema.safeParse(r.value))
    .flatMap((l) => (l.success ? [l.data] : []));
  // The lanes' keys of a page: those discovery did not settle with its bulk write.
  const forLanes = new Map(pages.map((p) => [p.page, p.governed ?? p.count - p.written]));
  // Lane `lane` holds the keys at positions lane, lane + LANES, … of a page's `count` keys.
  const share = (count: number, lane: number) => Math.max(0, Math.ceil((count - lane) / LANES));
  const total = pages.reduce((sum, p) => sum + p.count, 0);
  let settled = pages.reduce((sum, p) => sum + p.written, 0);
  let failed = 0;
  let finishedAt: string | null = null;
  for (const p of pages)
    if (p.at !== undefined && (finishedAt === null || p.at > finishedAt)) finishedAt = p.at;
  for (const l of lanes) {
    settled += Math.min(l.next, share(forLanes.get(l.page) ?? 0, l.lane));
    failed += l.failed;
    if (finishedAt === null || l.at > finishedAt) finishedAt = l.at;
  }
  const discovered = pages.some((p) => p.last);
  const finished = discovered && settled >= total;
  return {
    state: finished ? 'done' : 'running',
    configVersion: version,
    total,
    done: settled - failed,
    failed,
    startedAt: run.data.startedAt,
    finishedAt: finished ? (finishedAt ?? run.data.startedAt) : null,
  };
}
