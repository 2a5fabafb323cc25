// The demo's past quarters, so the notice-compliance report and the calendar's past months have
// something to show on `npm start`. Each change is raised, approved and scheduled on the day it
// would have been (the site's clock is set back), its comms tickets are done on time or late on
// their days, and it is done after launch. Jira records those days, as it would have.
import { Temporal } from 'temporal-polyfill';
import { z } from 'zod';
import { approveAll, expectOk, transition } from './demo-requests';
import {
  atTen,
  changeRequestTypeId,
  raiseChange,
  TIER_3,
  TIER_4,
  todayOf,
  type ShowcaseTarget,
} from './demo-steps';

interface PastChange {
  summary: string;
  launchDaysAgo: number;
  raisedDaysBeforeLaunch: number;
  answers: Record<string, number>;
  segments: string[];
  touchpoints: string[];
  /** Days after its due date each comms ticket was done, in due-date order (negative: early). */
  doneAfterDue: number[];
  emergency?: string;
  /** SMART objectives (measured 30 days after launch) and what the review recorded for them. */
  objectives?: Array<{ id: string; kpi: string; baseline: number; target: number; unit: string }>;
  review?: {
    outcome: 'smooth' | 'minor-issues' | 'complaints' | 'escalations';
    measured: number[];
  };
}

// Launches spread over the last three quarters; the shipped plans give tier 3 five comms steps
// (the customer notice 60 days before launch) and tier 4 two.
const PAST: PastChange[] = [
  {
    summary: 'Simplify the cancellation survey',
    launchDaysAgo: 250,
    raisedDaysBeforeLaunch: 100,
    answers: TIER_3,
    segments: ['Pro monthly'],
    touchpoints: ['cancellation-flow'],
    doneAfterDue: [-2, -3, -1, 0, 2],
    objectives: [
      {
        id: 'survey-completion',
        kpi: 'Cancellation survey completion',
        baseline: 18,
        target: 40,
        unit: '%',
      },
    ],
    review: { outcome: 'smooth', measured: [46] },
  },
  {
    summary: 'New invoice layout',
    launchDaysAgo: 215,
    raisedDaysBeforeLaunch: 100,
    answers: TIER_3,
    segments: ['Customers paying by invoice'],
    touchpoints: ['invoices'],
    doneAfterDue: [0, 9, 2, 0, 5],
    objectives: [
      {
        id: 'invoice-tickets',
        kpi: 'Invoice questions to support',
        baseline: 320,
        target: 200,
        unit: 'tickets/month',
      },
      { id: 'paid-on-time', kpi: 'Invoices paid on time', baseline: 81, target: 88, unit: '%' },
    ],
    review: { outcome: 'complaints', measured: [260, 89] },
  },
  {
    summary: 'Retire the SMS two-factor option',
    launchDaysAgo: 180,
    raisedDaysBeforeLaunch: 95,
    answers: TIER_3,
    segments: ['Pro monthly', 'Starter plan'],
    touchpoints: ['in-app', 'help-centre'],
    doneAfterDue: [-1, -4, -2, 0, 1],
  },
  {
    summary: 'Help-centre search upgrade',
    launchDaysAgo: 150,
    raisedDaysBeforeLaunch: 20,
    answers: TIER_4,
    segments: ['All customers'],
    touchpoints: ['help-centre'],
    doneAfterDue: [-1, 0],
  },
  {
    summary: 'Move live chat to the new widget',
    launchDaysAgo: 120,
    raisedDaysBeforeLaunch: 100,
    answers: TIER_3,
    segments: ['Pro annual'],
    touchpoints: ['support-agents'],
    doneAfterDue: [0, 4, 1, 0, 3],
    objectives: [
      {
        id: 'first-response',
        kpi: 'Chat first response time',
        baseline: 95,
        target: 60,
        unit: 's',
      },
    ],
    review: { outcome: 'minor-issues', measured: [72] },
  },
  {
    summary: 'Stop duplicate renewal charges',
    launchDaysAgo: 95,
    raisedDaysBeforeLaunch: 30,
    answers: TIER_3,
    segments: ['Pro annual'],
    touchpoints: ['renewal-notice', 'invoices'],
    doneAfterDue: [2, 3, 1, 0, 6],
    emergency: 'Customers are being charged twice at renewal; the fix cannot wait 90 days.',
  },
  {
    summary: 'Quarterly usage report email',
    launchDaysAgo: 70,
    raisedDaysBeforeLaunch: 20,
    answers: TIER_4,
    segments: ['Enterprise'],
    touchpoints: ['welcome-email'],
    doneAfterDue: [0, 0],
  },
  {
    summary: 'Starter plan storage limit notice',
    launchDaysAgo: 40,
    raisedDaysBeforeLaunch: 100,
    answers: TIER_3,
    segments: ['Starter plan'],
    touchpoints: ['in-app', 'invoices'],
    doneAfterDue: [-3, -2, 0, 0, 0],
    objectives: [
      { id: 'upgrades', kpi: 'Starter upgrades to Pro', baseline: 3.1, target: 4, unit: '%' },
    ],
    review: { outcome: 'smooth', measured: [4.4] },
  },
  {
    summary: 'Dark mode for the web app',
    launchDaysAgo: 20,
    raisedDaysBeforeLaunch: 20,
    answers: TIER_4,
    segments: ['All customers'],
    touchpoints: ['in-app'],
    doneAfterDue: [-2, 0],
  },
];

const commsTickets = z.object({
  issues: z.array(
    z.object({
      key: z.string(),
      fields: z.object({ duedate: z.string().nullable().optional() }),
    }),
  ),
});

/** The change's comms tickets by due date, found as the admin would (JQL on the step index). */
async function commsOf(site: ShowcaseTarget, key: string) {
  const found = commsTickets.parse(
    expectOk(
      await site.rest('admin', 'POST', '/rest/api/3/search/jql', {
        jql: `changeStepRequest = "${key}" AND changeStepKind = "comms" ORDER BY duedate ASC`,
        fields: ['duedate'],
        maxResults: 50,
      }),
      `comms tickets of ${key}`,
    ),
  );
  return found.issues.flatMap((issue) =>
    issue.fields.duedate
      ? [{ key: issue.key, due: Temporal.PlainDate.from(issue.fields.duedate) }]
      : [],
  );
}

type Moment = { day: Temporal.PlainDate; act: () => Promise<void> };

async function replay(
  site: ShowcaseTarget,
  change: PastChange,
  typeId: string,
  today: Temporal.PlainDate,
) {
  const launch = today.subtract({ days: change.launchDaysAgo });
  const raised = launch.subtract({ days: change.raisedDaysBeforeLaunch });
  site.travelTo(atTen(raised));
  const key = await raiseChange(site, typeId, change.summary, {
    launchDate: launch.toString(),
    answers: change.answers,
    segments: change.segments,
    channels: ['email', 'in-app'],
    touchpoints: change.touchpoints,
    rollout: 'big-bang',
    description: change.summary,
    ...(change.emergency ? { emergency: { justification: change.emergency } } : {}),
    ...(change.objectives
      ? {
          objectives: change.objectives.map((objective) => ({
            ...objective,
            measureBy: launch.add({ days: 30 }).toString(),
          })),
        }
      : {}),
  });
  await transition(site, 'requester', key, 'Submit');
  await approveAll(site, key);
  await transition(site, 'admin', key, 'Approve');
  await transition(site, 'admin', key, 'Schedule');
  const tickets = await commsOf(site, key);
  const moments: Moment[] = tickets.flatMap((ticket, index) => {
    const day = ticket.due.add({ days: change.doneAfterDue[index] ?? 0 });
    // Work due after today is still open, as it would be.
    if (Temporal.PlainDate.compare(day, today) >= 0) return [];
    return [
      {
        day: Temporal.PlainDate.compare(day, raised) < 0 ? raised : day,
        act: async () => {
          await transition(site, 'admin', ticket.key, 'Start');
          await transition(site, 'admin', ticket.key, 'Done');
        },
      },
    ];
  });
  moments.push({
    day: launch.add({ days: 1 }),
    act: () => transition(site, 'admin', key, 'Done'),
  });
  moments.sort((a, b) => Temporal.PlainDate.compare(a.day, b.day));
  for (const moment of moments) {
    site.travelTo(atTen(moment.day));
    await moment.act();
  }
  site.travelTo(null);
  if (change.objectives && change.review) await recordReview(site, key, change);
  return key;
}

const answer = z.object({ ok: z.boolean(), error: z.unknown().optional() });

/** What the review found, recorded in the panel by the requester (today: every launch here is past). */
async function recordReview(site: ShowcaseTarget, key: string, change: PastChange) {
  const { objectives = [], review } = change;
  if (!review) return;
  const result = answer.parse(
    await site.invoke({
      moduleKey: 'change-governance-panel',
      accountId: 'requester',
      functionKey: 'recordObjectiveResults',
      extension: { issue: { key } },
      payload: {
        outcome: review.outcome,
        note: `${change.summary}: post-launch review.`,
        results: objectives.map((objective, index) => ({
          objectiveId: objective.id,
          measured: review.measured[index] ?? null,
        })),
      },
    }),
  );
  if (!result.ok)
    throw new Error(
      `Demo seed: recording the review of ${key} refused: ${JSON.stringify(result.error)}`,
    );
  await site.drain();
}

export async function seedDemoHistory(site: ShowcaseTarget, now: () => Date): Promise<string[]> {
  const today = todayOf(now);
  const typeId = await changeRequestTypeId(site);
  const keys: string[] = [];
  try {
    for (const change of PAST) keys.push(await replay(site, change, typeId, today));
  } finally {
    site.travelTo(null);
  }
  await site.drain();
  return keys;
}
