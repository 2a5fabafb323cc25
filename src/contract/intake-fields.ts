/**
 * The intake as the issue panel receives it, and the choices its fields offer. The stored
 * property is input anyone with Edit Issues can write (a REST client, another tool, an older
 * version of the app), so the backend reads it here before it goes out: each field the form knows
 * arrives typed, a field holding what the form cannot show arrives absent, and fields the app does
 * not know pass through untouched. The panel then only maps it onto its draft.
 */
import { z } from 'zod';
import { OUTCOMES, ROLLOUTS } from '../domain/intake';
import { isRecord } from './is-record';

export { OUTCOMES, ROLLOUTS, type Outcome } from '../domain/intake';
export { LEGACY_TOUCHPOINT_STAGES } from '../domain/journey';
export type Rollout = (typeof ROLLOUTS)[number];

/** One unreadable field must not hide the others: it is left out, and the form shows it empty. */
const lenient = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);
/** A list keeps its readable entries. */
const listOf = <T>(keep: (item: unknown) => item is T) =>
  lenient(z.array(z.unknown()).transform((items) => items.filter(keep)));
const isText = (item: unknown): item is string => typeof item === 'string';
/** A touchpoint id as the registry writes one; whether the registry holds it is the panel's to show. */
const isTouchpointId = (item: unknown): item is string =>
  typeof item === 'string' && /^[a-zA-Z][a-zA-Z0-9-]{0,63}$/.test(item);
const text = lenient(z.string());
const texts = listOf(isText);

/** An objective as stored, field by field: the form shows a number it cannot read as empty. */
const storedObjectiveSchema = z.object({
  id: z.string().catch(''),
  kpi: z.string().catch(''),
  baseline: z.number().nullable().catch(null),
  target: z.number().nullable().catch(null),
  unit: z.string().catch(''),
  measureBy: z.string().catch(''),
});
export type StoredObjective = z.output<typeof storedObjectiveSchema>;

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
    touchpoints: listOf(isTouchpointId),
    otherTouchpoints: texts,
    customerAction: text,
    rollbackPlan: text,
    rollout: lenient(z.enum(ROLLOUTS)),
    kpis: texts,
    /** Each entry an object is kept, its unreadable fields empty, so the form shows what to fix. */
    objectives: lenient(
      z.array(z.unknown()).transform((items) =>
        items.flatMap((item) => {
          const read = storedObjectiveSchema.safeParse(item);
          return read.success ? [read.data] : [];
        }),
      ),
    ),
    outcome: lenient(z.enum(OUTCOMES)),
    /** Present when the change is declared an emergency, even before it has a justification. */
    emergency: lenient(z.object({ justification: z.string().catch('') })),
  })
  .loose();
export type StoredIntake = z.output<typeof storedIntakeSchema>;

/** The intake property as the panel gets it; null when the property is missing or not an object. */
export const readStoredIntake = (raw: unknown): StoredIntake | null =>
  isRecord(raw) ? storedIntakeSchema.parse(raw) : null;
