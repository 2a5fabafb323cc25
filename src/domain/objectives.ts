import { z } from 'zod';

/** The bounds of an objective's texts: a KPI names a measure, a unit is a word or a symbol. */
export const OBJECTIVE_LIMITS = { kpi: 200, unit: 40 } as const;

/** Lower-case letters, digits and dashes: safe in storage keys, paths and DOM ids alike. */
export const OBJECTIVE_ID = /^[a-z0-9][a-z0-9-]{0,39}$/;

/**
 * One SMART objective of a change (seed 003): a KPI with the value it starts from, the value the
 * change aims for, its unit and the day it is measured. Specific (a named KPI), measurable
 * (numbers and a unit), time-bound (a measure-by date); checked against the launch by the intake
 * (`parseObjectives`), which names each field that fails.
 */
export const objectiveSchema = z.object({
  /** Stable within the change, so a recorded outcome stays attached when the list is edited. */
  id: z.string().regex(OBJECTIVE_ID, 'Use lower-case letters, digits and dashes.'),
  kpi: z.string().trim().min(1).max(OBJECTIVE_LIMITS.kpi),
  baseline: z.number(),
  target: z.number(),
  unit: z.string().trim().min(1).max(OBJECTIVE_LIMITS.unit),
  measureBy: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Use YYYY-MM-DD.'),
});
export type Objective = z.infer<typeof objectiveSchema>;

export const MAX_OBJECTIVES = 10;
