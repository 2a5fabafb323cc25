import type { GateCode, GateDecision } from '../domain/gates';
import { localize, type Locale } from '../domain/localized';
import { formatCalendarDate, translate } from './translate';

type Refusal = Extract<GateDecision, { pass: false }>;

/**
 * The locale-file key of each gate code: the same sentences the panel shows, so a validator's
 * refusal in Jira reads exactly as the panel's reason does.
 */
export const GATE_MESSAGE_KEYS: Record<GateCode, string> = {
  'GATE.NOT_ASSESSED': 'ui.panel.gates.reasons.notAssessed',
  'GATE.APPROVALS_PENDING': 'ui.panel.gates.reasons.pending',
  'GATE.APPROVALS_DECLINED': 'ui.panel.gates.reasons.declined',
  'GATE.APPROVALS_INVALID': 'ui.panel.gates.reasons.invalid',
  'GATE.LEAD_TIME': 'ui.panel.gates.reasons.leadTime',
  'GATE.EMERGENCY_JUSTIFICATION': 'ui.panel.gates.reasons.emergencyJustification',
  'GATE.FREEZE_WINDOW': 'ui.calendarRules.gates.freezeWindow',
};

/** Said when the validator cannot tell which issue is moving: the event did not parse. */
export const UNREADABLE_TRANSITION_KEY = 'server.validator.unreadable';

/** A refusal in `locale`, from its code and parameters; the English message when it has none. */
export function gateRefusalText(decision: Refusal, locale: Locale): string {
  const params = decision.params;
  if (params === undefined) return decision.message;
  const who = (params.approvals ?? [])
    .map(({ role, key }) => {
      const name = localize(role, locale);
      return key === null ? name : translate(locale, 'ui.panel.gates.withKey', { role: name, key });
    })
    .join(', ');
  const date = (iso: string | undefined) =>
    iso === undefined ? '' : formatCalendarDate(iso, locale);
  return translate(locale, GATE_MESSAGE_KEYS[decision.code], {
    who,
    launch: date(params.launchDate),
    actual: params.actualDays ?? '',
    required: params.requiredDays ?? '',
    earliest: date(params.earliestCompliantLaunch ?? params.freezeWindow?.earliestLaunch),
    window: params.freezeWindow ? localize(params.freezeWindow.name, locale) : '',
    start: date(params.freezeWindow?.start),
    end: date(params.freezeWindow?.end),
  });
}
