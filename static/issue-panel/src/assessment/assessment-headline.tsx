// The answer in one line above everything else: tier, score and lead time, or what is missing.
import Heading from '@atlaskit/heading';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import SectionMessage from '@atlaskit/section-message';
import { type Assessment, localize, type PanelConfig } from '../../../../src/contract/ui-kit';
import { useAppEnv } from '../../../shared/app-env';
import { fieldName } from './field-names';
import { LeadTimeLozenge } from './lead-time-status';
import { TierLozenge } from '../../../shared/tier-lozenge';

/**
 * A request with no intake yet is missing "the intake" as well as each of its fields: the fields say it all, so
 * the list (and any count of it) names each thing to answer once.
 */
const shownMissing = (missing: readonly string[]): readonly string[] =>
  missing.length > 1 ? missing.filter((path) => path !== 'intake') : missing;

export function AssessmentHeadline({
  assessment,
  config,
}: {
  assessment: Assessment | null;
  config: PanelConfig;
}) {
  const { t, locale } = useAppEnv();
  if (assessment === null) {
    return (
      <SectionMessage appearance="information" title={t('ui.panel.noAssessment.title')}>
        <Text>{t('ui.panel.noAssessment.body')}</Text>
      </SectionMessage>
    );
  }
  switch (assessment.status) {
    case 'needs-input':
      return (
        <SectionMessage appearance="warning" title={t('ui.panel.needsInput.title')}>
          <Stack space="space.100">
            <Text>{t('ui.panel.needsInput.body')}</Text>
            <ul className="cg-list">
              {shownMissing(assessment.missing).map((path) => (
                <li key={path}>{fieldName(path, config, t, locale)}</li>
              ))}
            </ul>
          </Stack>
        </SectionMessage>
      );
    case 'assessed':
      return (
        <Stack space="space.100">
          <Inline space="space.150" alignBlock="center" shouldWrap>
            <Heading size="medium" as="h2">
              <span className="cg-visually-hidden">{t('ui.panel.assessment.resultLabel')} </span>
              {localize(assessment.tierName, locale)}
            </Heading>
            <TierLozenge tier={assessment.tier} name={assessment.tierName} config={config} />
            <Text weight="bold">{t('ui.panel.assessment.score', { score: assessment.score })}</Text>
            <LeadTimeLozenge leadTime={assessment.leadTime} />
          </Inline>
          <Text color="color.text.subtlest" size="small">
            {t('ui.panel.assessment.configVersion', { version: assessment.configVersion })}
          </Text>
        </Stack>
      );
    default: {
      const _exhaustive: never = assessment;
      return _exhaustive;
    }
  }
}
