// The app's record of a launched change keeps every edit, newest first, within what one storage value holds.
import { jsonBytes } from '../../src/contract/resolver-payloads';
import {
  OUTCOME_HISTORY_LIMIT,
  outcomeEntry,
  outcomeProperty,
  withEntry,
  type OutcomeRecord,
} from '../../src/governance/outcome-record';

const change = { id: '10042', key: 'CHG-42' };
const objective = (i: number, kpi = `KPI ${String(i)}`) => ({
  id: `o-${String(i)}`,
  kpi,
  baseline: 10,
  target: 20,
  unit: '%',
  measureBy: '2027-06-01',
});

const entry = (n: number, note = '', kpi?: string) =>
  outcomeEntry({
    outcome: 'smooth',
    note,
    objectives: Array.from({ length: 10 }, (_, i) => objective(i, kpi)),
    // Objective 0 measured at n: met from 20 on. The rest unmeasured.
    measured: new Map([['o-0', n]]),
    recordedBy: 'requester',
    recordedAt: `2027-06-${String(n).padStart(2, '0')}T09:00:00.000Z`,
  });

it('keeps the twenty latest earlier versions, newest first', () => {
  let record: OutcomeRecord | null = null;
  for (let n = 1; n <= 25; n += 1) record = withEntry(record, change, entry(n));
  if (!record) throw new Error('no record');
  expect(record.current.recordedAt).toBe('2027-06-25T09:00:00.000Z');
  expect(record.history).toHaveLength(OUTCOME_HISTORY_LIMIT);
  expect(record.history.map((e) => e.recordedAt.slice(8, 10))).toEqual(
    Array.from({ length: 20 }, (_, i) => String(24 - i).padStart(2, '0')),
  );
});

it('drops the oldest versions before the record outgrows a storage value', () => {
  // Ten 200-character KPIs and a 2000-character note, in three-byte characters: about 15 KB a version.
  const big = (n: number) => entry(n, '€'.repeat(2000), 'é'.repeat(200));
  let record: OutcomeRecord | null = null;
  for (let n = 1; n <= 25; n += 1) record = withEntry(record, change, big(n));
  if (!record) throw new Error('no record');
  expect(jsonBytes(record)).toBeLessThanOrEqual(200 * 1024);
  expect(record.history.length).toBeGreaterThan(5);
  expect(record.history.length).toBeLessThan(OUTCOME_HISTORY_LIMIT);
  expect(record.history[0]?.recordedAt).toBe('2027-06-24T09:00:00.000Z');
});

it('the property counts met and missed among all objectives, unmeasured in neither', () => {
  // Objective 0 at 25 (target 20, more is better): met; nine unmeasured.
  expect(outcomeProperty(entry(25))).toEqual({
    outcome: 'smooth',
    met: 1,
    missed: 0,
    total: 10,
    recordedAt: '2027-06-25T09:00:00.000Z',
  });
  // At 15: missed.
  expect(outcomeProperty(entry(15))).toMatchObject({ met: 0, missed: 1, total: 10 });
});
