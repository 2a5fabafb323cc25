// The stored configuration, the admin's draft of the next version, and every problem with it:
// the domain's own validation on each edit, and the backend's answer on save.
import { useCallback, useEffect, useMemo, useState } from 'react';
import type {
  GovernanceConfig,
  Problem,
  ResolverError,
  StoredConfig,
} from '../../../src/contract/ui-kit';
import { useT } from '../../shared/app-env';
import { invoke } from '../../shared/invoke';
import { describeProblem } from './config-words';
import { useConfigChecks } from './use-config-checks';
import { indexProblems } from '../../shared/problems';

export type DraftState =
  | { kind: 'loading' }
  | { kind: 'failed'; error: ResolverError }
  | { kind: 'ready'; stored: StoredConfig; draft: GovernanceConfig };

export type SaveOutcome =
  | { kind: 'saved'; stored: StoredConfig }
  | { kind: 'conflict'; error: ResolverError }
  | { kind: 'invalid' }
  | { kind: 'failed'; error: ResolverError };

export function useConfigDraft() {
  const [state, setState] = useState<DraftState>({ kind: 'loading' });
  const [serverProblems, setServerProblems] = useState<Problem[]>([]);

  const load = useCallback(async () => {
    setState({ kind: 'loading' });
    setServerProblems([]);
    const answer = await invoke('getConfig', {});
    setState(
      answer.ok
        ? { kind: 'ready', stored: answer.data, draft: structuredClone(answer.data.config) }
        : { kind: 'failed', error: answer.error },
    );
  }, []);

  useEffect(() => {
    void load();
  }, [load]);

  const draft = state.kind === 'ready' ? state.draft : null;
  const checks = useConfigChecks();
  const localProblems = useMemo(() => {
    if (draft === null || checks === null) return [];
    const result = checks.validateConfig(draft);
    return result.ok ? [] : result.problems;
  }, [draft, checks]);
  // Every problem in the admin's words, so each field and the summary read the same sentence.
  const t = useT();
  const problemList = useMemo(
    () =>
      [...localProblems, ...serverProblems].map((problem) => ({
        ...problem,
        message: describeProblem(t, problem),
      })),
    [localProblems, serverProblems, t],
  );
  const problems = useMemo(() => indexProblems(problemList), [problemList]);

  const dirty =
    state.kind === 'ready' && JSON.stringify(state.draft) !== JSON.stringify(state.stored.config);

  // A reload or a closed tab would lose the draft: the browser asks first.
  useEffect(() => {
    if (!dirty) return undefined;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = t('ui.admin.unloadWarning');
    };
    window.addEventListener('beforeunload', warn);
    return () => {
      window.removeEventListener('beforeunload', warn);
    };
  }, [dirty, t]);

  const edit = useCallback((next: GovernanceConfig) => {
    setState((current) => (current.kind === 'ready' ? { ...current, draft: next } : current));
    // The backend judged the previous draft; the domain's checks speak for this one.
    setServerProblems([]);
  }, []);

  const adopt = useCallback((stored: StoredConfig) => {
    setServerProblems([]);
    setState({ kind: 'ready', stored, draft: structuredClone(stored.config) });
  }, []);

  const discard = useCallback(() => {
    setServerProblems([]);
    setState((current) =>
      current.kind === 'ready'
        ? { ...current, draft: structuredClone(current.stored.config) }
        : current,
    );
  }, []);

  const save = useCallback(async (): Promise<SaveOutcome> => {
    if (state.kind !== 'ready') return { kind: 'invalid' };
    if (localProblems.length > 0) return { kind: 'invalid' };
    const answer = await invoke('saveConfig', {
      config: state.draft,
      baseVersion: state.stored.version,
    });
    if (answer.ok) {
      adopt(answer.data);
      return { kind: 'saved', stored: answer.data };
    }
    const { error } = answer;
    if (error.code === 'CONFIG.VERSION_CONFLICT') return { kind: 'conflict', error };
    if (
      (error.code === 'CONFIG.INVALID' || error.code === 'INPUT.INVALID') &&
      (error.problems?.length ?? 0) > 0
    ) {
      setServerProblems(
        (error.problems ?? []).map((p) => ({
          ...p,
          path: (p.path ?? '').replace(/^config\./, ''),
        })),
      );
      return { kind: 'invalid' };
    }
    return { kind: 'failed', error };
  }, [state, localProblems, adopt]);

  return { state, problems, problemList, dirty, edit, adopt, discard, save, reload: load };
}
