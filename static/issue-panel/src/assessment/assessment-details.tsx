// Why the change got its tier and what that tier means.
import Heading from '@atlaskit/heading';
import { Stack } from '@atlaskit/primitives';
import type { IssueView } from '../../../../src/contract/resolver-contract';
import type { Assessed } from '../../../../src/domain/assess';
import { useAppEnv } from '../../../shared/app-env';
import { EffectsList } from './effects-list';
import { EscalationsList } from './escalations-list';
import { GateStatus } from './gate-status';
import { LeadTimeStatus } from './lead-time-status';
import { ScoreBreakdown } from './score-breakdown';
import { SimilarChanges } from './similar-changes';

export function AssessmentDetails({ assessment, view }: { assessment: Assessed; view: IssueView }) {
  const { t } = useAppEnv();
  return (
    <Stack space="space.300">
      <section aria-labelledby="cg-gates-heading">
        <Stack space="space.100">
          <Heading size="small" as="h3" id="cg-gates-heading">
            {t('ui.panel.gates.heading')}
          </Heading>
          <GateStatus view={view} assessment={assessment} />
        </Stack>
      </section>
      <section aria-labelledby="cg-lead-heading">
        <Stack space="space.100">
          <Heading size="small" as="h3" id="cg-lead-heading">
            {t('ui.panel.leadTime.heading')}
          </Heading>
          <LeadTimeStatus
            leadTime={assessment.leadTime}
            launchDate={assessment.launchDate}
            submittedOn={assessment.submittedOn}
            emergency={assessment.emergency}
          />
        </Stack>
      </section>
      <section aria-labelledby="cg-points-heading">
        <Stack space="space.100">
          <Heading size="small" as="h3" id="cg-points-heading">
            {t('ui.panel.assessment.whyHeading')}
          </Heading>
          <ScoreBreakdown assessment={assessment} config={view.config} />
        </Stack>
      </section>
      <section aria-labelledby="cg-escalations-heading">
        <Stack space="space.100">
          <Heading size="small" as="h3" id="cg-escalations-heading">
            {t('ui.panel.assessment.escalationsHeading')}
          </Heading>
          <EscalationsList assessment={assessment} config={view.config} />
        </Stack>
      </section>
      <section aria-labelledby="cg-effects-heading">
        <Stack space="space.100">
          <Heading size="small" as="h3" id="cg-effects-heading">
            {t('ui.panel.assessment.effectsHeading')}
          </Heading>
          <EffectsList effects={assessment.effects} />
        </Stack>
      </section>
      <section aria-labelledby="cg-similar-heading">
        <Stack space="space.100">
          <Heading size="small" as="h3" id="cg-similar-heading">
            {t('ui.panel.similar.heading')}
          </Heading>
          <SimilarChanges changes={assessment.similarChanges} />
        </Stack>
      </section>
    </Stack>
  );
}
