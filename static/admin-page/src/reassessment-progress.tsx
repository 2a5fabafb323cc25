// The re-assessment of open change requests after a save: how far it is, and how it ended.
import ProgressBar, { SuccessProgressBar } from '@atlaskit/progress-bar';
import { Stack, Text } from '@atlaskit/primitives';
import SectionMessage from '@atlaskit/section-message';
import type { ReassessmentProgress as Progress } from '../../../src/contract/ui-kit';
import { useAppEnv } from '../../shared/app-env';

export function ReassessmentProgress({
  progress,
  watching,
}: {
  progress: Progress | null;
  watching: boolean;
}) {
  const { t } = useAppEnv();
  if (progress === null) return null;
  const fraction = progress.total === 0 ? 1 : (progress.done + progress.failed) / progress.total;
  const counts = {
    done: progress.done,
    total: progress.total,
    failed: progress.failed,
    version: progress.configVersion ?? '?',
  };
  switch (progress.state) {
    case 'idle':
      return watching ? (
        <section aria-label={t('ui.admin.progress.label')}>
          <Stack space="space.075">
            <Text>{t('ui.admin.progress.starting')}</Text>
            <ProgressBar ariaLabel={t('ui.admin.progress.label')} isIndeterminate />
          </Stack>
        </section>
      ) : null;
    case 'running':
      return (
        <section aria-label={t('ui.admin.progress.label')}>
          <Stack space="space.075">
            <Text>{t('ui.admin.progress.running', counts)}</Text>
            <ProgressBar ariaLabel={t('ui.admin.progress.label')} value={fraction} />
          </Stack>
        </section>
      );
    case 'done':
      return (
        <SectionMessage
          appearance={progress.failed > 0 ? 'warning' : 'success'}
          title={t('ui.admin.progress.doneTitle', counts)}
        >
          <Stack space="space.075">
            <Text>
              {progress.failed > 0
                ? t('ui.admin.progress.doneWithFailures', counts)
                : t('ui.admin.progress.done', counts)}
            </Text>
            <SuccessProgressBar ariaLabel={t('ui.admin.progress.label')} value={1} />
          </Stack>
        </SectionMessage>
      );
    default: {
      const _exhaustive: never = progress.state;
      return _exhaustive;
    }
  }
}
