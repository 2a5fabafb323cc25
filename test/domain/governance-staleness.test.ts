import fc from 'fast-check';
import {
  countByReason,
  governanceStaleness,
  intakeDigest,
  staleChangeRequests,
  unseenInFlight,
  type StaleReason,
  type SweepCandidate,
} from '../../src/domain';

const INTAKE = {
  launchDate: '2027-03-01',
  answers: { reach: 3, financial: 3, history: 0 },
  segments: ['SMB', 'Enterprise'],
};
const DIGEST = intakeDigest(INTAKE);

const candidate = (over: Partial<SweepCandidate> = {}): SweepCandidate => ({
  key: 'CHG-1',
  intake: INTAKE,
  governed: { configVersion: 3, intakeDigest: DIGEST },
  provisioningInFlight: false,
  ...over,
});

/** Order-insensitive JSON for the oracle: what "the same intake" means. */
function sameJson(a: unknown, b: unknown): boolean {
  const canon = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(canon)
      : typeof v === 'object' && v !== null
        ? Object.fromEntries(
            Object.keys(v)
              .sort()
              .map((k) => [k, canon((v as Record<string, unknown>)[k])]),
          )
        : v;
  return JSON.stringify(canon(a)) === JSON.stringify(canon(b));
}

/** The same JSON value with every object's keys in a shuffled order. */
function reordered(value: unknown, order: (keys: string[]) => string[]): unknown {
  if (Array.isArray(value)) return value.map((v) => reordered(v, order));
  if (typeof value !== 'object' || value === null) return value;
  const record = value as Record<string, unknown>;
  return Object.fromEntries(
    order(Object.keys(record)).map((k) => [k, reordered(record[k], order)]),
  );
}

/** FNV-1a 64 as its definition reads, with BigInt: the oracle for the fast one. */
function referenceFnv(text: string): string {
  let hash = 0xcbf29ce484222325n;
  for (const byte of new TextEncoder().encode(text))
    hash = ((hash ^ BigInt(byte)) * 0x100000001b3n) & 0xffffffffffffffffn;
  return `fnv1a64:${hash.toString(16).padStart(16, '0')}`;
}

describe('intakeDigest', () => {
  it.each<[string, unknown, unknown, boolean]>([
    ['key order does not matter', { a: 1, b: { c: 2, d: 3 } }, { b: { d: 3, c: 2 }, a: 1 }, true],
    ['array order matters', { a: [1, 2] }, { a: [2, 1] }, false],
    [
      'a changed answer matters',
      INTAKE,
      { ...INTAKE, answers: { ...INTAKE.answers, history: 1 } },
      false,
    ],
    ['a moved launch matters', INTAKE, { ...INTAKE, launchDate: '2027-03-02' }, false],
    ['a number is not its string', { reach: 1 }, { reach: '1' }, false],
    ['null is not an absent property', null, undefined, false],
    ['an empty object is not null', {}, null, false],
    ['an absent key is not a null one', { emergency: null }, {}, false],
    ['an undefined key is an absent one', { emergency: undefined }, {}, true],
  ])('%s', (_, a, b, same) => {
    expect(intakeDigest(a) === intakeDigest(b)).toBe(same);
  });

  it('names its scheme and is 64 bits of hex', () => {
    expect(DIGEST).toMatch(/^fnv1a64:[0-9a-f]{16}$/);
    // Pinned: a digest recorded by one release must read the same in the next.
    expect(intakeDigest({ b: 2, a: 'é' })).toBe(intakeDigest(JSON.parse('{"a":"é","b":2}')));
    expect(intakeDigest('')).toBe('fnv1a64:07cc7607b4949e25');
  });

  it('is FNV-1a 64 of the canonical JSON text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        // A string's canonical JSON is JSON.stringify of it.
        expect(intakeDigest(text)).toBe(referenceFnv(JSON.stringify(text)));
      }),
      { numRuns: 300 },
    );
    expect(intakeDigest({ b: [1, 'x'], a: null })).toBe(referenceFnv('{"a":null,"b":[1,"x"]}'));
  });

  it('is the same for the same JSON value, whatever order its keys were written in', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.boolean(), (value, reverse) => {
        const shuffled = reordered(value, (keys) => (reverse ? [...keys].reverse() : keys.sort()));
        expect(intakeDigest(shuffled)).toBe(intakeDigest(value));
        // What Jira stores and answers is the JSON text: a round trip keeps the digest.
        expect(intakeDigest(JSON.parse(JSON.stringify(value)))).toBe(intakeDigest(value));
      }),
      { numRuns: 300 },
    );
  });

  it('tells different intakes apart', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (a, b) => {
        fc.pre(!sameJson(a, b));
        expect(intakeDigest(a)).not.toBe(intakeDigest(b));
      }),
      { numRuns: 500 },
    );
  });
});

describe('governanceStaleness', () => {
  it.each<[string, Partial<SweepCandidate>, number, StaleReason | null]>([
    ['governed for this intake and configuration', {}, 3, null],
    ['never assessed', { governed: null }, 3, 'unassessed'],
    [
      'never assessed, provisioning interrupted',
      { governed: null, provisioningInFlight: true },
      3,
      'provisioning-interrupted',
    ],
    ['provisioning interrupted', { provisioningInFlight: true }, 3, 'provisioning-interrupted'],
    ['assessed under an older configuration', {}, 4, 'config-changed'],
    ['assessed under another configuration', {}, 2, 'config-changed'],
    [
      'the intake changed since',
      { intake: { ...INTAKE, launchDate: '2028-01-01' } },
      3,
      'intake-changed',
    ],
    ['the intake property was removed', { intake: undefined }, 3, 'intake-changed'],
    [
      'the last run did not finish (no digest)',
      { governed: { configVersion: 3, intakeDigest: null } },
      3,
      'intake-changed',
    ],
    [
      'the record carries an unknown digest scheme',
      { governed: { configVersion: 3, intakeDigest: 'sha256:00' } },
      3,
      'intake-changed',
    ],
    [
      'an absent intake, governed as absent',
      { intake: undefined, governed: { configVersion: 3, intakeDigest: intakeDigest(undefined) } },
      3,
      null,
    ],
  ])('%s', (_, over, version, reason) => {
    const staleness = governanceStaleness(candidate(over), version);
    expect(staleness).toEqual(reason === null ? { stale: false } : { stale: true, reason });
  });

  const candidateArb = fc.record({
    key: fc.integer({ min: 1, max: 10_000 }).map((n) => `CHG-${String(n)}`),
    intake: fc.option(fc.jsonValue(), { nil: undefined }),
    recordedFor: fc.option(fc.option(fc.jsonValue(), { nil: undefined }), { nil: null }),
    configVersion: fc.integer({ min: 1, max: 5 }),
    provisioningInFlight: fc.boolean(),
  });

  it('a request is fresh exactly when its record names this intake and configuration and nothing is in flight', () => {
    fc.assert(
      fc.property(candidateArb, fc.integer({ min: 1, max: 5 }), (c, inForce) => {
        const governed =
          c.recordedFor === null
            ? null
            : { configVersion: c.configVersion, intakeDigest: intakeDigest(c.recordedFor) };
        const staleness = governanceStaleness(
          { key: c.key, intake: c.intake, governed, provisioningInFlight: c.provisioningInFlight },
          inForce,
        );
        const fresh =
          governed !== null &&
          !c.provisioningInFlight &&
          c.configVersion === inForce &&
          sameJson(c.recordedFor, c.intake) &&
          (c.recordedFor === undefined) === (c.intake === undefined);
        expect(staleness.stale).toBe(!fresh);
      }),
      { numRuns: 500 },
    );
  });

  it('the stale ones of a page come back in page order, each with its reason', () => {
    const page = fc.array(
      fc.record({
        intakeChanged: fc.boolean(),
        assessed: fc.boolean(),
        inFlight: fc.boolean(),
        version: fc.integer({ min: 1, max: 3 }),
      }),
      { maxLength: 100 },
    );
    fc.assert(
      fc.property(page, fc.integer({ min: 1, max: 3 }), (rows, inForce) => {
        const candidates = rows.map((r, i) =>
          candidate({
            key: `CHG-${String(i + 1)}`,
            intake: r.intakeChanged ? { ...INTAKE, launchDate: '2030-01-01' } : INTAKE,
            governed: r.assessed ? { configVersion: r.version, intakeDigest: DIGEST } : null,
            provisioningInFlight: r.inFlight,
          }),
        );
        const stale = staleChangeRequests(candidates, inForce);
        const expected = candidates.flatMap((c) => {
          const s = governanceStaleness(c, inForce);
          return s.stale ? [{ key: c.key, reason: s.reason }] : [];
        });
        expect(stale).toEqual(expected);
        const counts = countByReason(stale);
        expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(stale.length);
        // Nothing fresh is ever picked: a sweep over governed requests governs none of them.
        rows.forEach((r, i) => {
          const picked = stale.some((s) => s.key === `CHG-${String(i + 1)}`);
          expect(picked).toBe(
            r.intakeChanged || !r.assessed || r.inFlight || r.version !== inForce,
          );
        });
      }),
    );
  });
});

describe('unseenInFlight', () => {
  it('keeps each marker no page showed, once', () => {
    expect(
      unseenInFlight(['CHG-1', 'CHG-7', 'CHG-7', 'CHG-9'], new Set(['CHG-1', 'CHG-2'])),
    ).toEqual([
      { key: 'CHG-7', reason: 'provisioning-interrupted' },
      { key: 'CHG-9', reason: 'provisioning-interrupted' },
    ]);
  });

  it('never returns a key that was seen', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 30 })),
        fc.array(fc.integer({ min: 1, max: 30 })),
        (markers, seenNumbers) => {
          const seen = new Set(seenNumbers.map((n) => `CHG-${String(n)}`));
          const out = unseenInFlight(
            markers.map((n) => `CHG-${String(n)}`),
            seen,
          ).map((s) => s.key);
          expect(out.every((k) => !seen.has(k))).toBe(true);
          expect(new Set(out).size).toBe(out.length);
          expect(new Set(out)).toEqual(
            new Set(markers.map((n) => `CHG-${String(n)}`).filter((k) => !seen.has(k))),
          );
        },
      ),
    );
  });
});
