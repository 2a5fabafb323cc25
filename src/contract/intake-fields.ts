/**
 * The intake as the issue panel receives it, and the choices its fields offer. The stored
 * property is input anyone with Edit Issues can write (a REST client, another tool, an older
 * version of the app), so the backend reads it here before it goes out: each field the form knows
 * arrives typed, a field holding what the form cannot show arrives absent, and fields the app does
 * not know pass through untouched. The panel then only maps it onto its draft.
 */
import { z } from 'zod';
import { OUTCOMES, ROLLOUTS, TOUCHPOINTS } from '../domain/intake';
import { isRecord } from './is-record';

export { OUTCOMES, ROLLOUTS, TOUCHPOINTS, type Outcome } from '../domain/intake';
export type Touchpoint = (typeof TOUCHPOINTS)[number];
export type Rollout = (typeof ROLLOUTS)[number];

/** One unreadable field must not hide the others: it is left out, and the form shows it empty. */
const lenient = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);
/** A list keeps its readable entries. */
const listOf = <T>(keep: (item: unknown) => item is T) =>
  lenient(z.array(z.unknown()).transform((items) => items.filter(keep)));
const isText = (item: unknown): item is string => typeof item === 'string';
const isTouchpoint = (item: unknown): item is Touchpoint =>
  (TOUCHPOINTS as readonly unknown[]).includes(item);
const text = lenient(z.string());
const texts = listOf(isText);

export const storedIntakeSchema = z
  .object({
    description: text,
    launchDate: text,
    /** Only whole numbers: the criterion options are whole numbers. */
    answers: lenient(
      z
        .record(z.string(), z.unknown())
        .transform((answers) =>
          Object.fromEntries(
            Object.entries(answers).filter(
              (entry): entry is [string, number] =>
                typeof entry[1] === 'number' && Number.isInteger(entry[1]),
            ),
          ),
        ),
    ),
    segments: texts,
    channels: texts,
    touchpoints: listOf(isTouchpoint),
    customerAction: text,
    rollbackPlan: text,
    rollout: lenient(z.enum(ROLLOUTS)),
    kpis: texts,
    outcome: lenient(z.enum(OUTCOMES)),
    /** Present when the change is declared an emergency, even before it has a justification. */
    emergency: lenient(z.object({ justification: z.string().catch('') })),
  })
  .loose();
export type StoredIntake = z.output<typeof storedIntakeSchema>;

/** The intake property as the panel gets it; null when the property is missing or not an object. */
export const readStoredIntake = (raw: unknown): StoredIntake | null =>
  isRecord(raw) ? storedIntakeSchema.parse(raw) : null;
