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
