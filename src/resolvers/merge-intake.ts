// Saving the intake from the panel patches the stored property instead of replacing it: whatever
// a REST client, the create call or another version of the app wrote there stays.
import { z } from 'zod';
import type { IntakeInput } from '../contract/resolver-contract';

/** The stored property as far as a merge needs to know it: any JSON object, every key kept. */
const storedIntakeSchema = z.record(z.string(), z.unknown());

export interface MergedIntake {
  /** The property to write: the stored one with the patch applied. */
  intake: Record<string, unknown>;
  /** The top-level fields the patch set or removed; problems elsewhere are not the caller's. */
  touched: ReadonlySet<string>;
}

/**
 * Applies the form's patch to the stored intake. A field the patch leaves out keeps its stored
 * value; `null` or an empty text removes it; `answers` is replaced as a whole (the form sends
 * every answer it holds). A stored value that is not a JSON object cannot be merged into and is
 * replaced.
 */
export function mergeIntake(stored: unknown, patch: IntakeInput): MergedIntake {
  const parsed = storedIntakeSchema.safeParse(stored);
  const intake: Record<string, unknown> = parsed.success ? { ...parsed.data } : {};
  const touched = new Set<string>();
  const entries: Array<[string, unknown]> = Object.entries(patch);
  for (const [key, value] of entries) {
    if (value === undefined) continue;
    touched.add(key);
    if (value === null || value === '') {
      // eslint-disable-next-line @typescript-eslint/no-dynamic-delete -- the key is one of the contract's own fields
      delete intake[key];
    } else {
      intake[key] = value;
    }
  }
  return { intake, touched };
}

/** Whether a problem's field (`launchDate`, `answers.reach`, `segments[0]`) lies under a touched one. */
export const isTouched = (touched: ReadonlySet<string>, field: string): boolean =>
  [...touched].some(
    (key) => field === key || field.startsWith(`${key}.`) || field.startsWith(`${key}[`),
  );
