// Can the change request be approved or scheduled yet, and if not, why: the reason is told in the
// user's language from the gate's code and the panel's own data (the domain's sentence is English).
import Lozenge from '@atlaskit/lozenge';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import {
  type ApprovalRow,
  type Assessed,
  type GateDecision,
  type IssueView,
  type Locale,
  localize,
} from '../../../../src/contract/ui-kit';
import { useAppEnv } from '../../../shared/app-env';
import { formatCalendarDate } from '../../../shared/dates';
import type { Translate } from '../../../shared/i18n';

type Blocked = Extract<GateDecision, { pass: false }>;

function reason(
  decision: Blocked,
  assessment: Assessed,
  approvals: readonly ApprovalRow[],
  t: Translate,
  locale: Locale,
): string {
  const who = (standing: ApprovalRow['standing']): string =>
    approvals
      .filter((row) => row.standing === standing)
      .map((row) => {
        const role = localize(row.roleName, locale);
        return row.key === null ? role : t('ui.panel.gates.withKey', { role, key: row.key });
      })
      .join(', ');
  switch (decision.code) {
    case 'GATE.APPROVALS_PENDING':
      return t('ui.panel.gates.reasons.pending', { who: who('pending') });
    case 'GATE.APPROVALS_DECLINED':
      return t('ui.panel.gates.reasons.declined', { who: who('declined') });
    case 'GATE.LEAD_TIME':
      return t('ui.panel.gates.reasons.leadTime', {
        launch: formatCalendarDate(assessment.launchDate, locale),
        actual: assessment.leadTime.actualDays,
        required: assessment.leadTime.requiredDays,
        earliest: formatCalendarDate(assessment.leadTime.earliestCompliantLaunch, locale),
      });
    case 'GATE.EMERGENCY_JUSTIFICATION':
      return t('ui.panel.gates.reasons.emergencyJustification', {
        launch: formatCalendarDate(assessment.launchDate, locale),
        actual: assessment.leadTime.actualDays,
        required: assessment.leadTime.requiredDays,
        earliest: formatCalendarDate(assessment.leadTime.earliestCompliantLaunch, locale),
      });
    case 'GATE.NOT_ASSESSED':
      return t('ui.panel.gates.reasons.notAssessed');
    case 'GATE.APPROVALS_INVALID':
      return t('ui.panel.gates.reasons.invalid', { who: who('invalid') });
    case 'GATE.FREEZE_WINDOW': {
      const window = decision.params?.freezeWindow;
      return t('ui.calendarRules.gates.freezeWindow', {
        launch: formatCalendarDate(assessment.launchDate, locale),
        window: window ? localize(window.name, locale) : '',
        start: window ? formatCalendarDate(window.start, locale) : '',
        end: window ? formatCalendarDate(window.end, locale) : '',
        earliest: window ? formatCalendarDate(window.earliestLaunch, locale) : '',
      });
    }
    default: {
      const _exhaustive: never = decision.code;
      return _exhaustive;
    }
  }
}

interface GateProps {
  label: string;
  decision: GateDecision;
  assessment: Assessed;
  approvals: readonly ApprovalRow[];
}

function Gate({ label, decision, assessment, approvals }: GateProps) {
  const { t, locale } = useAppEnv();
  return (
    <Stack space="space.050">
      <Inline space="space.100" alignBlock="center">
        <Text weight="bold">{label}</Text>
        {decision.pass ? (
          <Lozenge appearance="success">{t('ui.panel.gates.open')}</Lozenge>
        ) : (
          <Lozenge appearance="moved">{t('ui.panel.gates.blocked')}</Lozenge>
        )}
      </Inline>
      {!decision.pass && (
        <Text color="color.text.subtle">{reason(decision, assessment, approvals, t, locale)}</Text>
      )}
    </Stack>
  );
}

export function GateStatus({ view, assessment }: { view: IssueView; assessment: Assessed }) {
  const { t } = useAppEnv();
  return (
    <Stack space="space.150">
      <Gate
        label={t('ui.panel.gates.approve')}
        decision={view.gates.approve}
        assessment={assessment}
        approvals={view.approvals}
      />
      <Gate
        label={t('ui.panel.gates.schedule')}
        decision={view.gates.schedule}
        assessment={assessment}
        approvals={view.approvals}
      />
    </Stack>
  );
}
