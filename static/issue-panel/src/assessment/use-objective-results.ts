// The post-launch form's state: a measured value per objective (as typed), the outcome and a note,
// what is wrong with them, and saving them with `recordObjectiveResults`.
import { useEffect, useMemo, useState } from 'react';
import type { Outcome } from '../../../../src/contract/intake-fields';
import {
  objectiveVerdict,
  type ObjectiveResultsView,
  type ObjectiveVerdict,
} from '../../../../src/contract/outcome-contract';
import type { ResolverError } from '../../../../src/contract/ui-kit';
import { useT } from '../../../shared/app-env';
import { invoke } from '../../../shared/invoke';

export interface ResultsDraft {
  /** Objective id → the measured value as typed; empty is "not measured yet". */
  measured: Readonly<Record<string, string>>;
  outcome: Outcome | '';
  note: string;
}

const measuredNumber = (text: string | undefined): number | null => {
  if (text === undefined || text.trim() === '') return null;
  const value = Number(text);
  return Number.isFinite(value) ? value : null;
};

function draftOf(results: ObjectiveResultsView): ResultsDraft {
  const recorded = results.recorded;
  const measured: Record<string, string> = {};
  for (const objective of results.objectives) {
    const value = recorded?.results.find((r) => r.objective.id === objective.id)?.measured;
    measured[objective.id] = value === undefined || value === null ? '' : String(value);
  }
  return { measured, outcome: recorded?.outcome ?? '', note: recorded?.note ?? '' };
}

export function useObjectiveResults(
  results: ObjectiveResultsView,
  onRecorded: (next: ObjectiveResultsView) => void,
) {
  const t = useT();
  const saved = useMemo(() => draftOf(results), [results]);
  const [draft, setDraft] = useState<ResultsDraft>(saved);
  const [dirty, setDirty] = useState(false);
  const [attempted, setAttempted] = useState(false);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<ResolverError | null>(null);
  const [announcement, setAnnouncement] = useState('');
  useEffect(() => {
    if (!dirty) setDraft(saved);
  }, [saved, dirty]);

  /** The verdict each objective gets with the value typed so far: the same rule the backend records. */
  const verdicts = useMemo(
    () =>
      new Map<string, ObjectiveVerdict>(
        results.objectives.map((o) => [
          o.id,
          objectiveVerdict(o, measuredNumber(draft.measured[o.id])),
        ]),
      ),
    [results.objectives, draft.measured],
  );
  const outcomeProblem =
    attempted && draft.outcome === '' ? t('ui.objectives.results.outcomeRequired') : null;

  const change = (next: Partial<ResultsDraft>) => {
    setDraft((current) => ({ ...current, ...next }));
    setDirty(true);
  };

  const save = async () => {
    setAttempted(true);
    setError(null);
    if (draft.outcome === '') {
      setAnnouncement(t('ui.objectives.results.outcomeRequired'));
      document.getElementById('objective-results-outcome')?.querySelector('input')?.focus();
      return;
    }
    setSaving(true);
    const answer = await invoke('recordObjectiveResults', {
      outcome: draft.outcome,
      note: draft.note,
      results: results.objectives.map((o) => ({
        objectiveId: o.id,
        measured: measuredNumber(draft.measured[o.id]),
      })),
    });
    setSaving(false);
    if (!answer.ok) {
      setError(answer.error);
      return;
    }
    setDirty(false);
    setAttempted(false);
    setAnnouncement(t('ui.objectives.results.saved'));
    onRecorded(answer.data);
  };

  return {
    draft,
    dirty,
    saving,
    error,
    announcement,
    verdicts,
    outcomeProblem,
    change,
    reset: () => {
      setDraft(saved);
      setDirty(false);
      setAttempted(false);
      setError(null);
    },
    save: () => void save(),
  };
}
