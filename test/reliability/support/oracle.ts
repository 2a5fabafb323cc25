// A reference model of assessment and provisioning, written from the documented contract
// (docs/design-contract.md, "Assessment" and "What provisioning creates"), so the chaos suite's expected results
// do not come from the code under test. It reads the configuration in force as data (weights, options,
// thresholds, escalation rules, lead times, plans, roles) and calls nothing in src/domain: a wrong threshold or
// formula in the app disagrees with it.
import type { GovernanceConfig } from '../../../src/domain';

const DAY_MS = 86_400_000;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Whole UTC days since 1970-01-01 of a real calendar date, or null. */
function epochDay(iso: unknown): number | null {
  if (typeof iso !== 'string' || !ISO_DATE.test(iso)) return null;
  const ms = Date.parse(`${iso}T00:00:00Z`);
  if (Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== iso) return null;
  return ms / DAY_MS;
}
const isoOf = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);
const plusDays = (iso: string, days: number): string => isoOf((epochDay(iso) ?? NaN) + days);

/** The calendar day (UTC) of Jira's `created` timestamp: the submission date. */
export const utcDay = (timestamp: string): string | null => {
  const ms = Date.parse(timestamp.replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
  return Number.isNaN(ms) ? null : new Date(ms).toISOString().slice(0, 10);
};

export interface ExpectedLeadTime {
  requiredDays: number;
  actualDays: number;
  compliant: boolean;
  earliestCompliantLaunch: string;
}

export type ExpectedAssessment =
  | { status: 'needs-input'; missing: string[] }
  | {
      status: 'assessed';
      missing: [];
      tier: number;
      score: number;
      leadTime: ExpectedLeadTime;
      launchDate: string;
      submittedOn: string;
      emergency: boolean;
    };

const record = (v: unknown): Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {};

const holds = (op: string, answer: number, value: number): boolean =>
  op === 'eq'
    ? answer === value
    : op === 'neq'
      ? answer !== value
      : op === 'gte'
        ? answer >= value
        : answer <= value;

/**
 * score = round(100 × Σ(answer × weight) / Σ(highest option × weight)) (48 on the shipped weights); the tier is
 * the highest-impact one whose threshold the score reaches (else the lowest-impact tier); an escalation rule whose
 * conditions all hold lifts it to at least its minimum tier. An unanswered or unknown answer, or a launch date
 * that is missing, not a real day, or before submission, leaves the request untiered with each field named.
 */
export function expectedAssessment(
  intake: unknown,
  config: GovernanceConfig,
  submittedOn: string,
): ExpectedAssessment {
  const doc = record(intake);
  const answers = record(doc.answers);
  const missing: string[] = [];
  const launch = epochDay(doc.launchDate);
  const submitted = epochDay(submittedOn) ?? NaN;
  if (launch === null || launch < submitted) missing.push('launchDate');
  let points = 0;
  let most = 0;
  const given = new Map<string, number>();
  for (const c of config.criteria) {
    const values = c.options.map((o) => o.value);
    const answer = answers[c.id];
    most += Math.max(...values) * c.weight;
    if (typeof answer !== 'number' || !values.includes(answer)) {
      missing.push(`answers.${c.id}`);
      continue;
    }
    given.set(c.id, answer);
    points += answer * c.weight;
  }
  if (missing.length > 0 || launch === null)
    return { status: 'needs-input', missing: missing.sort() };

  const score = Math.round((100 * points) / most);
  const byImpact = [...config.thresholds].sort((a, b) => a.tier - b.tier);
  let tier =
    byImpact.find((t) => score >= t.minScore)?.tier ?? Math.max(...config.tiers.map((t) => t.tier));
  for (const rule of config.escalations) {
    const all = rule.when.every((w) => {
      const a = given.get(w.criterion);
      return a !== undefined && holds(w.op, a, w.value);
    });
    if (all) tier = Math.min(tier, rule.minimumTier);
  }

  const lead = config.tiers.find((t) => t.tier === tier)?.leadTimeDays ?? 0;
  const offsets = config.commsPlans.find((p) => p.tier === tier)?.steps.map((s) => s.offsetDays);
  const requiredDays = Math.max(lead, -Math.min(0, ...(offsets ?? [])));
  const actualDays = launch - submitted;
  const justification = record(doc.emergency).justification;
  return {
    status: 'assessed',
    missing: [],
    tier,
    score,
    leadTime: {
      requiredDays,
      actualDays,
      compliant: actualDays >= requiredDays,
      earliestCompliantLaunch: isoOf(submitted + requiredDays),
    },
    launchDate: isoOf(launch),
    submittedOn,
    emergency: typeof justification === 'string' && justification.trim() !== '',
  };
}

export interface ExpectedTicket {
  kind: 'approval' | 'comms' | 'redesign';
  stepId: string;
  forTier?: number;
  dueDate: string;
  /** Null when the role maps to a group or project role (the app assigns nobody in particular). */
  assignee: string | null;
  issueType: 'Change Approval' | 'Task';
}

/**
 * What provisioning creates for an assessed request: one approval per approver role of its tier, one comms task
 * per step of its tier's plan due on launch + offset; a justified emergency inside the lead time adds the
 * emergency approval and the post-launch review. Approvals are due the day before the first customer-facing
 * step, never before the day after submission.
 */
export function expectedTickets(
  a: Extract<ExpectedAssessment, { status: 'assessed' }>,
  config: GovernanceConfig,
  reporter: string,
): ExpectedTicket[] {
  const assigneeOf = (roleId: string): string | null => {
    const to = config.roles.find((r) => r.id === roleId)?.mapsTo;
    if (to?.kind === 'user') return to.accountId;
    return to?.kind === 'reporter' ? reporter : null;
  };
  const roles = config.tierRoles.find((r) => r.tier === a.tier);
  const emergency = a.emergency && !a.leadTime.compliant;
  const steps = [
    ...(config.commsPlans.find((p) => p.tier === a.tier)?.steps ?? []).map((s) => ({
      id: s.id,
      offsetDays: s.offsetDays,
      ownerRole: s.ownerRole,
      customerFacing: s.customerFacing,
    })),
    ...(emergency
      ? [
          {
            id: config.emergency.review.id,
            offsetDays: config.emergency.review.offsetDays,
            ownerRole: roles?.commsOwner ?? '',
            customerFacing: false,
          },
        ]
      : []),
  ];
  const comms = steps.map((s): ExpectedTicket => ({
    kind: 'comms',
    stepId: s.id,
    dueDate: plusDays(a.launchDate, s.offsetDays),
    assignee: assigneeOf(s.ownerRole),
    issueType: 'Task',
  }));
  const toCustomers = steps.filter((s) => s.customerFacing).map((s) => s.offsetDays);
  // Without a customer-facing step, customers first hear of the change at launch.
  const firstToCustomers = toCustomers.length > 0 ? Math.min(...toCustomers) : 0;
  const approvalDue = isoOf(
    Math.max(
      (epochDay(a.launchDate) ?? NaN) + firstToCustomers - 1,
      (epochDay(a.submittedOn) ?? NaN) + 1,
    ),
  );
  const approvers = [
    ...(roles?.approvers ?? []).map((roleId) => ({ stepId: roleId, roleId })),
    ...(emergency ? [{ stepId: 'emergency', roleId: config.emergency.approverRole }] : []),
  ];
  return [
    ...approvers.map(({ stepId, roleId }): ExpectedTicket => ({
      kind: 'approval',
      stepId,
      forTier: a.tier,
      dueDate: approvalDue,
      assignee: assigneeOf(roleId),
      issueType: 'Change Approval',
    })),
    ...comms,
  ];
}

/**
 * Redesign tasks of an approved change (issue 15 §3): one per touchpoint of the registry the intake names (free
 * text and unknown ids get none), for the touchpoint's owner, due on launch + the tier plan's redesign offset
 * (the plan's earliest customer-facing step when the plan has none, else launch; never after launch).
 */
export function expectedRedesign(
  a: Extract<ExpectedAssessment, { status: 'assessed' }>,
  config: GovernanceConfig,
  fallbackJourney: GovernanceConfig['journey'],
  intake: unknown,
): ExpectedTicket[] {
  const named = record(intake).touchpoints;
  const ids = new Set(Array.isArray(named) ? named.filter((x) => typeof x === 'string') : []);
  const plan = config.commsPlans.find((p) => p.tier === a.tier);
  const toCustomers = (plan?.steps ?? []).filter((s) => s.customerFacing).map((s) => s.offsetDays);
  const offset = Math.min(
    0,
    plan?.redesignOffsetDays ?? (toCustomers.length > 0 ? Math.min(...toCustomers) : 0),
  );
  const journey = config.journey ?? fallbackJourney;
  const touchpoints = (journey?.stages ?? []).flatMap((stage) =>
    stage.steps.flatMap((step) => step.touchpoints),
  );
  return touchpoints
    .filter((t) => ids.has(t.id))
    .map((t) => ({
      kind: 'redesign',
      stepId: t.id,
      dueDate: plusDays(a.launchDate, offset),
      assignee: t.owner.kind === 'user' ? t.owner.accountId : null,
      issueType: 'Task',
    }));
}
