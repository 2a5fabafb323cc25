// The demo's coming months, so the change calendar has something to show on `npm start`: changes
// across segments and months, four changes for Starter customers within 30 days (more than the
// shipped fatigue rule's three), and a year-end billing freeze with an invoice change approved
// inside it (its Schedule is refused until the launch moves out of the window).
import type { Temporal } from 'temporal-polyfill';
import { z } from 'zod';
import { approveAll, transition } from './demo-requests';
import {
  adminCall,
  changeRequestTypeId,
  raiseChange,
  TIER_3,
  TIER_4,
  todayOf,
  type ShowcaseTarget,
} from './demo-steps';

// A segment only the showcase uses, so the demo's own requests (and checks that drive them) never meet the freeze.
export const FREEZE_SEGMENT = 'Invoiced enterprise accounts';

interface UpcomingChange {
  summary: string;
  launchInDays: number | ((freezeStart: Temporal.PlainDate, today: Temporal.PlainDate) => number);
  answers: Record<string, number>;
  segments: string[];
  channels: string[];
  touchpoints: string[];
  submitAndApprove: boolean;
}

const UPCOMING: UpcomingChange[] = [
  // Four Starter changes within 30 days: the fourth is one too many for the shipped rule (3 in 30 days).
  {
    summary: 'Rename Projects to Workspaces in the Starter app',
    launchInDays: 30,
    answers: TIER_4,
    segments: ['Starter plan'],
    channels: ['in-app'],
    touchpoints: ['in-app'],
    submitAndApprove: true,
  },
  {
    summary: 'New onboarding checklist for Starter accounts',
    launchInDays: 38,
    answers: TIER_4,
    segments: ['Starter plan'],
    channels: ['in-app', 'email'],
    touchpoints: ['setup-wizard', 'welcome-email'],
    submitAndApprove: true,
  },
  {
    summary: 'Move the export button to the toolbar',
    launchInDays: 45,
    answers: TIER_4,
    segments: ['Starter plan'],
    channels: ['in-app'],
    touchpoints: ['in-app'],
    submitAndApprove: false,
  },
  {
    summary: 'Weekly summary email for Starter accounts',
    launchInDays: 52,
    answers: TIER_4,
    segments: ['Starter plan'],
    channels: ['email'],
    touchpoints: ['welcome-email'],
    submitAndApprove: false,
  },
  // Inside the year-end billing freeze: approved, but Schedule refuses it.
  {
    summary: 'Show tax breakdown on invoices',
    launchInDays: (freezeStart, today) => today.until(freezeStart).days + 3,
    answers: TIER_4,
    segments: [FREEZE_SEGMENT],
    channels: ['email'],
    touchpoints: ['invoices'],
    submitAndApprove: true,
  },
  // Spread over the next months.
  {
    summary: 'Enterprise single sign-on enforcement',
    launchInDays: 110,
    answers: TIER_3,
    segments: ['Enterprise'],
    channels: ['email', 'in-app'],
    touchpoints: ['in-app', 'help-centre'],
    submitAndApprove: true,
  },
  {
    summary: 'Annual plan renewal reminders 30 days ahead',
    launchInDays: 140,
    answers: TIER_3,
    segments: ['Pro annual'],
    channels: ['email'],
    touchpoints: ['renewal-notice'],
    submitAndApprove: false,
  },
];

/**
 * The year-end billing run: 20 December to 6 January, the first such window starting at least two
 * weeks from now (so a change can still be planned before it).
 */
export function yearEndFreeze(today: Temporal.PlainDate): {
  start: Temporal.PlainDate;
  end: Temporal.PlainDate;
} {
  const anchor = today.add({ days: 14 });
  const thisYear = anchor.with({ month: 12, day: 20 });
  const start = anchor.dayOfYear <= thisYear.dayOfYear ? thisYear : thisYear.add({ years: 1 });
  return { start, end: start.add({ days: 17 }) };
}

const storedConfig = z.object({ version: z.number(), config: z.record(z.string(), z.unknown()) });

async function saveFreezeWindow(site: ShowcaseTarget, today: Temporal.PlainDate) {
  const stored = storedConfig.parse(await adminCall(site, 'getConfig', {}));
  const { start, end } = yearEndFreeze(today);
  await adminCall(site, 'saveConfig', {
    baseVersion: stored.version,
    config: {
      ...stored.config,
      calendar: {
        fatigue: { maxChanges: 3, windowDays: 30 },
        freezeWindows: [
          {
            id: 'year-end-billing',
            name: {
              'en-US': 'Year-end billing run',
              'it-IT': 'Fatturazione di fine anno',
            },
            start: start.toString(),
            end: end.toString(),
            segments: [FREEZE_SEGMENT],
            channels: [],
          },
        ],
      },
    },
  });
  await site.drain();
  return start;
}

export async function seedDemoCalendar(site: ShowcaseTarget, now: () => Date): Promise<string[]> {
  const today = todayOf(now);
  const freezeStart = await saveFreezeWindow(site, today);
  const typeId = await changeRequestTypeId(site);
  const keys: string[] = [];
  for (const change of UPCOMING) {
    const days =
      typeof change.launchInDays === 'number'
        ? change.launchInDays
        : change.launchInDays(freezeStart, today);
    const key = await raiseChange(site, typeId, change.summary, {
      launchDate: today.add({ days }).toString(),
      answers: change.answers,
      segments: change.segments,
      channels: change.channels,
      touchpoints: change.touchpoints,
      rollout: 'big-bang',
      description: change.summary,
    });
    keys.push(key);
    if (change.submitAndApprove) {
      await transition(site, 'requester', key, 'Submit');
      await approveAll(site, key);
      await transition(site, 'admin', key, 'Approve');
    }
  }
  return keys;
}
