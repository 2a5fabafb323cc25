// Each resolver's payload schema and the limits they enforce: part of the one UI↔backend contract
// (`resolver-contract.ts` re-exports it). Free of platform imports, so the browser bundles can use it.
import { z } from 'zod';
import { LOCALES } from '../domain/localized';
import { calendarPayloadSchemas } from './calendar-contract';
import { journeyPayloadSchemas } from './journey-contract';
import { outcomePayloadSchemas } from './outcome-contract';
import { redesignPayloadSchemas } from './redesign-contract';
import { reportPayloadSchemas } from './report-contract';

/**
 * What storage accepts, so an oversized value is refused with `PAYLOAD.TOO_LARGE` before it is
 * written instead of failing in the write. Forge's Key-Value Store takes a value up to 240 KiB;
 * a configuration version is stored with its version number, author and date around it, for which
 * 1 KiB is kept free. A Jira issue property value may be up to 32 768 characters of JSON; counting
 * UTF-8 bytes is never more lenient than that.
 */
export const PAYLOAD_LIMITS = {
  configBytes: 240 * 1024 - 1024,
  intakeBytes: 32_768,
  /** An imported file may be pretty-printed; beyond this it cannot compact to a storable size. */
  importFileBytes: 4 * (240 * 1024 - 1024),
} as const;

/** The size storage counts: compact JSON in UTF-8. */
export function jsonBytes(value: unknown): number {
  const text = JSON.stringify(value) as string | undefined;
  return text === undefined ? 0 : new TextEncoder().encode(text).length;
}

/** Marks a zod issue so the resolver edge answers `PAYLOAD.TOO_LARGE` naming the limit. */
export const TOO_LARGE_ISSUE = 'PAYLOAD.TOO_LARGE';

const withinBytes =
  <T>(limitBytes: number, measure: (value: T) => number = jsonBytes) =>
  (value: T, ctx: z.RefinementCtx) => {
    if (measure(value) > limitBytes) {
      ctx.addIssue({
        code: 'custom',
        message: `Larger than the ${String(limitBytes)} bytes storage accepts.`,
        params: { code: TOO_LARGE_ISSUE, limitBytes },
      });
    }
  };
const configPayload = z.unknown().superRefine(withinBytes(PAYLOAD_LIMITS.configBytes));
const textBytes = (text: string) => new TextEncoder().encode(text).length;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Use YYYY-MM-DD.');
const localeSchema = z.enum(LOCALES);

/**
 * The intake as the form sends it, and a patch on the one stored: `saveIntake` merges it into the
 * property, so a field left out keeps its stored value (whoever wrote it), `answers` replaces the
 * stored answers as a whole, and an empty text (or `null` for `emergency`) removes a field. Every
 * descriptive field the domain knows (`intakeDetailSchemas`) has its place here; the backend
 * re-validates every field with the domain's parser.
 */
export const intakeInputSchema = z.object({
  launchDate: z.string().max(20).optional(),
  answers: z.record(z.string().max(64), z.number().int().min(0).max(3)).optional(),
  description: z.string().max(5000).optional(),
  segments: z.array(z.string().max(200)).max(50).optional(),
  channels: z.array(z.string().max(200)).max(20).optional(),
  /** Registry ids (64 characters at most, like every configuration id); checked against the registry in force. */
  touchpoints: z.array(z.string().max(64)).max(50).optional(),
  otherTouchpoints: z.array(z.string().max(200)).max(20).optional(),
  customerAction: z.string().max(5000).optional(),
  rollbackPlan: z.string().max(5000).optional(),
  rollout: z.string().max(20).optional(),
  kpis: z.array(z.string().max(500)).max(20).optional(),
  /** Checked field by field by the domain's intake parser; here only bounded. */
  objectives: z
    .array(z.record(z.string().max(40), z.unknown()))
    .max(10)
    .optional(),
  outcome: z.string().max(40).optional(),
  emergency: z
    .object({ justification: z.string().max(5000) })
    .nullable()
    .optional(),
});
export type IntakeInput = z.infer<typeof intakeInputSchema>;
/** The intake as a payload: each field within its bounds, and the whole within a property's size. */
const intakePayload = intakeInputSchema.superRefine(withinBytes(PAYLOAD_LIMITS.intakeBytes));

/** The policy tables: what a macro saved without a choice (or before the report existed) shows. */
export const DEFAULT_MACRO_TABLES = ['criteria', 'roles', 'comms'] as const;
/** Every table the macro offers, in the order it shows them; `report` is the notice-compliance report. */
export const MACRO_TABLES = [...DEFAULT_MACRO_TABLES, 'report'] as const;
export type MacroTable = (typeof MACRO_TABLES)[number];
export const macroConfigSchema = z.object({
  tables: z
    .array(z.enum(MACRO_TABLES))
    .min(1)
    .max(MACRO_TABLES.length)
    .default([...DEFAULT_MACRO_TABLES]),
  locale: localeSchema.optional(),
});
export type MacroConfig = z.infer<typeof macroConfigSchema>;

/** Payload schemas, one per resolver key. The issue always comes from the invocation context, never the payload. */
export const payloadSchemas = {
  getIssueView: z.object({}).strict(),
  saveIntake: z.object({ intake: intakePayload }).strict(),
  whatIf: z.object({ launchDates: z.array(isoDate).min(1).max(6) }).strict(),
  askApprovalAgain: z.object({ stepId: z.string().min(1).max(64) }).strict(),
  getSetupStatus: z.object({}).strict(),
  runSetup: z
    .object({
      projectKey: z.string().regex(/^[A-Z][A-Z0-9_]{1,9}$/, 'A Jira project key, e.g. CHG.'),
    })
    .strict(),
  getConfig: z.object({}).strict(),
  validateConfig: z.object({ config: configPayload }).strict(),
  previewAssessment: z.object({ config: configPayload, intake: intakePayload }).strict(),
  saveConfig: z.object({ config: configPayload, baseVersion: z.number().int().min(0) }).strict(),
  listConfigVersions: z.object({}).strict(),
  getConfigVersion: z.object({ version: z.number().int().min(1) }).strict(),
  restoreConfigVersion: z
    .object({ version: z.number().int().min(1), baseVersion: z.number().int().min(0) })
    .strict(),
  exportConfig: z.object({}).strict(),
  previewImport: z
    .object({
      json: z.string().superRefine(withinBytes(PAYLOAD_LIMITS.importFileBytes, textBytes)),
    })
    .strict(),
  importConfig: z
    .object({
      json: z.string().superRefine(withinBytes(PAYLOAD_LIMITS.importFileBytes, textBytes)),
      baseVersion: z.number().int().min(0),
    })
    .strict(),
  getReassessmentProgress: z.object({}).strict(),
  searchPrincipals: z
    .object({ kind: z.enum(['user', 'group', 'projectRole']), query: z.string().max(100) })
    .strict(),
  getMacroTables: macroConfigSchema.strict(),
  ...journeyPayloadSchemas,
  ...calendarPayloadSchemas,
  ...redesignPayloadSchemas,
  ...outcomePayloadSchemas,
  ...reportPayloadSchemas,
} as const;

export type ResolverKey = keyof typeof payloadSchemas;
export type Payload<K extends ResolverKey> = z.input<(typeof payloadSchemas)[K]>;
