// The Change Request panel: the assessment at a glance, then tabs for why, tickets, what-if and intake.
import Button from '@atlaskit/button/new';
import { Box, Inline, Stack, Text, xcss } from '@atlaskit/primitives';
import SectionMessage from '@atlaskit/section-message';
import Tabs, { Tab, TabList, TabPanel } from '@atlaskit/tabs';
import { lazy, Suspense, useState, type ReactNode } from 'react';
import type { IssueView } from '../../../src/contract/ui-kit';
import { useAppEnv, useT } from '../../shared/app-env';
import { ErrorState, Loading } from '../../shared/states';
import { AssessmentDetails } from './assessment/assessment-details';
import { ApproverSummary } from './approver/approver-summary';
import { AssessmentHeadline } from './assessment/assessment-headline';
import { useIntakeEditor } from './intake/use-intake-editor';
import { TicketsTab } from './tickets/tickets-tab';
import { useIssueView } from './use-issue-view';

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
  const { t } = useAppEnv();
  const assessed = view.assessment?.status === 'assessed' ? view.assessment : null;
  const [tab, setTab] = useState<number>(assessed ? TAB.assessment : TAB.intake);
  const editor = useIntakeEditor({
    view,
    onSaved,
    onAssessed: () => {
      setTab(TAB.assessment);
    },
  });
  const openIntake = () => {
    setTab(TAB.intake);
  };

  return (
    <Stack space="space.200">
      {view.approvalOf && <ApproverSummary view={view} approvalOf={view.approvalOf} />}
      <div role="status" aria-live="polite" className="cg-visually-hidden">
        {editor.announcement}
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
      {editor.saveError && <ErrorState error={editor.saveError} />}
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
        <PanelTab>
          {assessed ? (
            <AssessmentDetails assessment={assessed} view={view} />
          ) : (
            <NeedsIntake onOpen={openIntake} />
          )}
        </PanelTab>
        <PanelTab>
          <TicketsTab view={view} onChanged={onSaved} />
        </PanelTab>
        <PanelTab>
          {assessed ? (
            <Lazy>
              <WhatIfPanel assessment={assessed} config={view.config} />
            </Lazy>
          ) : (
            <NeedsIntake onOpen={openIntake} />
          )}
        </PanelTab>
        <PanelTab>
          <Lazy>
            <IntakeForm
              config={view.config}
              draft={editor.draft}
              problems={editor.problems}
              blockingCount={editor.blockingCount}
              incompletePaths={editor.incompletePaths}
              canEdit={view.canEdit}
              saving={editor.saving}
              dirty={editor.dirty}
              suggestedHistory={assessed?.suggestedHistoryAnswer ?? null}
              onChange={editor.change}
              onSubmit={editor.save}
              onReset={editor.reset}
            />
          </Lazy>
        </PanelTab>
      </Tabs>
    </Stack>
  );
}

function PanelTab({ children }: { children: ReactNode }) {
  return (
    <TabPanel>
      <div className="cg-tab-panel">{children}</div>
    </TabPanel>
  );
}

/** A tab whose code loads on first use shows the panel's loading state meanwhile. */
function Lazy({ children }: { children: ReactNode }) {
  const t = useT();
  return <Suspense fallback={<Loading label={t('ui.panel.loading')} />}>{children}</Suspense>;
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
