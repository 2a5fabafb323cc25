import { journeyOf, type GovernanceConfig } from '../domain';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Arrays of things with ids are compared by id, so reordering or inserting reads as what it is. */
function idOf(item: Json): string | null {
  if (item && typeof item === 'object' && !Array.isArray(item)) {
    const id = item.id ?? item.tier;
    if (typeof id === 'string' || typeof id === 'number') return String(id);
  }
  return null;
}

const show = (value: Json | undefined): string => {
  if (value === undefined) return '—';
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
};

function diff(
  before: Json | undefined,
  after: Json | undefined,
  path: string,
  out: string[],
): void {
  if (JSON.stringify(before) === JSON.stringify(after)) return;
  if (
    Array.isArray(before) &&
    Array.isArray(after) &&
    [...before, ...after].every((item) => idOf(item) !== null)
  ) {
    // Matched by id, named by position, so a line reads like the validation message for that field
    // (`tiers[0].leadTimeDays`): the position in the new version, or in the old one when removed.
    const keyed = (list: Json[]) =>
      new Map(list.map((item, index) => [idOf(item) ?? '', { item, index }]));
    const a = keyed(before);
    const b = keyed(after);
    for (const [id, { item, index }] of b) {
      const at = `${path}[${String(index)}]`;
      const old = a.get(id);
      if (!old) out.push(`${at} added`);
      else diff(old.item, item, at, out);
    }
    for (const [id, { index }] of a) if (!b.has(id)) out.push(`${path}[${String(index)}] removed`);
    return;
  }
  if (
    before &&
    after &&
    typeof before === 'object' &&
    typeof after === 'object' &&
    !Array.isArray(before) &&
    !Array.isArray(after)
  ) {
    for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
      diff(before[key], after[key], path ? `${path}.${key}` : key, out);
    }
    return;
  }
  out.push(`${path}: ${show(before)} → ${show(after)}`);
}

/** What an admin changed between two versions, e.g. `criteria[0].weight: 3 → 4`. */
export function describeConfigChanges(before: GovernanceConfig, after: GovernanceConfig): string[] {
  const out: string[] = [];
  // A version saved before the registry has no journey: the shipped one was in force, so only
  // what the admin changed in it is a change.
  const { version: _a, ...restBefore } = { ...before, journey: journeyOf(before) };
  const { version: _b, ...restAfter } = { ...after, journey: journeyOf(after) };
  diff(
    JSON.parse(JSON.stringify(restBefore)) as Json,
    JSON.parse(JSON.stringify(restAfter)) as Json,
    '',
    out,
  );
  return out.length > 0 ? out : ['No changes'];
}
