// The intake being edited in the panel: the draft, what is wrong with it (the browser's checks and
// the backend's verdict), saving it, and where focus and the screen reader go afterwards.
import { useCallback, useEffect, useMemo, useState } from 'react';
import {
  localize,
  type IssueView,
  type Problem,
  type ResolverError,
} from '../../../../src/contract/ui-kit';
import { useAppEnv } from '../../../shared/app-env';
import { invoke } from '../../../shared/invoke';
import { indexProblems } from '../../../shared/problems';
import { focusField } from './field-focus';
import { intakeProblemText } from './intake-problem-text';
import {
  changedPaths,
  checkDraft,
  draftFromIntake,
  intakePatch,
  type IntakeDraft,
} from './intake-draft';

interface IntakeEditorOptions {
  view: IssueView;
  /** The view the save answered with, to show in place of the old one. */
  onSaved: (view: IssueView) => void;
  /** The save tiered the change: the user wants to see the assessment now. */
  onAssessed: () => void;
}

/** `segments[2]` is shown on the segments field. */
const onField = (path: string | undefined) =>
  (path ?? '').replace(/^intake\./, '').replace(/\[\d+\]$/, '');

export function useIntakeEditor({ view, onSaved, onAssessed }: IntakeEditorOptions) {
  const { t, locale } = useAppEnv();
  const saved = useMemo(() => draftFromIntake(view.intake), [view.intake]);
  const [draft, setDraft] = useState<IntakeDraft>(saved);
  const [dirty, setDirty] = useState(false);
  const [attempted, setAttempted] = useState(false);
  /** Fields the user changed: an unanswered field turns red only once touched, or after a save was tried. */
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [serverProblems, setServerProblems] = useState<Problem[]>([]);
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<ResolverError | null>(null);
  const [announcement, setAnnouncement] = useState('');
  // Focus moves after the render that re-enables the fields (a disabled input cannot take it).
  const [focusRequest, setFocusRequest] = useState<string | null>(null);
  useEffect(() => {
    if (focusRequest === null || saving) return;
    focusField(focusRequest);
    setFocusRequest(null);
  }, [focusRequest, saving]);

  // A refreshed view replaces the form only while the user has not started editing.
  useEffect(() => {
    if (!dirty) setDraft(saved);
  }, [saved, dirty]);

  const criterionIds = useMemo(() => view.config.criteria.map((c) => c.id), [view.config]);
  const draftProblems = useMemo(() => checkDraft(draft, criterionIds), [draft, criterionIds]);
  // What is still unanswered shows on its field once the user touched it or tried to save: a new
  // request does not open all red. Answering a field clears its message at once.
  const clientProblems = useMemo(
    () =>
      draftProblems
        .filter(
          (p) =>
            (p.kind === 'blocking' && p.quietUntilTouched !== true) ||
            attempted ||
            touched.has(p.path),
        )
        .map((p) => ({ code: p.kind, path: p.path, message: t(p.messageKey) })),
    [draftProblems, attempted, touched, t],
  );
  /** Every field the assessment still needs, touched or not: the notice lists them and counts that list. */
  const incompletePaths = useMemo(
    () => [...new Set(draftProblems.filter((p) => p.kind === 'incomplete').map((p) => p.path))],
    [draftProblems],
  );
  const problems = useMemo(
    () => indexProblems(clientProblems, serverProblems),
    [clientProblems, serverProblems],
  );

  const change = useCallback((next: IntakeDraft) => {
    setDraft((current) => {
      const paths = changedPaths(current, next);
      if (paths.length > 0) setTouched((before) => new Set([...before, ...paths]));
      return next;
    });
    setDirty(true);
    // The backend's verdict was about the old values; the browser's own checks take over.
    setServerProblems([]);
  }, []);

  const reset = () => {
    setDraft(saved);
    setDirty(false);
    setAttempted(false);
    setTouched(new Set());
    setServerProblems([]);
  };

  /** Guides the user to what the backend refused, field by field; false when it refused no field. */
  const showRefusal = (error: ResolverError): boolean => {
    const fieldProblems = (error.problems ?? []).filter((p) => p.path);
    if (
      (error.code !== 'INTAKE.INVALID' && error.code !== 'INPUT.INVALID') ||
      fieldProblems.length === 0
    )
      return false;
    setServerProblems(
      fieldProblems.map((p) => ({
        ...p,
        path: onField(p.path),
        // The backend's verdict in the user's language, from its code and parameters.
        message: intakeProblemText(p, t),
      })),
    );
    setAnnouncement(t('ui.panel.intake.problemsTitle', { count: fieldProblems.length }));
    const firstPath = fieldProblems[0]?.path;
    if (firstPath) setFocusRequest(onField(firstPath));
    return true;
  };

  const showSaved = (next: IssueView) => {
    setDirty(false);
    setServerProblems([]);
    onSaved(next);
    const result = next.assessment;
    if (result?.status === 'assessed') {
      setAttempted(false);
      setTouched(new Set());
      setAnnouncement(
        t('ui.panel.intake.savedTier', {
          tier: result.tier,
          name: localize(result.tierName, locale),
        }),
      );
      onAssessed();
      return;
    }
    // Saved as a draft: guide the user to what the assessment still needs.
    const missing = draftProblems.filter((p) => p.kind === 'incomplete');
    setAnnouncement(t('ui.panel.intake.savedDraft', { count: missing.length }));
    const firstMissing = missing[0];
    if (firstMissing) setFocusRequest(firstMissing.path);
  };

  const save = async () => {
    setAttempted(true);
    setSaveError(null);
    const blocking = draftProblems.filter((p) => p.kind === 'blocking');
    const firstBlocking = blocking[0];
    if (firstBlocking) {
      setAnnouncement(t('ui.panel.intake.problemsTitle', { count: blocking.length }));
      setFocusRequest(firstBlocking.path);
      return;
    }
    setSaving(true);
    const answer = await invoke('saveIntake', { intake: intakePatch(saved, draft) });
    setSaving(false);
    if (answer.ok) showSaved(answer.data);
    else if (!showRefusal(answer.error)) setSaveError(answer.error);
  };

  return {
    draft,
    dirty,
    saving,
    saveError,
    announcement,
    problems,
    blockingCount:
      serverProblems.length + clientProblems.filter((p) => p.code === 'blocking').length,
    incompletePaths,
    change,
    reset,
    save: () => void save(),
  };
}
