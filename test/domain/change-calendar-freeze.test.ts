// Freeze windows: which hold for a change, whether a day is frozen, the first clear day. Every
// expected date below is counted by hand on a calendar.
import {
  applicableFreezeWindows,
  firstDayOutsideFreeze,
  freezeHit,
  freezeWindowOn,
  type FreezeWindow,
} from '../../src/domain';
import { date } from './helpers';

const window = (
  id: string,
  start: string,
  end: string,
  scope: { segments?: string[]; channels?: string[] } = {},
): FreezeWindow => ({
  id,
  name: { 'en-US': `Window ${id}`, 'it-IT': `Periodo ${id}` },
  start,
  end,
  segments: scope.segments ?? [],
  channels: scope.channels ?? [],
});

const yearEnd = window('year-end', '2027-12-20', '2028-01-05');
const billingEmail = window('billing-email', '2027-11-25', '2027-11-30', { channels: ['Email'] });
// Starts the day after the year-end freeze ends: back to back for enterprise changes.
const enterpriseQ1 = window('enterprise-q1', '2028-01-06', '2028-01-10', {
  segments: ['Enterprise'],
});
const smbJanuary = window('smb-january', '2028-01-03', '2028-01-15', { segments: ['SMB'] });
const all = [yearEnd, billingEmail, enterpriseQ1, smbJanuary];
const ids = (windows: FreezeWindow[]) => windows.map((w) => w.id);

describe('which freeze windows hold for a change', () => {
  it('a window naming no segment and no channel holds for every change', () => {
    expect(ids(applicableFreezeWindows(all, { segments: [], channels: [] }))).toEqual(['year-end']);
  });

  it('a scoped window holds when it names one of the change’s segments, whatever the case or spaces', () => {
    expect(
      ids(applicableFreezeWindows(all, { segments: [' enterprise '], channels: ['In-app'] })),
    ).toEqual(['year-end', 'enterprise-q1']);
  });

  it('a channel alone is enough', () => {
    expect(
      ids(applicableFreezeWindows(all, { segments: ['Retail'], channels: ['EMAIL'] })),
    ).toEqual(['year-end', 'billing-email']);
  });
});

describe('whether a day is frozen', () => {
  it('counts the first and the last day as frozen, and not the days around them', () => {
    expect(freezeWindowOn([yearEnd], date('2027-12-19'))).toBeUndefined();
    expect(freezeWindowOn([yearEnd], date('2027-12-20'))?.id).toBe('year-end');
    expect(freezeWindowOn([yearEnd], date('2028-01-05'))?.id).toBe('year-end');
    expect(freezeWindowOn([yearEnd], date('2028-01-06'))).toBeUndefined();
  });

  it('names the earliest-starting window when two hold on the day', () => {
    expect(freezeWindowOn([smbJanuary, yearEnd], date('2028-01-04'))?.id).toBe('year-end');
  });

  it('ignores a stored window whose dates do not make a span', () => {
    const broken = window('broken', '2028-01-10', '2028-01-01');
    const impossible = window('impossible', '2027-02-30', '2027-03-02');
    expect(freezeWindowOn([broken, impossible], date('2028-01-05'))).toBeUndefined();
    expect(freezeWindowOn([broken, impossible], date('2027-03-01'))).toBeUndefined();
  });
});

describe('the first day outside every freeze window', () => {
  it('is the day itself when it is clear', () => {
    expect(firstDayOutsideFreeze(all, date('2027-12-19')).toString()).toBe('2027-12-19');
  });

  it('is the day after the window’s last day', () => {
    expect(firstDayOutsideFreeze([yearEnd], date('2027-12-25')).toString()).toBe('2028-01-06');
  });

  it('steps over back-to-back windows', () => {
    expect(firstDayOutsideFreeze([yearEnd, enterpriseQ1], date('2027-12-25')).toString()).toBe(
      '2028-01-11',
    );
  });

  it('steps over overlapping windows to the later end', () => {
    expect(firstDayOutsideFreeze([yearEnd, smbJanuary], date('2027-12-24')).toString()).toBe(
      '2028-01-16',
    );
  });

  it('crosses a leap day', () => {
    const leap = window('leap', '2028-02-27', '2028-02-29');
    expect(firstDayOutsideFreeze([leap], date('2028-02-28')).toString()).toBe('2028-03-01');
  });
});

describe('a freeze hit for a change', () => {
  it('names the window and the first clear day for the change’s own windows', () => {
    expect(freezeHit(all, { segments: ['Enterprise'], channels: [] }, date('2027-12-31'))).toEqual({
      windowId: 'year-end',
      name: { 'en-US': 'Window year-end', 'it-IT': 'Periodo year-end' },
      start: '2027-12-20',
      end: '2028-01-05',
      earliestLaunch: '2028-01-11',
    });
  });

  it('leaves a change out of windows scoped to others', () => {
    expect(freezeHit(all, { segments: ['Retail'], channels: [] }, date('2028-01-07'))).toBe(
      undefined,
    );
    expect(
      freezeHit(all, { segments: ['Retail'], channels: [] }, date('2027-12-31'))?.earliestLaunch,
    ).toBe('2028-01-06');
  });
});
