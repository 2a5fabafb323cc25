// Rules that lifted the tier above what the score alone gives.
import { Text } from '@atlaskit/primitives';
import { ruleMatches } from '../../../../src/contract/escalation-checks';
import { type Assessed, localize, type PanelConfig } from '../../../../src/contract/ui-kit';
import { useAppEnv } from '../../../shared/app-env';
import { TierLozenge } from '../../../shared/tier-lozenge';

export function EscalationsList({
  assessment,
  config,
}: {
  assessment: Assessed;
  config: PanelConfig;
}) {
  const { t, locale } = useAppEnv();
  if (assessment.escalations.length === 0) {
    // A rule whose conditions hold but whose tier the score already reached did apply, it just lifted nothing.
    const answers = new Map(assessment.points.map((p) => [p.criterion, p.answer]));
    const held = config.escalations.filter((rule) => ruleMatches(rule, answers));
    if (held.length === 0)
      return <Text>{t('ui.panel.assessment.noEscalation', { tier: assessment.scoreTier })}</Text>;
    return (
      <ul className="cg-list">
        {held.map((rule) => (
          <li key={rule.id}>
            <Text>
              {t('ui.panel.assessment.escalationAlreadyMet', {
                rule: localize(rule.description, locale),
                minimum: rule.minimumTier,
                tier: assessment.scoreTier,
              })}
            </Text>
          </li>
        ))}
      </ul>
    );
  }
  return (
    <ul className="cg-list">
      {assessment.escalations.map((applied) => {
        const rule = config.escalations.find((r) => r.id === applied.ruleId);
        return (
          <li key={applied.ruleId}>
            <TierLozenge tier={applied.minimumTier} config={config} />{' '}
            <Text>{rule ? localize(rule.description, locale) : applied.ruleId}</Text>{' '}
            <Text color="color.text.subtlest" size="small">
              ({applied.ruleId})
            </Text>
          </li>
        );
      })}
    </ul>
  );
}
