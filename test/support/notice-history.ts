// A site's history for the notice-compliance report: change requests raised in 2025 on the days Jira's
// clock is moved to, their first customer notices done on time, late or not at all. The figures the
// report must answer for it are worked out by hand in NOTICE_HISTORY_EXPECTED.
import { Temporal } from 'temporal-polyfill';
import type { Emulator } from '../../emulator';
import { TIER_ANSWERS, raiseChangeRequest, transition } from './change-requests';
import { restOk } from './rest';
import { appTickets } from './site';

/** A Jira clock a test moves, only ever forward: pass `now` to `createEmulator`. */
export class MovableClock {
  private ms: number;
  constructor(iso: string) {
    this.ms = Date.parse(iso);
  }
  readonly now = (): Date => new Date(this.ms);
  set(iso: string): void {
    const at = Date.parse(iso);
    if (at < this.ms) throw new Error(`The clock only moves forward: ${iso}`);
    this.ms = at;
  }
}

/** Where the history starts: set the site's clock here before it is created. */
export const NOTICE_HISTORY_START = '2025-01-06T09:00:00.000Z';

export const realToday = () => Temporal.Now.plainDateISO('UTC');
export const quarterNameOf = (day: Temporal.PlainDate) =>
  `${String(day.year)}-Q${String(Math.floor((day.month - 1) / 3) + 1)}`;

/**
 * Tier 3 (default plan: 90 days' lead time, customer notice 60 days before launch), raised 2025-01-06:
 * - A: launch 2025-05-15 (Q2), notice due 2025-03-16, done 2025-03-10: on time, 66 days' notice;
 *   outcome 2 of 3 objectives met.
 * - B: launch 2025-06-20 (Q2), notice due 2025-04-21, done 2025-04-25: late, 56 days' notice.
 * - C: launch 2025-04-10 (Q2), 94 days after raising (compliant); notice due 2025-02-09, never done: overdue.
 * Raised 2025-06-01:
 * - D: launch 2025-08-01 (Q3), 61 days < 90: a lead-time exception, as a justified emergency; notice
 *   due 2025-06-02, done at 23:30 UTC that day: on time, 60 days' notice; outcome 1 of 1 met.
 * Raised 30 days before today (the real one):
 * - E: tier 4, launching today: its first customer notice is the launch-day release note, due today and
 *   not done: pending, counted neither way.
 */
export const NOTICE_HISTORY_EXPECTED = {
  tier3Q2: {
    changes: 3,
    onTime: 1,
    late: 1,
    overdue: 1,
    onTimeShare: 1 / 3,
    leadTimeExceptions: 0,
    emergencies: 0,
    // median of 66 and 56
    medianNoticeDays: 61,
    objectivesMet: 2,
    objectivesTotal: 3,
  },
  tier3Q3: {
    changes: 1,
    onTime: 1,
    onTimeShare: 1,
    leadTimeExceptions: 1,
    emergencies: 1,
    medianNoticeDays: 60,
    objectivesMet: 1,
    objectivesTotal: 1,
  },
} as const;

/** Raises and works the history above; answers the keys by letter. */
export async function seedNoticeHistory(
  emu: Emulator,
  clock: MovableClock,
): Promise<Record<string, string>> {
  const raise = (launchDate: string, tier: 3 | 4, extra: Record<string, unknown> = {}) =>
    raiseChangeRequest(emu, { launchDate, answers: TIER_ANSWERS[tier], ...extra });
  const resolve = async (key: string, on: string) => {
    clock.set(on);
    const ticket = (await appTickets(emu, key)).find(
      (t) => t.kind === 'comms' && t.stepId === 'customer-notice',
    );
    if (!ticket) throw new Error(`${key} has no customer-notice ticket`);
    for (const name of ['Start', 'Done']) {
      const res = await transition(emu, 'requester', ticket.key, name);
      if (res.status !== 204) throw new Error(`${ticket.key}: ${name} answered ${res.status}`);
    }
    await emu.drain();
  };
  const outcome = (key: string, met: number, missed: number) =>
    restOk(emu, 'admin', 'PUT', `/rest/api/3/issue/${key}/properties/change-governance.outcome`, {
      outcome: 'smooth',
      met,
      missed,
      total: met + missed,
      recordedAt: '2025-09-01T10:00:00.000Z',
    });

  const keys: Record<string, string> = {};
  keys.a = await raise('2025-05-15', 3);
  keys.b = await raise('2025-06-20', 3);
  keys.c = await raise('2025-04-10', 3);
  await resolve(keys.a, '2025-03-10T15:00:00.000Z');
  await resolve(keys.b, '2025-04-25T08:00:00.000Z');
  clock.set('2025-06-01T09:00:00.000Z');
  keys.d = await raise('2025-08-01', 3, { emergency: { justification: 'Regulator deadline' } });
  await resolve(keys.d, '2025-06-02T23:30:00.000Z');
  await outcome(keys.a, 2, 1);
  await outcome(keys.d, 1, 0);
  clock.set(`${realToday().subtract({ days: 30 }).toString()}T09:00:00.000Z`);
  keys.e = await raise(realToday().toString(), 4);
  return keys;
}
