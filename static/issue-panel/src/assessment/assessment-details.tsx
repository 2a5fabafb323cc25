// Why the change got its tier and what that tier means.
import { Stack } from '@atlaskit/primitives';
import type { Assessed, IssueView } from '../../../../src/contract/ui-kit';
import { useT } from '../../../shared/app-env';
import { TitledSection } from '../../../shared/titled-section';
import { CalendarWarnings } from './calendar-warnings';
import { EffectsList } from './effects-list';
import { EscalationsList } from './escalations-list';
import { GateStatus } from './gate-status';
import { LeadTimeSection } from './lead-time-status';
import { ObjectiveResults } from './objective-results';
import { ScoreBreakdown } from './score-breakdown';
import { SimilarChanges } from './similar-changes';
import { TouchedJourney } from './touched-journey';

export function AssessmentDetails({ assessment, view }: { assessment: Assessed; view: IssueView }) {
  const t = useT();
  return (
    <Stack space="space.300">
      <ObjectiveResults view={view} />
      <CalendarWarnings
        warnings={view.calendarWarnings}
        assessment={assessment}
        config={view.config}
      />
      <TitledSection id="cg-gates-heading" title={t('ui.panel.gates.heading')}>
        <GateStatus view={view} assessment={assessment} />
      </TitledSection>
      <LeadTimeSection id="cg-lead-heading" assessment={assessment} />
      <TitledSection id="cg-points-heading" title={t('ui.panel.assessment.whyHeading')}>
        <ScoreBreakdown assessment={assessment} config={view.config} />
      </TitledSection>
      <TitledSection
        id="cg-escalations-heading"
        title={t('ui.panel.assessment.escalationsHeading')}
      >
        <EscalationsList assessment={assessment} config={view.config} />
      </TitledSection>
      <TitledSection id="cg-effects-heading" title={t('ui.panel.assessment.effectsHeading')}>
        <EffectsList effects={assessment.effects} />
      </TitledSection>
      <TouchedJourney view={view} assessment={assessment} />
      <TitledSection id="cg-similar-heading" title={t('ui.panel.similar.heading')}>
        <SimilarChanges changes={assessment.similarChanges} journey={view.config.journey} />
      </TitledSection>
    </Stack>
  );
}
