// One-click setup: the app's issue types for a chosen project, and a report of what it did.
import Button from '@atlaskit/button/new';
import Lozenge from '@atlaskit/lozenge';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import SectionMessage from '@atlaskit/section-message';
import { useCallback, useEffect, useState } from 'react';
import type { ResolverError, SetupReport, SetupStatus } from '../../../../src/contract/ui-kit';
import { useAppEnv } from '../../../shared/app-env';
import { DataTable } from '../../../shared/data-table';
import { invoke } from '../../../shared/invoke';
import { ErrorState, Loading } from '../../../shared/states';
import { SelectField } from '../fields/select-field';

type StatusState =
  | { kind: 'loading' }
  | { kind: 'failed'; error: ResolverError }
  | { kind: 'ready'; status: SetupStatus };

/** `onSetUp`: setup finished (the page may now have a configuration to load). */
// The column headings of the project readiness table.
const PROJECT_HEADINGS = ['projectKey', 'projectName', 'projectReady'] as const;

export function SetupTab({ onSetUp }: { onSetUp?: () => void }) {
  const { t } = useAppEnv();
  const [state, setState] = useState<StatusState>({ kind: 'loading' });
  const [projectKey, setProjectKey] = useState('');
  const [running, setRunning] = useState(false);
  const [report, setReport] = useState<SetupReport | null>(null);
  const [runError, setRunError] = useState<ResolverError | null>(null);

  const load = useCallback(async () => {
    setState({ kind: 'loading' });
    const answer = await invoke('getSetupStatus', {});
    if (!answer.ok) {
      setState({ kind: 'failed', error: answer.error });
      return;
    }
    setState({ kind: 'ready', status: answer.data });
    setProjectKey(
      (current) =>
        current ||
        (answer.data.projects.find((p) => !p.hasChangeTypes) ?? answer.data.projects[0])?.key ||
        '',
    );
  }, []);

  useEffect(() => {
    void load();
  }, [load]);

  const run = async () => {
    setRunning(true);
    setRunError(null);
    const answer = await invoke('runSetup', { projectKey });
    setRunning(false);
    if (!answer.ok) {
      setRunError(answer.error);
      return;
    }
    setReport(answer.data);
    setState({ kind: 'ready', status: answer.data.status });
    onSetUp?.();
  };

  if (state.kind === 'loading') return <Loading label={t('ui.admin.setup.loading')} />;
  if (state.kind === 'failed')
    return <ErrorState error={state.error} onRetry={() => void load()} />;
  const { status } = state;
  const found = (id: string | null) =>
    id === null ? (
      <Lozenge appearance="removed">{t('ui.admin.setup.missing')}</Lozenge>
    ) : (
      <Lozenge appearance="success">{t('ui.admin.setup.present')}</Lozenge>
    );

  return (
    <Stack space="space.200">
      <Text>{t('ui.admin.setup.intro')}</Text>
      <dl className="cg-definitions">
        <div>
          <dt>{t('ui.admin.setup.changeRequestType')}</dt>
          <dd>{found(status.issueTypes.changeRequest)}</dd>
        </div>
        <div>
          <dt>{t('ui.admin.setup.changeApprovalType')}</dt>
          <dd>{found(status.issueTypes.changeApproval)}</dd>
        </div>
        <div>
          <dt>{t('ui.admin.setup.configVersion')}</dt>
          <dd>
            {status.configVersion === null
              ? t('ui.admin.setup.noConfig')
              : String(status.configVersion)}
          </dd>
        </div>
      </dl>
      <DataTable
        caption={t('ui.admin.setup.projectsCaption')}
        columns={PROJECT_HEADINGS.map((key) => t(`ui.admin.setup.${key}`))}
      >
        {status.projects.map((project) => (
          <tr key={project.key}>
            <th scope="row">{project.key}</th>
            <td>{project.name}</td>
            <td>
              {project.hasChangeTypes ? (
                <Lozenge appearance="success">{t('ui.admin.setup.ready')}</Lozenge>
              ) : (
                <Lozenge appearance="default">{t('ui.admin.setup.notReady')}</Lozenge>
              )}
            </td>
          </tr>
        ))}
      </DataTable>
      {status.projects.length > 0 ? (
        <Inline space="space.100" alignBlock="end">
          <div style={{ minWidth: 260 }}>
            <SelectField
              path="setup.project"
              label={t('ui.admin.setup.chooseProject')}
              options={status.projects.map((p) => ({
                value: p.key,
                label: `${p.name} (${p.key})`,
              }))}
              value={projectKey}
              problems={new Map()}
              onChange={setProjectKey}
            />
          </div>
          <Button
            appearance="primary"
            isDisabled={projectKey === ''}
            isLoading={running}
            onClick={() => void run()}
          >
            {t('ui.admin.setup.run')}
          </Button>
        </Inline>
      ) : (
        <Text>{t('ui.admin.setup.noProjects')}</Text>
      )}
      {runError && <ErrorState error={runError} />}
      {report && (
        <SectionMessage
          appearance="success"
          title={t('ui.admin.setup.reportTitle', { project: projectKey })}
        >
          <ul className="cg-list">
            {report.steps.map((step, index) => (
              <li key={index}>
                <Lozenge
                  appearance={
                    step.action === 'created' ||
                    step.action === 'added-to-scheme' ||
                    step.action === 'saved-config'
                      ? 'new'
                      : 'default'
                  }
                >
                  {t(`ui.admin.setup.actions.${step.action}`)}
                </Lozenge>{' '}
                {step.detail}
              </li>
            ))}
          </ul>
        </SectionMessage>
      )}
    </Stack>
  );
}
