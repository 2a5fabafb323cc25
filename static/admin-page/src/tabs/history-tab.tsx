// Version history with what changed, a read-only view of any old version, restore, and the
// configuration as a JSON file (export/import).
import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import SectionMessage from '@atlaskit/section-message';
import { useCallback, useEffect, useRef, useState, type ChangeEvent } from 'react';
import type {
  ConfigVersionSummary,
  ImportPreview,
  ResolverError,
  StoredConfig,
} from '../../../../src/contract/ui-kit';
import { useAppEnv } from '../../../shared/app-env';
import { DataTable } from '../../../shared/data-table';
import { formatTimestamp } from '../../../shared/dates';
import { invoke } from '../../../shared/invoke';
import { ErrorState, Loading } from '../../../shared/states';
import { describeChange } from '../config-words';
import { ImportReview } from '../history/import-review';
import { RestoreConfirmation } from '../history/restore-confirmation';
import { VersionView } from '../history/version-view';

// The column headings of the version list, before its actions column.
const HEADINGS = ['version', 'savedAt', 'savedBy', 'changes'] as const;

interface PendingImport {
  file: string;
  json: string;
  preview: ImportPreview;
}

type ListState =
  | { kind: 'loading' }
  | { kind: 'failed'; error: ResolverError }
  | { kind: 'ready'; versions: ConfigVersionSummary[] };

interface HistoryTabProps {
  /** The version in force as the page knows it. */
  inForce: StoredConfig;
  dirty: boolean;
  /** A restore or an import stored a new version. */
  onStored: (stored: StoredConfig) => void;
  /** Someone else saved first: the page offers to reload. */
  onConflict: (error: ResolverError) => void;
}

function download(fileName: string, json: string): void {
  const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Give the browser a moment to start the download before the URL goes away.
  window.setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 1000);
}

export function HistoryTab({ inForce, dirty, onStored, onConflict }: HistoryTabProps) {
  const baseVersion = inForce.version;
  const { t, locale, context } = useAppEnv();
  const [list, setList] = useState<ListState>({ kind: 'loading' });
  const [confirming, setConfirming] = useState<number | null>(null);
  const [viewing, setViewing] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ResolverError | null>(null);
  const [notice, setNotice] = useState('');
  const fileInput = useRef<HTMLInputElement>(null);
  const [review, setReview] = useState<PendingImport | null>(null);

  const load = useCallback(async () => {
    setList({ kind: 'loading' });
    const answer = await invoke('listConfigVersions', {});
    setList(
      answer.ok
        ? { kind: 'ready', versions: [...answer.data].sort((a, b) => b.version - a.version) }
        : { kind: 'failed', error: answer.error },
    );
  }, []);

  useEffect(() => {
    void load();
  }, [load, baseVersion]);

  const stored = (
    answer: Awaited<ReturnType<typeof invoke<'restoreConfigVersion'>>>,
    message: string,
  ) => {
    if (answer.ok) {
      setNotice(message);
      setViewing(null);
      onStored(answer.data);
      return;
    }
    if (answer.error.code === 'CONFIG.VERSION_CONFLICT') onConflict(answer.error);
    else setError(answer.error);
  };

  const restore = async (version: number) => {
    setConfirming(null);
    setBusy(true);
    setError(null);
    const answer = await invoke('restoreConfigVersion', { version, baseVersion });
    setBusy(false);
    stored(answer, t('ui.admin.history.restored', { version }));
  };

  const exportJson = async () => {
    setError(null);
    const answer = await invoke('exportConfig', {});
    if (answer.ok) download(answer.data.fileName, answer.data.json);
    else setError(answer.error);
  };

  // An upload is only previewed; the version is saved when the admin confirms the review.
  const importFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.currentTarget.files?.[0];
    event.currentTarget.value = '';
    if (!file) return;
    setBusy(true);
    setError(null);
    setReview(null);
    const json = await file.text();
    const answer = await invoke('previewImport', { json });
    setBusy(false);
    if (answer.ok) setReview({ file: file.name, json, preview: answer.data });
    else setError(answer.error);
  };

  const confirmImport = async (pending: PendingImport) => {
    setBusy(true);
    const answer = await invoke('importConfig', { json: pending.json, baseVersion });
    setBusy(false);
    setReview(null);
    stored(answer, t('ui.admin.history.imported', { file: pending.file }));
  };

  return (
    <Stack space="space.300">
      <div role="status" aria-live="polite" className="cg-visually-hidden">
        {notice}
      </div>
      {dirty && (
        <SectionMessage appearance="warning" title={t('ui.admin.history.unsavedTitle')}>
          <Text>{t('ui.admin.history.unsaved')}</Text>
        </SectionMessage>
      )}
      {error && <ErrorState error={error} />}
      {confirming !== null && confirming !== viewing && (
        <RestoreConfirmation
          version={confirming}
          onCancel={() => {
            setConfirming(null);
          }}
          onConfirm={() => void restore(confirming)}
        />
      )}

      <section aria-labelledby="cfg-transfer-title">
        <Stack space="space.100">
          <Heading size="small" as="h3" id="cfg-transfer-title">
            {t('ui.admin.history.transferTitle')}
          </Heading>
          <Text>{t('ui.admin.history.transferIntro')}</Text>
          <Inline space="space.100" alignBlock="center" shouldWrap>
            <Button onClick={() => void exportJson()}>{t('ui.admin.history.export')}</Button>
            <label htmlFor="cfg-import-file" className="cg-visually-hidden">
              {t('ui.admin.history.importFile')}
            </label>
            <input
              id="cfg-import-file"
              ref={fileInput}
              type="file"
              tabIndex={-1}
              accept="application/json,.json"
              className="cg-visually-hidden"
              onChange={(event) => void importFile(event)}
            />
            <Button
              isLoading={busy}
              onClick={() => {
                fileInput.current?.click();
              }}
            >
              {t('ui.admin.history.import')}
            </Button>
          </Inline>
          {review && (
            <ImportReview
              file={review.file}
              preview={review.preview}
              busy={busy}
              onConfirm={() => void confirmImport(review)}
              onCancel={() => {
                setReview(null);
                setNotice(t('ui.admin.import.cancelled'));
              }}
            />
          )}
        </Stack>
      </section>

      <section aria-labelledby="cfg-versions-title">
        <Stack space="space.100">
          <Heading size="small" as="h3" id="cfg-versions-title">
            {t('ui.admin.history.versionsTitle')}
          </Heading>
          {viewing !== null && (
            <VersionView
              version={viewing}
              inForce={inForce}
              busy={busy}
              confirming={confirming === viewing}
              onAskRestore={() => {
                setConfirming(viewing);
              }}
              onConfirmRestore={() => void restore(viewing)}
              onCancelRestore={() => {
                setConfirming(null);
              }}
              onClose={() => {
                const closed = viewing;
                setViewing(null);
                setConfirming(null);
                // Back to the button that opened it.
                window.setTimeout(() => {
                  document.getElementById(`cfg-view-${String(closed)}`)?.focus();
                }, 0);
              }}
            />
          )}
          {list.kind === 'loading' && <Loading label={t('ui.admin.history.loading')} />}
          {list.kind === 'failed' && <ErrorState error={list.error} onRetry={() => void load()} />}
          {list.kind === 'ready' && (
            <DataTable
              caption={t('ui.admin.history.caption')}
              columns={[
                ...HEADINGS.map((key) => t(`ui.admin.history.${key}`)),
                {
                  label: (
                    <span className="cg-visually-hidden">{t('ui.admin.history.actions')}</span>
                  ),
                },
              ]}
            >
              {list.versions.map((version) => (
                <tr key={version.version}>
                  <th scope="row">
                    {version.version === baseVersion
                      ? t('ui.admin.history.current', { version: version.version })
                      : String(version.version)}
                  </th>
                  <td className="cg-nowrap">
                    {formatTimestamp(version.savedAt, locale, context.timezone)}
                  </td>
                  <td>{version.savedBy}</td>
                  <td>
                    {version.changes.length === 0 ? (
                      <Text color="color.text.subtlest">
                        {version.version === 1
                          ? t('ui.admin.history.firstVersion')
                          : t('ui.admin.history.noChanges')}
                      </Text>
                    ) : (
                      <ul className="cg-list">
                        {version.changes.map((change, index) => (
                          <li key={index}>{describeChange(t, change)}</li>
                        ))}
                      </ul>
                    )}
                  </td>
                  <td>
                    {version.version !== baseVersion && (
                      <Inline space="space.050" shouldWrap>
                        <Button
                          id={`cfg-view-${String(version.version)}`}
                          appearance="subtle"
                          isSelected={viewing === version.version}
                          onClick={() => {
                            setConfirming(null);
                            setViewing(version.version);
                          }}
                        >
                          {t('ui.admin.history.view', { version: version.version })}
                        </Button>
                        <Button
                          appearance="subtle"
                          isDisabled={busy}
                          onClick={() => {
                            setConfirming(version.version);
                          }}
                        >
                          {t('ui.admin.history.restore', { version: version.version })}
                        </Button>
                      </Inline>
                    )}
                  </td>
                </tr>
              ))}
            </DataTable>
          )}
        </Stack>
      </section>
    </Stack>
  );
}
