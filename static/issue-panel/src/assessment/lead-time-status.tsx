// Whether the launch leaves the tier's lead time, and the first date that would.
import Lozenge from '@atlaskit/lozenge';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import type { Assessed, LeadTime } from '../../../../src/contract/ui-kit';
import { useAppEnv, useT } from '../../../shared/app-env';
import { formatCalendarDate } from '../../../shared/dates';
import { TitledSection } from '../../../shared/titled-section';

export function LeadTimeLozenge({ leadTime }: { leadTime: LeadTime }) {
  const { t } = useAppEnv();
  return leadTime.compliant ? (
    <Lozenge appearance="success">{t('ui.panel.leadTime.compliant')}</Lozenge>
  ) : (
    <Lozenge appearance="removed">{t('ui.panel.leadTime.tooSoon')}</Lozenge>
  );
}

type LeadTimeFacts = Pick<Assessed, 'leadTime' | 'launchDate' | 'submittedOn' | 'emergency'>;

/** The lead-time part of an assessment under its own heading; `id` names the heading. */
export function LeadTimeSection({ id, assessment }: { id: string; assessment: LeadTimeFacts }) {
  const t = useT();
  return (
    <TitledSection id={id} title={t('ui.panel.leadTime.heading')}>
      <LeadTimeStatus {...assessment} />
    </TitledSection>
  );
}

function LeadTimeStatus({ leadTime, launchDate, submittedOn, emergency }: LeadTimeFacts) {
  const { t, locale } = useAppEnv();
  return (
    <Stack space="space.100">
      <Inline space="space.100" alignBlock="center" shouldWrap>
        <LeadTimeLozenge leadTime={leadTime} />
        <Text>
          {t('ui.panel.leadTime.summary', {
            launch: formatCalendarDate(launchDate, locale, 'long'),
            submitted: formatCalendarDate(submittedOn, locale, 'long'),
            actual: leadTime.actualDays,
            required: leadTime.requiredDays,
          })}
        </Text>
      </Inline>
      {!leadTime.compliant && (
        <Text weight="bold">
          {t('ui.panel.leadTime.earliest', {
            date: formatCalendarDate(leadTime.earliestCompliantLaunch, locale, 'long'),
          })}
        </Text>
      )}
      {emergency && (
        <Text>{t('ui.panel.leadTime.emergency', { justification: emergency.justification })}</Text>
      )}
    </Stack>
  );
}
