// The admin page: the save bar and problem list over tabs for setup, each part of the
// configuration, a live preview and the version history.
import Badge from '@atlaskit/badge';
import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import SectionMessage, { SectionMessageAction } from '@atlaskit/section-message';
import Tabs, { Tab, TabList, TabPanel } from '@atlaskit/tabs';
import { useState, type ReactNode } from 'react';
import type { ResolverError, StoredConfig } from '../../../src/contract/ui-kit';
import { useAppEnv } from '../../shared/app-env';
import { formatTimestamp } from '../../shared/dates';
import { countUnder, type ProblemIndex } from '../../shared/problems';
import { ErrorState, Loading } from '../../shared/states';
import { plural } from './config-words';
import { focusPath, TABS, type TabId } from './paths';
import { ProblemsSummary } from './problems-summary';
import { ReassessmentProgress } from './reassessment-progress';
import { CommsTab } from './tabs/comms-tab';
import { CriteriaTab } from './tabs/criteria-tab';
import { CalendarRulesTab } from './tabs/calendar-rules-tab';
import { HistoryTab } from './tabs/history-tab';
import { JourneyTab } from './tabs/journey-tab';
import { PreviewTab } from './tabs/preview-tab';
import { ReportTab } from './tabs/report-tab';
import { RolesTab } from './tabs/roles-tab';
import { ScoringTab } from './tabs/scoring-tab';
import { SetupTab } from './tabs/setup-tab';
import { TiersTab } from './tabs/tiers-tab';
import { useConfigDraft } from './use-config-draft';
import { useReassessment } from './use-reassessment';

/** The configuration paths each tab edits, to count its problems on the tab itself. */
const TAB_PATHS: Record<TabId, readonly string[]> = {
  setup: [],
  tiers: ['tiers'],
  criteria: ['criteria'],
  scoring: ['thresholds', 'escalations'],
  roles: ['roles', 'tierRoles', 'emergency.approverRole', 'approvalStatuses'],
  comms: ['commsPlans', 'emergency.review'],
  journey: ['journey'],
  calendar: ['calendar'],
  report: [],
  preview: [],
  history: [],
};

const problemsIn = (index: ProblemIndex, tab: TabId): number =>
  TAB_PATHS[tab].reduce((sum, path) => sum + countUnder(index, path), 0);

export function AdminPage() {
  const { t, locale, context } = useAppEnv();
  const { state, problems, problemList, dirty, edit, adopt, discard, save, reload } =
    useConfigDraft();
  const { progress, watching, watch } = useReassessment();
  const [tab, setTab] = useState<TabId>('setup');
  const [saving, setSaving] = useState(false);
  const [conflict, setConflict] = useState<ResolverError | null>(null);
  const [failure, setFailure] = useState<ResolverError | null>(null);
  const [announcement, setAnnouncement] = useState('');

  if (state.kind === 'loading') return <Loading label={t('ui.admin.loading')} />;
  if (state.kind === 'failed') {
    // Setup must stay reachable when there is no configuration yet.
    return (
      <Stack space="space.200">
        <Heading size="large" as="h1">
          {t('ui.admin.title')}
        </Heading>
        <ErrorState error={state.error} onRetry={() => void reload()} />
        {/* A non-admin would only be refused again by the setup, and read the same error twice. */}
        {state.error.code !== 'AUTH.FORBIDDEN' && <SetupTab onSetUp={() => void reload()} />}
      </Stack>
    );
  }

  const { stored, draft } = state;
  const goTo = (target: TabId, path: string) => {
    setTab(target);
    // The tab's fields exist only after it renders.
    window.setTimeout(() => {
      focusPath(path);
    }, 50);
  };
  const adoptStored = (next: StoredConfig, message: string) => {
    adopt(next);
    setConflict(null);
    setAnnouncement(message);
    watch();
  };
  const onSave = async () => {
    setSaving(true);
    setFailure(null);
    const outcome = await save();
    setSaving(false);
    switch (outcome.kind) {
      case 'saved':
        setConflict(null);
        setAnnouncement(t('ui.admin.saved', { version: outcome.stored.version }));
        watch();
        return;
      case 'conflict':
        setConflict(outcome.error);
        return;
      case 'invalid':
        setAnnouncement(t('ui.admin.problems.title', { count: problemList.length || 1 }));
        document.getElementById('cfg-problems')?.focus();
        return;
      case 'failed':
        setFailure(outcome.error);
        return;
      default: {
        const _exhaustive: never = outcome;
        return _exhaustive;
      }
    }
  };

  const label = (id: TabId): ReactNode => {
    const count = problemsIn(problems, id);
    return (
      <Inline space="space.050" alignBlock="center">
        {t(`ui.admin.tabs.${id}`)}
        {count > 0 && (
          <>
            <Badge appearance="important">{count}</Badge>
            <span className="cg-visually-hidden">
              {plural(t, locale, 'ui.admin.problemCount', count)}
            </span>
          </>
        )}
      </Inline>
    );
  };
  const editor = { config: draft, problems, onChange: edit };
  const panels: Record<TabId, ReactNode> = {
    setup: <SetupTab />,
    tiers: <TiersTab {...editor} />,
    criteria: <CriteriaTab {...editor} />,
    scoring: <ScoringTab {...editor} />,
    roles: <RolesTab {...editor} />,
    comms: <CommsTab {...editor} />,
    journey: <JourneyTab {...editor} />,
    calendar: <CalendarRulesTab {...editor} />,
    report: <ReportTab />,
    preview: <PreviewTab config={draft} blocked={problemList.length > 0} />,
    history: (
      <HistoryTab
        inForce={stored}
        dirty={dirty}
        onStored={(next) => {
          adoptStored(next, t('ui.admin.saved', { version: next.version }));
        }}
        onConflict={setConflict}
      />
    ),
  };

  return (
    <Stack space="space.200">
      <div role="status" aria-live="polite" className="cg-visually-hidden">
        {announcement}
      </div>
      <Inline spread="space-between" alignBlock="center" shouldWrap space="space.100">
        <Stack space="space.050">
          {/* The product titles the page already; the heading stays for screen readers. */}
          <h1 className="cg-visually-hidden">{t('ui.admin.title')}</h1>
          <Text color="color.text.subtle">
            {t('ui.admin.versionLine', {
              version: stored.version,
              at: formatTimestamp(stored.savedAt, locale, context.timezone),
              by: stored.savedBy,
            })}
          </Text>
        </Stack>
        <Inline space="space.100" alignBlock="center">
          {dirty && <Text color="color.text.warning">{t('ui.admin.unsaved')}</Text>}
          <Button isDisabled={!dirty || saving} onClick={discard}>
            {t('ui.admin.discard')}
          </Button>
          <Button
            appearance="primary"
            isDisabled={!dirty}
            isLoading={saving}
            onClick={() => void onSave()}
          >
            {t('ui.admin.save')}
          </Button>
        </Inline>
      </Inline>

      {conflict && (
        <SectionMessage
          appearance="warning"
          title={t('ui.admin.conflict.title')}
          actions={
            <SectionMessageAction
              onClick={() => {
                setConflict(null);
                void reload();
              }}
            >
              {t('ui.admin.conflict.reload')}
            </SectionMessageAction>
          }
        >
          <Text>{t('ui.admin.conflict.body')}</Text>
        </SectionMessage>
      )}
      {failure && <ErrorState error={failure} />}
      <ReassessmentProgress progress={progress} watching={watching} />
      <ProblemsSummary problems={problemList} onGoTo={goTo} />

      <Tabs
        id="cfg-tabs"
        selected={TABS.indexOf(tab)}
        onChange={(index) => {
          setTab(TABS[index] ?? 'setup');
        }}
      >
        <TabList>
          {TABS.map((id) => (
            <Tab key={id}>{label(id)}</Tab>
          ))}
        </TabList>
        {TABS.map((id) => (
          <TabPanel key={id}>
            <div className="cg-tab-panel">{id === tab ? panels[id] : null}</div>
          </TabPanel>
        ))}
      </Tabs>
    </Stack>
  );
}
