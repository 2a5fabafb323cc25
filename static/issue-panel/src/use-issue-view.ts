// Loads the change request's view and keeps it fresh: while the app is still creating its tickets, whenever Jira
// says the issue changed (another user's decision), and it tells Jira's issue view after the app's own writes.
import { events, view as hostView } from '@forge/bridge';
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

/** The keys of the app's tickets: when they change, Jira's own sub-tasks and links list is out of date. */
const ticketKeys = (view: IssueView): string =>
  [...view.approvals, ...view.comms].map((r) => r.key ?? '').join(',');

/** Jira's issue view shows the issue's sub-tasks and links itself: it reloads them when asked. */
const refreshHost = () => {
  hostView.refresh().catch(() => undefined);
};

export function useIssueView() {
  const [state, setState] = useState<ViewState>({ kind: 'loading' });
  const polls = useRef(0);
  const shown = useRef(state);
  shown.current = state;

  const load = useCallback(async (mode: 'initial' | 'refresh') => {
    if (mode === 'initial') setState({ kind: 'loading' });
    else
      setState((current) =>
        current.kind === 'ready' ? { ...current, refreshing: true } : current,
      );
    const answer = await invoke('getIssueView', {});
    const before = shown.current;
    // Tickets the app created meanwhile are new sub-tasks and links in Jira's view too.
    if (answer.ok && before.kind === 'ready' && ticketKeys(before.view) !== ticketKeys(answer.data))
      refreshHost();
    setState((current) => {
      if (answer.ok) return { kind: 'ready', view: answer.data, refreshing: false };
      // A failed background refresh keeps what the user sees; only a first load shows the error.
      return current.kind === 'ready' && mode === 'refresh'
        ? { ...current, refreshing: false }
        : { kind: 'failed', error: answer.error };
    });
  }, []);

  /** The view an app write (a save, asking again) answered with: Jira's issue view shows what it changed too. */
  const replace = useCallback((next: IssueView) => {
    polls.current = 0;
    setState({ kind: 'ready', view: next, refreshing: false });
    refreshHost();
  }, []);

  useEffect(() => {
    void load('initial');
  }, [load]);

  // Another user's change (an approver's decision) reaches the panel without Refresh.
  useEffect(() => {
    const subscription = events.on('JIRA_ISSUE_CHANGED', () => {
      void load('refresh');
    });
    return () => {
      subscription
        .then((s) => {
          s.unsubscribe();
        })
        .catch(() => undefined);
    };
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
