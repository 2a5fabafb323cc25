// The change-calendar rules judged as a whole: each freeze window's dates in order and within a
// year, ids used once, and no two windows of the same scope overlapping (which of the two would an
// admin edit to move the freeze?). Shapes and bounds are the schema's.
import { compareDates, daysBetween, parseCalendarDate, type CalendarDate } from './calendar';
import type { ChangeCalendarRules, FreezeWindow } from './config-schema';
import { problem, type ConfigProblem } from './config-problems';

/** A freeze longer than a year is almost certainly a typo in a year. */
export const MAX_FREEZE_DAYS = 366;

const BASE = 'calendar.freezeWindows';

interface Dated {
  index: number;
  window: FreezeWindow;
  start: CalendarDate;
  end: CalendarDate;
}

/** Segments and channels as a set, compared as people type them (case and spaces aside). */
const scopeKey = (window: FreezeWindow): string =>
  JSON.stringify([
    [...new Set(window.segments.map((s) => s.trim().toLocaleLowerCase('en-US')))].sort(),
    [...new Set(window.channels.map((c) => c.trim().toLocaleLowerCase('en-US')))].sort(),
  ]);

const sameScope = (a: FreezeWindow, b: FreezeWindow): boolean => scopeKey(a) === scopeKey(b);

function datesOf(window: FreezeWindow, index: number, problems: ConfigProblem[]): Dated | null {
  const path = `${BASE}[${String(index)}]`;
  const start = parseCalendarDate(window.start);
  const end = parseCalendarDate(window.end);
  if (!start)
    problems.push(problem('CONFIG.NOT_A_DATE', `${path}.start`, `${window.start} is not a day.`));
  if (!end)
    problems.push(problem('CONFIG.NOT_A_DATE', `${path}.end`, `${window.end} is not a day.`));
  if (!start || !end) return null;
  if (compareDates(end, start) < 0) {
    problems.push(
      problem(
        'CONFIG.FREEZE_END_BEFORE_START',
        `${path}.end`,
        `The freeze window ends (${window.end}) before it starts (${window.start}).`,
        { start: window.start, end: window.end },
      ),
    );
    return null;
  }
  const days = daysBetween(start, end) + 1;
  if (days > MAX_FREEZE_DAYS) {
    problems.push(
      problem(
        'CONFIG.FREEZE_TOO_LONG',
        `${path}.end`,
        `A freeze window lasts at most ${String(MAX_FREEZE_DAYS)} days; this one lasts ${String(days)}.`,
        { max: MAX_FREEZE_DAYS, days },
      ),
    );
  }
  return { index, window, start, end };
}

export function calendarRulesProblems(rules: ChangeCalendarRules | undefined): ConfigProblem[] {
  if (!rules) return [];
  const problems: ConfigProblem[] = [];
  const seen = new Set<string>();
  rules.freezeWindows.forEach((window, index) => {
    const id = window.id.toLowerCase();
    if (seen.has(id)) {
      problems.push(
        problem(
          'CONFIG.DUPLICATE_ID',
          `${BASE}[${String(index)}].id`,
          `"${window.id}" is used more than once.`,
          { id: window.id },
        ),
      );
    }
    seen.add(id);
  });
  const dated = rules.freezeWindows.flatMap((w, i) => datesOf(w, i, problems) ?? []);
  // Each later window names the first earlier one it overlaps, on its own start: the field to move.
  dated.forEach((later, position) => {
    const earlier = dated
      .slice(0, position)
      .find(
        (other) =>
          sameScope(other.window, later.window) &&
          compareDates(other.start, later.end) <= 0 &&
          compareDates(later.start, other.end) <= 0,
      );
    if (!earlier) return;
    problems.push(
      problem(
        'CONFIG.FREEZE_OVERLAP',
        `${BASE}[${String(later.index)}].start`,
        `This freeze window overlaps "${earlier.window.name['en-US']}" (${earlier.window.start} to ${earlier.window.end}), ` +
          'which holds for the same segments and channels: merge them or move one.',
        {
          other: earlier.window.name['en-US'],
          otherId: earlier.window.id,
          otherStart: earlier.window.start,
          otherEnd: earlier.window.end,
        },
      ),
    );
  });
  return problems;
}
