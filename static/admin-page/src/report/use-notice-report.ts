// Loads the notice report one quarter per call, so a big site's report arrives with its progress
// shown and no call comes near a UI call's time limit; the quarters are then put together.
import { useCallback, useRef, useState } from 'react';
import type { NoticeReportView } from '../../../../src/contract/report-contract';
import type { ResolverError } from '../../../../src/contract/ui-kit';
import { invoke } from '../../../shared/invoke';
import { quartersOf } from './quarter-range';

export type ReportState =
  | { kind: 'idle' }
  | { kind: 'loading'; done: number; total: number }
  | { kind: 'failed'; error: ResolverError }
  | { kind: 'ready'; report: NoticeReportView };

/** The quarter answers as one report: tiers in order, each tier's quarters oldest first. */
export function mergeQuarters(parts: readonly NoticeReportView[]): NoticeReportView {
  const tiers = [...new Set(parts.flatMap((part) => part.tiers))].sort((a, b) => a - b);
  const names = new Map(
    parts.flatMap((part) => part.tierNames.map((entry) => [entry.tier, entry])),
  );
  const quarters = parts.flatMap((part) => part.quarters);
  const rows = parts
    .flatMap((part) => part.rows)
    .sort((a, b) => a.tier - b.tier || quarters.indexOf(a.quarter) - quarters.indexOf(b.quarter));
  return {
    quarters,
    tiers,
    rows,
    tierNames: tiers.map((tier) => names.get(tier) ?? { tier, name: { 'en-US': String(tier) } }),
    asOf: parts.at(-1)?.asOf ?? '',
  };
}

export function useNoticeReport() {
  const [state, setState] = useState<ReportState>({ kind: 'idle' });
  // A newer request wins: answers of one asked before it are dropped.
  const generation = useRef(0);

  const load = useCallback(async (from: string, to: string) => {
    const mine = ++generation.current;
    const quarters = quartersOf(from, to);
    const parts: NoticeReportView[] = [];
    setState({ kind: 'loading', done: 0, total: quarters.length });
    for (const quarter of quarters) {
      const answer = await invoke('getNoticeReport', { fromQuarter: quarter, toQuarter: quarter });
      if (mine !== generation.current) return;
      if (!answer.ok) {
        setState({ kind: 'failed', error: answer.error });
        return;
      }
      parts.push(answer.data);
      setState({ kind: 'loading', done: parts.length, total: quarters.length });
    }
    setState({ kind: 'ready', report: mergeQuarters(parts) });
  }, []);

  return { state, load };
}
