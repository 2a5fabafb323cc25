// Loads the change request's view and keeps it fresh while the app is still creating its tickets.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { IssueView, ResolverError } from '../../../src/contract/ui-kit';
import { invoke } from '../../shared/invoke';

export type ViewState =
  | { kind: 'loading' }
  | { kind: 'failed'; error: ResolverError }
  | { kind: 'ready'; view: IssueView; refreshing: boolean };

/** Tickets are created after the assessment (by events, possibly queued): poll a while for them. */
const POLL_MS = 2000;
const MAX_POLLS = 20;

export const ticketsPending = (view: IssueView): boolean =>
  view.assessment?.status === 'assessed' &&
  (view.approvals.length === 0 ||
    view.approvals.some((a) => a.key === null) ||
    view.comms.some((c) => c.key === null));

export function useIssueView() {
  const [state, setState] = useState<ViewState>({ kind: 'loading' });
  const polls = useRef(0);

  const load = useCallback(async (mode: 'initial' | 'refresh') => {
    if (mode === 'initial') setState({ kind: 'loading' });
    else
      setState((current) =>
        current.kind === 'ready' ? { ...current, refreshing: true } : current,
      );
    const answer = await invoke('getIssueView', {});
    setState((current) => {
      if (answer.ok) return { kind: 'ready', view: answer.data, refreshing: false };
      // A failed background refresh keeps what the user sees; only a first load shows the error.
      return current.kind === 'ready' && mode === 'refresh'
        ? { ...current, refreshing: false }
        : { kind: 'failed', error: answer.error };
    });
  }, []);

  const replace = useCallback((view: IssueView) => {
    polls.current = 0;
    setState({ kind: 'ready', view, refreshing: false });
  }, []);

  useEffect(() => {
    void load('initial');
  }, [load]);

  const pending = state.kind === 'ready' && !state.refreshing && ticketsPending(state.view);
  useEffect(() => {
    if (!pending || polls.current >= MAX_POLLS) return;
    const timer = window.setTimeout(() => {
      polls.current += 1;
      void load('refresh');
    }, POLL_MS);
    return () => {
      window.clearTimeout(timer);
    };
  }, [pending, load, state]);

  return {
    state,
    reload: () => {
      polls.current = 0;
      void load('refresh');
    },
    retry: () => void load('initial'),
    replace,
  };
}
