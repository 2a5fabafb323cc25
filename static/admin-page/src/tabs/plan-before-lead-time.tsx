// Warns, without blocking the save, where a tier's comms plan starts earlier than its lead time:
// changes of that tier then need the plan's days, more than the lead time the tier shows.
import SectionMessage from '@atlaskit/section-message';
import { Text } from '@atlaskit/primitives';
import type { GovernanceConfig } from '../../../../src/contract/ui-kit';
import { useT } from '../../../shared/app-env';
import { useConfigChecks } from '../use-config-checks';

interface PlanBeforeLeadTimeProps {
  config: GovernanceConfig;
  tier: number;
}

export function PlanBeforeLeadTime({ config, tier }: PlanBeforeLeadTimeProps) {
  const t = useT();
  const checks = useConfigChecks();
  const warning = checks?.configWarnings(config).find((w) => w.params.tier === tier);
  if (!warning) return null;
  const values = {
    tier,
    days: -warning.params.earliestOffsetDays,
    lead: warning.params.leadTimeDays,
  };
  return (
    <SectionMessage
      appearance="warning"
      testId={`cfg-plan-before-lead-time-${String(tier)}`}
      title={t('ui.admin.comms.planBeforeLeadTimeTitle', values)}
    >
      <Text>{t('ui.admin.comms.planBeforeLeadTime', values)}</Text>
    </SectionMessage>
  );
}
