// The calendar rules as the admin saves them: each problem on the field to fix, and the shipped
// configuration free of any.
import { DEFAULT_CONFIG, validateConfig, type FreezeWindow } from '../../src/domain';

const window = (id: string, start: string, end: string, scope: Partial<FreezeWindow> = {}) => ({
  id,
  name: { 'en-US': `Window ${id}` },
  start,
  end,
  segments: [],
  channels: [],
  ...scope,
});

function problemsWith(
  freezeWindows: unknown[],
  fatigue: unknown = { maxChanges: 3, windowDays: 30 },
) {
  const result = validateConfig({
    ...structuredClone(DEFAULT_CONFIG),
    calendar: { fatigue, freezeWindows },
  });
  return result.ok
    ? []
    : result.problems.map((p) => ({ code: p.code, path: p.path, params: p.params }));
}

describe('calendar rules validation', () => {
  it('accepts the shipped configuration and a configuration saved before the calendar existed', () => {
    expect(validateConfig(DEFAULT_CONFIG).ok).toBe(true);
    const { calendar: _calendar, ...older } = structuredClone(DEFAULT_CONFIG);
    expect(validateConfig(older).ok).toBe(true);
  });

  it('refuses two windows of the same scope that share a day, on the later one’s start, naming the other', () => {
    expect(
      problemsWith([
        window('year-end', '2027-12-20', '2028-01-05', { segments: ['Enterprise', 'SMB'] }),
        window('new-year', '2028-01-05', '2028-01-10', { segments: ['smb', 'enterprise '] }),
      ]),
    ).toEqual([
      {
        code: 'CONFIG.FREEZE_OVERLAP',
        path: 'calendar.freezeWindows[1].start',
        params: {
          other: 'Window year-end',
          otherId: 'year-end',
          otherStart: '2027-12-20',
          otherEnd: '2028-01-05',
        },
      },
    ]);
  });

  it('finds a window lying inside another', () => {
    expect(
      problemsWith([
        window('a', '2027-01-01', '2027-01-31'),
        window('b', '2027-01-10', '2027-01-12'),
      ]),
    ).toEqual([
      expect.objectContaining({
        code: 'CONFIG.FREEZE_OVERLAP',
        path: 'calendar.freezeWindows[1].start',
      }),
    ]);
  });

  it('allows back-to-back windows and overlapping windows of different scopes', () => {
    expect(
      problemsWith([
        window('a', '2027-12-20', '2027-12-31'),
        window('b', '2028-01-01', '2028-01-10'),
        window('c', '2027-12-25', '2028-01-03', { channels: ['Email'] }),
        window('d', '2027-12-25', '2028-01-03', { segments: ['Email'] }),
      ]),
    ).toEqual([]);
  });

  it('refuses an end before the start, on the end', () => {
    expect(problemsWith([window('a', '2027-12-20', '2027-12-19')])).toEqual([
      {
        code: 'CONFIG.FREEZE_END_BEFORE_START',
        path: 'calendar.freezeWindows[0].end',
        params: { start: '2027-12-20', end: '2027-12-19' },
      },
    ]);
  });

  it('refuses a day that does not exist and a malformed one', () => {
    expect(problemsWith([window('a', '2027-02-29', '2027-03-02')])).toEqual([
      { code: 'CONFIG.NOT_A_DATE', path: 'calendar.freezeWindows[0].start', params: {} },
    ]);
    expect(problemsWith([window('a', '27-12-01', '2027-12-02')]).map((p) => p.path)).toEqual([
      'calendar.freezeWindows[0].start',
    ]);
  });

  it('allows a freeze of 366 days and refuses 367', () => {
    // 2027-01-01 … 2028-01-01 is 366 days (2027 has 365); one more day is 367.
    expect(problemsWith([window('a', '2027-01-01', '2028-01-01')])).toEqual([]);
    expect(problemsWith([window('a', '2027-01-01', '2028-01-02')])).toEqual([
      {
        code: 'CONFIG.FREEZE_TOO_LONG',
        path: 'calendar.freezeWindows[0].end',
        params: { max: 366, days: 367 },
      },
    ]);
  });

  it('refuses an id used twice, whatever its case', () => {
    expect(
      problemsWith([
        window('year-end', '2027-01-01', '2027-01-02'),
        window('Year-End', '2027-03-01', '2027-03-02'),
      ]),
    ).toEqual([
      {
        code: 'CONFIG.DUPLICATE_ID',
        path: 'calendar.freezeWindows[1].id',
        params: { id: 'Year-End' },
      },
    ]);
  });

  it('keeps the fatigue rule within bounds', () => {
    expect(problemsWith([], { maxChanges: 0, windowDays: 367 })).toEqual([
      { code: 'CONFIG.TOO_SMALL', path: 'calendar.fatigue.maxChanges', params: { min: 1 } },
      { code: 'CONFIG.TOO_LARGE', path: 'calendar.fatigue.windowDays', params: { max: 366 } },
    ]);
  });
});
