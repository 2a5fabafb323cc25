// The Change Request panel: the assessment at a glance, then tabs for why, tickets, what-if and intake.
import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import { Box, Inline, Stack, Text, xcss } from '@atlaskit/primitives';
import SectionMessage from '@atlaskit/section-message';
import Tabs, { Tab, TabList, TabPanel } from '@atlaskit/tabs';
import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import type { IssueView, ResolverError } from '../../../src/contract/resolver-contract';
import type { Problem } from '../../../src/domain/result';
import { useAppEnv } from '../../shared/app-env';
import { indexProblems } from '../../shared/problems';
import { invoke } from '../../shared/invoke';
import { ErrorState, Loading } from '../../shared/states';
import { localize } from '../../../src/domain/localized';
import { AssessmentDetails } from './assessment/assessment-details';
import { AssessmentHeadline } from './assessment/assessment-headline';
import { focusField } from './intake/field-focus';
import { checkDraft, draftFromIntake, intakePatch, type IntakeDraft } from './intake/intake-draft';
import { ApprovalsTable } from './tickets/approvals-table';
import { CommsTimeline } from './tickets/comms-timeline';
import { ticketsPending, useIssueView } from './use-issue-view';

// The intake form and the what-if are a tab away and carry most of the panel's weight (date
// picker, toggles, tags): they load on first use so the assessment shows sooner.
const IntakeForm = lazy(() =>
  import('./intake/intake-form').then((m) => ({ default: m.IntakeForm })),
);
const WhatIfPanel = lazy(() =>
  import('./what-if/what-if-panel').then((m) => ({ default: m.WhatIfPanel })),
);

const grow = xcss({ flexGrow: 1 });

const TAB = { assessment: 0, tickets: 1, whatIf: 2, intake: 3 } as const;

export function IssuePanel() {
  const { t } = useAppEnv();
  const { state, reload, retry, replace } = useIssueView();
  switch (state.kind) {
    case 'loading':
      return <Loading label={t('ui.panel.loading')} />;
    case 'failed':
      // Not being a change request is an empty state, not an error.
      if (state.error.code === 'ISSUE.NOT_CHANGE_REQUEST') return <NotChangeRequest />;
      return <ErrorState error={state.error} onRetry={retry} />;
    case 'ready':
      if (!state.view.isChangeRequest) return <NotChangeRequest />;
      return (
        <ChangeRequestPanel
          view={state.view}
          refreshing={state.refreshing}
          onReload={reload}
          onSaved={replace}
        />
      );
    default: {
      const _exhaustive: never = state;
      return _exhaustive;
    }
  }
}

interface ChangeRequestPanelProps {
  view: IssueView;
  refreshing: boolean;
  onReload: () => void;
  onSaved: (view: IssueView) => void;
}

function ChangeRequestPanel({ view, refreshing, onReload, onSaved }: ChangeRequestPanelProps) {
  const { t, locale } = useAppEnv();
  const saved = useMemo(() => draftFromIntake(view.intake), [view.intake]);
  const [draft, setDraft] = useState<IntakeDraft>(saved);
  const [dirty, setDirty] = useState(false);
  const [attempted, setAttempted] = useState(false);
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
  const assessed = view.assessment?.status === 'assessed' ? view.assessment : null;
  const [tab, setTab] = useState<number>(assessed ? TAB.assessment : TAB.intake);

  // A refreshed view replaces the form only while the user has not started editing.
  useEffect(() => {
    if (!dirty) setDraft(saved);
  }, [saved, dirty]);

  const criterionIds = useMemo(() => view.config.criteria.map((c) => c.id), [view.config]);
  const draftProblems = useMemo(() => checkDraft(draft, criterionIds), [draft, criterionIds]);
  // What is still unanswered shows on its field once the user has tried to save, or when the
  // saved intake is a draft; answering a field clears its message at once.
  const showIncomplete = attempted || view.assessment?.status === 'needs-input';
  const clientProblems = useMemo(
    () =>
      draftProblems
        .filter((p) => p.kind === 'blocking' || showIncomplete)
        .map((p) => ({ code: p.kind, path: p.path, message: t(p.messageKey) })),
    [draftProblems, showIncomplete, t],
  );
  const problems = useMemo(
    () => indexProblems(clientProblems, serverProblems),
    [clientProblems, serverProblems],
  );
  const blockingCount =
    serverProblems.length + clientProblems.filter((p) => p.code === 'blocking').length;
  const incompleteCount = clientProblems.filter((p) => p.code === 'incomplete').length;

  const change = useCallback((next: IntakeDraft) => {
    setDraft(next);
    setDirty(true);
    // The backend's verdict was about the old values; the browser's own checks take over.
    setServerProblems([]);
  }, []);

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
    if (answer.ok) {
      setDirty(false);
      setServerProblems([]);
      onSaved(answer.data);
      const result = answer.data.assessment;
      if (result?.status === 'assessed') {
        setAttempted(false);
        setAnnouncement(
          t('ui.panel.intake.savedTier', {
            tier: result.tier,
            name: localize(result.tierName, locale),
          }),
        );
        setTab(TAB.assessment);
        return;
      }
      // Saved as a draft: guide the user to what the assessment still needs.
      const missing = draftProblems.filter((p) => p.kind === 'incomplete');
      setAnnouncement(t('ui.panel.intake.savedDraft', { count: missing.length }));
      const firstMissing = missing[0];
      if (firstMissing) setFocusRequest(firstMissing.path);
      return;
    }
    const fieldProblems = (answer.error.problems ?? []).filter((p) => p.path);
    if (
      (answer.error.code === 'INTAKE.INVALID' || answer.error.code === 'INPUT.INVALID') &&
      fieldProblems.length > 0
    ) {
      // `segments[2]` is shown on the segments field; a refused text gets the sentence in the user's language.
      const onField = (path: string | undefined) =>
        (path ?? '').replace(/^intake\./, '').replace(/\[\d+\]$/, '');
      setServerProblems(
        fieldProblems.map((p) => ({
          ...p,
          path: onField(p.path),
          message:
            p.code === 'INTAKE.INVALID_TEXT' ? t('ui.panel.validation.invalidText') : p.message,
        })),
      );
      setAnnouncement(t('ui.panel.intake.problemsTitle', { count: fieldProblems.length }));
      const firstPath = fieldProblems[0]?.path;
      if (firstPath) setFocusRequest(onField(firstPath));
      return;
    }
    setSaveError(answer.error);
  };

  const pending = ticketsPending(view);

  return (
    <Stack space="space.200">
      <div role="status" aria-live="polite" className="cg-visually-hidden">
        {announcement}
      </div>
      {/* The host titles the panel; the heading is for screen readers finding their way. */}
      <h1 className="cg-visually-hidden">{t('ui.panel.heading', { key: view.issueKey })}</h1>
      <Inline spread="space-between" alignBlock="start" space="space.100">
        <Box xcss={grow}>
          <AssessmentHeadline assessment={view.assessment} config={view.config} />
        </Box>
        <Button appearance="subtle" isLoading={refreshing} onClick={onReload}>
          {t('ui.common.refresh')}
        </Button>
      </Inline>
      {saveError && <ErrorState error={saveError} />}
      <Tabs
        id="cg-panel-tabs"
        selected={tab}
        onChange={(index) => {
          setTab(index);
        }}
      >
        <TabList>
          <Tab>{t('ui.panel.tabs.assessment')}</Tab>
          <Tab>{t('ui.panel.tabs.tickets')}</Tab>
          <Tab>{t('ui.panel.tabs.whatIf')}</Tab>
          <Tab>{t('ui.panel.tabs.intake')}</Tab>
        </TabList>
        <TabPanel>
          <div className="cg-tab-panel">
            {assessed ? (
              <AssessmentDetails assessment={assessed} view={view} />
            ) : (
              <NeedsIntake
                onOpen={() => {
                  setTab(TAB.intake);
                }}
              />
            )}
          </div>
        </TabPanel>
        <TabPanel>
          <div className="cg-tab-panel">
            <Stack space="space.300">
              {pending && (
                <SectionMessage appearance="information" title={t('ui.panel.tickets.pendingTitle')}>
                  <Text>{t('ui.panel.tickets.pendingBody')}</Text>
                </SectionMessage>
              )}
              <section aria-labelledby="cg-approvals-heading">
                <Stack space="space.100">
                  <Heading size="small" as="h3" id="cg-approvals-heading">
                    {t('ui.panel.tickets.approvalsHeading')}
                  </Heading>
                  <ApprovalsTable approvals={view.approvals} />
                </Stack>
              </section>
              <section aria-labelledby="cg-comms-heading">
                <Stack space="space.100">
                  <Heading size="small" as="h3" id="cg-comms-heading">
                    {t('ui.panel.tickets.commsHeading')}
                  </Heading>
                  <CommsTimeline comms={view.comms} />
                </Stack>
              </section>
            </Stack>
          </div>
        </TabPanel>
        <TabPanel>
          <div className="cg-tab-panel">
            {assessed ? (
              <Suspense fallback={<Loading label={t('ui.panel.loading')} />}>
                <WhatIfPanel assessment={assessed} config={view.config} />
              </Suspense>
            ) : (
              <NeedsIntake
                onOpen={() => {
                  setTab(TAB.intake);
                }}
              />
            )}
          </div>
        </TabPanel>
        <TabPanel>
          <div className="cg-tab-panel">
            <Suspense fallback={<Loading label={t('ui.panel.loading')} />}>
              <IntakeForm
                config={view.config}
                draft={draft}
                problems={problems}
                blockingCount={blockingCount}
                incompleteCount={incompleteCount}
                canEdit={view.canEdit}
                saving={saving}
                dirty={dirty}
                suggestedHistory={assessed?.suggestedHistoryAnswer ?? null}
                onChange={change}
                onSubmit={() => void save()}
                onReset={() => {
                  setDraft(saved);
                  setDirty(false);
                  setAttempted(false);
                  setServerProblems([]);
                }}
              />
            </Suspense>
          </div>
        </TabPanel>
      </Tabs>
    </Stack>
  );
}

function NotChangeRequest() {
  const { t } = useAppEnv();
  return (
    <SectionMessage appearance="information" title={t('ui.panel.notChangeRequest.title')}>
      <Text>{t('ui.panel.notChangeRequest.body')}</Text>
    </SectionMessage>
  );
}

function NeedsIntake({ onOpen }: { onOpen: () => void }) {
  const { t } = useAppEnv();
  return (
    <Stack space="space.100">
      <Text>{t('ui.panel.noAssessment.body')}</Text>
      <Box>
        <Button appearance="primary" onClick={onOpen}>
          {t('ui.panel.noAssessment.open')}
        </Button>
      </Box>
    </Stack>
  );
}
