import { z } from 'zod';
import { localizedTextSchema } from './localized';

const idSchema = z
  .string()
  .regex(/^[a-zA-Z][a-zA-Z0-9-]{0,63}$/, 'Use letters, digits and dashes, starting with a letter.');

/**
 * The shape a stored configuration was written in. A configuration without one was saved before the
 * number existed (schema 1); `migrateConfig` brings older ones up to this before they are validated.
 */
export const CONFIG_SCHEMA_VERSION = 2;

export const tierNumberSchema = z.number().int().min(1).max(9);

export const tierSchema = z.object({
  tier: tierNumberSchema,
  name: localizedTextSchema,
  /** Minimum days between submission and launch; the tier's comms plan can demand more. */
  leadTimeDays: z.number().int().min(0).max(3650).optional(),
  effects: z.object({
    cx: localizedTextSchema,
    pr: localizedTextSchema,
    finance: localizedTextSchema,
  }),
  examples: z.array(localizedTextSchema).max(20),
});

export const answerOptionSchema = z.object({
  value: z.number().int().min(0).max(3),
  label: localizedTextSchema,
});

export const criterionSchema = z.object({
  id: idSchema,
  question: localizedTextSchema,
  weight: z.number(),
  options: z.array(answerOptionSchema).min(2).max(4),
});

export const thresholdSchema = z.object({
  tier: tierNumberSchema,
  /** A weighted score at or above this reaches the tier. */
  minScore: z.number().min(0).max(100),
});

export const conditionSchema = z.object({
  criterion: idSchema,
  op: z.enum(['eq', 'neq', 'gte', 'lte']),
  value: z.number().int().min(0).max(3),
});

export const escalationRuleSchema = z.object({
  id: idSchema,
  description: localizedTextSchema,
  /** Every condition must hold. */
  when: z.array(conditionSchema).min(1).max(8),
  /** The tier is raised to at least this one (1 is the highest impact). */
  minimumTier: tierNumberSchema,
});

export const roleMappingSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('user'), accountId: z.string().min(1).max(128) }),
  z.object({ kind: z.literal('group'), groupName: z.string().min(1).max(255) }),
  z.object({ kind: z.literal('projectRole'), roleName: z.string().min(1).max(255) }),
  /** The change request's reporter: the requesting team. */
  z.object({ kind: z.literal('reporter') }),
]);

export const roleSchema = z.object({
  id: idSchema,
  name: localizedTextSchema,
  mapsTo: roleMappingSchema,
});

export const tierRolesSchema = z.object({
  tier: tierNumberSchema,
  reviewers: z.array(idSchema).max(20),
  approvers: z.array(idSchema).min(1).max(20),
  commsOwner: idSchema,
});

export const commsStepSchema = z.object({
  id: idSchema,
  title: localizedTextSchema,
  /** Days from launch; negative is before. */
  offsetDays: z.number().int(),
  /** Localized like the title: each viewer reads the channel in their own language. */
  channel: localizedTextSchema,
  ownerRole: idSchema,
  /** Customers see it; approvals must be in before the first such step. */
  customerFacing: z.boolean(),
});

export const commsPlanSchema = z.object({
  tier: tierNumberSchema,
  steps: z.array(commsStepSchema).max(30),
  /**
   * Days from launch (never after it) by which the redesign tasks of an approved change are due:
   * help-centre articles, macros and journey maps updated before customers meet the change. Absent
   * in configurations saved before redesign tasks existed: then the plan's first customer-facing
   * step, or launch when it has none.
   */
  redesignOffsetDays: z.number().int().min(-730).max(0).optional(),
});

/** Who owns a touchpoint: a person, a group or a project role of the change's project. */
export const touchpointOwnerSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('user'), accountId: z.string().min(1).max(128) }),
  z.object({ kind: z.literal('group'), groupName: z.string().min(1).max(255) }),
  z.object({ kind: z.literal('projectRole'), roleName: z.string().min(1).max(255) }),
]);

/** Where the customer meets the company at one step, and who and what stands behind it (the service blueprint). */
export const touchpointSchema = z.object({
  id: idSchema,
  name: localizedTextSchema,
  /** Front- and back-stage people: who the customer deals with, who supports them. */
  people: localizedTextSchema.optional(),
  process: localizedTextSchema.optional(),
  technology: localizedTextSchema.optional(),
  owner: touchpointOwnerSchema,
});

export const customerStepSchema = z.object({
  id: idSchema,
  name: localizedTextSchema,
  touchpoints: z.array(touchpointSchema).max(30),
});

export const journeyStageSchema = z.object({
  id: idSchema,
  name: localizedTextSchema,
  steps: z.array(customerStepSchema).max(20),
});

/** The touchpoint registry: the customer's journey stage by stage, as the intake offers it. */
export const journeySchema = z.object({
  stages: z.array(journeyStageSchema).min(1).max(12),
  /** Whether the intake may also name touchpoints the registry lacks, as free text. */
  allowOtherTouchpoints: z.boolean(),
});

const isoDateText = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Use YYYY-MM-DD.');

/**
 * Days no change may launch in (year-end billing, a peak season), for every change or only those
 * reaching one of the named segments or channels.
 */
export const freezeWindowSchema = z.object({
  id: idSchema,
  name: localizedTextSchema,
  /** First and last frozen day, both included. */
  start: isoDateText,
  end: isoDateText,
  /** Both empty: the window holds for every change. */
  segments: z.array(z.string().trim().min(1).max(200)).max(50),
  channels: z.array(z.string().trim().min(1).max(200)).max(20),
});

/** How many customer-facing changes one segment or touchpoint may take within a window. */
export const fatigueRuleSchema = z.object({
  maxChanges: z.number().int().min(1).max(100),
  windowDays: z.number().int().min(1).max(366),
});

export const changeCalendarSchema = z.object({
  fatigue: fatigueRuleSchema,
  freezeWindows: z.array(freezeWindowSchema).max(50),
});

export const emergencySchema = z.object({
  approverRole: idSchema,
  review: z.object({ id: idSchema, title: localizedTextSchema, offsetDays: z.number().int() }),
});

export const governanceConfigSchema = z.object({
  version: z.number().int().min(1),
  /** Absent in configurations saved before schema versions were recorded. */
  schemaVersion: z.number().int().min(1).optional(),
  tiers: z.array(tierSchema).min(2).max(9),
  criteria: z.array(criterionSchema).min(1).max(30),
  thresholds: z.array(thresholdSchema).min(1).max(8),
  escalations: z.array(escalationRuleSchema).max(30),
  roles: z.array(roleSchema).min(1).max(60),
  tierRoles: z.array(tierRolesSchema),
  commsPlans: z.array(commsPlanSchema),
  emergency: emergencySchema,
  /** Absent in configurations saved before the touchpoint registry: the shipped journey stands in. */
  journey: journeySchema.optional(),
  /** Absent in configurations saved before the change calendar: no freeze windows, the shipped fatigue rule. */
  calendar: changeCalendarSchema.optional(),
  /** Done statuses of an approval that count as given or refused; any other done status withdraws it. */
  approvalStatuses: z.object({
    approved: z.array(z.string().min(1)).min(1),
    declined: z.array(z.string().min(1)).min(1),
  }),
});

export type GovernanceConfig = z.infer<typeof governanceConfigSchema>;
export type Tier = z.infer<typeof tierSchema>;
export type Criterion = z.infer<typeof criterionSchema>;
export type EscalationRule = z.infer<typeof escalationRuleSchema>;
export type Condition = z.infer<typeof conditionSchema>;
export type Role = z.infer<typeof roleSchema>;
export type RoleMapping = z.infer<typeof roleMappingSchema>;
export type TierRoles = z.infer<typeof tierRolesSchema>;
export type CommsStep = z.infer<typeof commsStepSchema>;
export type CommsPlan = z.infer<typeof commsPlanSchema>;
export type TouchpointOwner = z.infer<typeof touchpointOwnerSchema>;
export type Touchpoint = z.infer<typeof touchpointSchema>;
export type CustomerStep = z.infer<typeof customerStepSchema>;
export type JourneyStage = z.infer<typeof journeyStageSchema>;
export type Journey = z.infer<typeof journeySchema>;
export type FreezeWindow = z.infer<typeof freezeWindowSchema>;
export type FatigueRule = z.infer<typeof fatigueRuleSchema>;
export type ChangeCalendarRules = z.infer<typeof changeCalendarSchema>;
