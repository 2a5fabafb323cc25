// The review of an uploaded configuration file before it is saved: every problem in the file on its
// place, or the changes against the version in force and how the re-assessment would move open
// change requests between tiers, with Confirm and Cancel.
import Button from '@atlaskit/button/new';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import SectionMessage from '@atlaskit/section-message';
import type { ImportPreview } from '../../../../src/contract/ui-kit';
import { useAppEnv } from '../../../shared/app-env';
import { describeChange, describeProblem, pathLabel, plural } from '../config-words';

interface ImportReviewProps {
  file: string;
  preview: ImportPreview;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

const tierText = (tier: number | null): string => (tier === null ? '—' : String(tier));

export function ImportReview({ file, preview, busy, onConfirm, onCancel }: ImportReviewProps) {
  const { t, locale } = useAppEnv();
  const { problems, reassessment } = preview;
  const cancel = (
    <Button onClick={onCancel} isDisabled={busy}>
      {t('ui.admin.import.cancel')}
    </Button>
  );
  if (problems.length > 0) {
    return (
      <section aria-label={t('ui.admin.import.title', { file })}>
        <SectionMessage
          appearance="error"
          title={plural(t, locale, 'ui.admin.import.problemsTitle', problems.length, { file })}
        >
          <Stack space="space.100">
            <Text>{t('ui.admin.import.problemsIntro')}</Text>
            <ul className="cg-list">
              {problems.map((problem, index) => (
                <li key={`${problem.path ?? ''}-${String(index)}`}>
                  <Text weight="bold">{pathLabel(t, problem.path ?? '')}</Text>
                  {': '}
                  {describeProblem(t, problem)}
                </li>
              ))}
            </ul>
            <Inline>{cancel}</Inline>
          </Stack>
        </SectionMessage>
      </section>
    );
  }
  return (
    <section aria-label={t('ui.admin.import.title', { file })} className="cg-import-review">
      <SectionMessage appearance="information" title={t('ui.admin.import.title', { file })}>
        <Stack space="space.150">
          {preview.migrated && <Text>{t('ui.admin.import.migrated')}</Text>}
          <section
            aria-label={t('ui.admin.import.changesTitle', { version: preview.inForceVersion })}
          >
            <Text weight="bold">
              {t('ui.admin.import.changesTitle', { version: preview.inForceVersion })}
            </Text>
            {preview.changes.length === 0 ? (
              <Text>{t('ui.admin.import.noChanges')}</Text>
            ) : (
              <ul className="cg-list">
                {preview.changes.map((change, index) => (
                  <li key={index}>{describeChange(t, change)}</li>
                ))}
              </ul>
            )}
          </section>
          <section aria-label={t('ui.admin.import.effectTitle')}>
            <Text weight="bold">{t('ui.admin.import.effectTitle')}</Text>
            {reassessment.measured === 0 ? (
              <Text>{t('ui.admin.import.effectNone')}</Text>
            ) : (
              <Stack space="space.050">
                <Text>
                  {plural(t, locale, 'ui.admin.import.effect', reassessment.measured, {
                    changed: reassessment.changes.length,
                  })}
                </Text>
                {reassessment.more && (
                  <Text color="color.text.subtle">
                    {t('ui.admin.import.effectSampled', { count: reassessment.measured })}
                  </Text>
                )}
                <ul className="cg-list">
                  {reassessment.changes.map((change) => (
                    <li key={change.key}>
                      {t('ui.admin.import.tierChange', {
                        key: change.key,
                        from: tierText(change.from),
                        to: tierText(change.to),
                      })}
                    </li>
                  ))}
                </ul>
              </Stack>
            )}
          </section>
          <Inline space="space.100">
            <Button appearance="primary" isLoading={busy} onClick={onConfirm}>
              {t('ui.admin.import.confirm')}
            </Button>
            {cancel}
          </Inline>
        </Stack>
      </SectionMessage>
    </section>
  );
}
