// Which change requests still need governing: the sweep's decision, from what one search page shows.

/**
 * A stable fingerprint of a JSON value (the intake property as read): canonical JSON (object keys sorted,
 * recursively), hashed with 64-bit FNV-1a over its UTF-8 bytes. The same value always gives the same digest,
 * whatever order its keys were written in; an absent value has a digest of its own.
 */
export function intakeDigest(raw: unknown): string {
  const bytes = new TextEncoder().encode(raw === undefined ? '\u0000absent' : canonicalJson(raw));
  return `${DIGEST_SCHEME}:${fnv1a64(bytes)}`;
}

/** Names the algorithm, so a future change of it reads as "changed" rather than colliding. */
export const DIGEST_SCHEME = 'fnv1a64';

/**
 * 64-bit FNV-1a in four 16-bit limbs (exact in doubles, and a page of large intakes hashes in milliseconds).
 * The prime 0x100000001b3 is 0x1b3 in limb 0 plus 0x100 in limb 2.
 */
function fnv1a64(bytes: Uint8Array): string {
  let h0 = 0x2325;
  let h1 = 0x8422;
  let h2 = 0x9ce4;
  let h3 = 0xcbf2;
  for (const byte of bytes) {
    h0 ^= byte;
    const t0 = h0 * 0x1b3;
    const t1 = h1 * 0x1b3 + (t0 >>> 16);
    const t2 = h2 * 0x1b3 + h0 * 0x100 + (t1 >>> 16);
    const t3 = h3 * 0x1b3 + h1 * 0x100 + (t2 >>> 16);
    h0 = t0 & 0xffff;
    h1 = t1 & 0xffff;
    h2 = t2 & 0xffff;
    h3 = t3 & 0xffff;
  }
  return [h3, h2, h1, h0].map((limb) => limb.toString(16).padStart(4, '0')).join('');
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value))
    return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>;
    const entries = Object.keys(record)
      .filter((k) => record[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonicalJson(record[k])}`);
    return `{${entries.join(',')}}`;
  }
  // Strings, numbers and booleans as JSON writes them; null, and anything JSON cannot hold, as null.
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return JSON.stringify(value);
  return 'null';
}

/** Why a change request's governance is unfinished. */
export type StaleReason =
  /** No readable assessment: its events never got through. */
  | 'unassessed'
  /** A provisioning started and did not confirm it finished (the app's in-flight marker is still there). */
  | 'provisioning-interrupted'
  /** The configuration in force is not the one the assessment used (a re-assessment job was lost). */
  | 'config-changed'
  /** The intake is not the one the last complete governance run read (an edit's event was lost, or the run failed). */
  | 'intake-changed'
  /**
   * The change request moved (approved, declined, back to review) since the last complete run, which recorded
   * the status it governed because redesign tasks hang on it: the transition's event was lost.
   */
  | 'status-changed';

/** One open change request as a search page shows it. */
export interface SweepCandidate {
  key: string;
  /** The intake property's value as read; undefined when the issue has none. */
  intake: unknown;
  /** What the stored assessment records about the run that wrote it; null when there is none (or it is unreadable). */
  governed: {
    configVersion: number;
    intakeDigest: string | null;
    /** The status the run governed; recorded only for requests whose redesign tasks depend on it. */
    status?: string;
  } | null;
  /** The request's status name now, when the page shows it. */
  status?: string | null;
  /** Whether the app's in-flight provisioning marker exists for this request. */
  provisioningInFlight: boolean;
}

export type Staleness = { stale: false } | { stale: true; reason: StaleReason };

/**
 * Whether a change request needs governing again, and the first reason that says so. A record without a
 * digest (written by an earlier version of the app, or by a run that did not finish) counts as stale.
 */
export function governanceStaleness(candidate: SweepCandidate, configVersion: number): Staleness {
  const { governed } = candidate;
  if (candidate.provisioningInFlight) return { stale: true, reason: 'provisioning-interrupted' };
  if (governed === null) return { stale: true, reason: 'unassessed' };
  if (governed.configVersion !== configVersion) return { stale: true, reason: 'config-changed' };
  if (governed.intakeDigest !== intakeDigest(candidate.intake))
    return { stale: true, reason: 'intake-changed' };
  if (
    governed.status !== undefined &&
    typeof candidate.status === 'string' &&
    governed.status !== candidate.status
  )
    return { stale: true, reason: 'status-changed' };
  return { stale: false };
}

export interface StaleChangeRequest {
  key: string;
  reason: StaleReason;
}

/** The stale ones of a page, in page order. */
export function staleChangeRequests(
  candidates: readonly SweepCandidate[],
  configVersion: number,
): StaleChangeRequest[] {
  return candidates.flatMap((candidate) => {
    const staleness = governanceStaleness(candidate, configVersion);
    return staleness.stale ? [{ key: candidate.key, reason: staleness.reason }] : [];
  });
}

/**
 * Keys with an in-flight marker that no page of open change requests showed (e.g. the request was closed
 * meanwhile): their provisioning was interrupted too, and is completed all the same.
 */
export function unseenInFlight(
  inFlight: readonly string[],
  seen: ReadonlySet<string>,
): StaleChangeRequest[] {
  return [...new Set(inFlight)]
    .filter((key) => !seen.has(key))
    .map((key) => ({ key, reason: 'provisioning-interrupted' as const }));
}

/** A count per reason, for the sweep's log line. */
export function countByReason(stale: readonly StaleChangeRequest[]): Record<StaleReason, number> {
  const counts: Record<StaleReason, number> = {
    unassessed: 0,
    'provisioning-interrupted': 0,
    'config-changed': 0,
    'intake-changed': 0,
    'status-changed': 0,
  };
  for (const { reason } of stale) counts[reason] += 1;
  return counts;
}
