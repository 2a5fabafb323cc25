import { z } from 'zod';

/** Issue property keys: part of the public contract (docs/design-contract.md "Issue properties"). */
export const INTAKE_PROPERTY = 'change-governance.intake';
export const ASSESSMENT_PROPERTY = 'change-governance.assessment';
export const STEP_PROPERTY = 'change-governance.step';

export const CHANGE_REQUEST_TYPE = 'Change Request';
export const CHANGE_APPROVAL_TYPE = 'Change Approval';
export const COMMS_TASK_TYPE = 'Task';
export const APP_LABEL = 'change-governance';

/**
 * What each provisioned ticket is for. `redesign` (a touchpoint owner's update after approval) came after the
 * first two: readers that know only those still read every record written before it.
 */
export const ticketKindSchema = z.enum(['approval', 'comms', 'redesign']);

/**
 * What the app writes on each ticket it provisions: a JQL index and a display copy. Anyone with Edit Issues can
 * rewrite it, so no decision reads it; the app's own record is the ticket registry in app storage.
 */
export const stepPropertySchema = z.object({
  changeRequest: z.string(),
  kind: ticketKindSchema,
  stepId: z.string(),
  forTier: z.number().int().optional(),
  roleId: z.string().optional(),
  /** Closed as obsolete or invalidated by the app: kept as history, no longer part of the plan. */
  retired: z.boolean().optional(),
  /** The one-time token of the bulk create that made the ticket: how a create whose answer was lost is recovered. */
  token: z.string().optional(),
});
export type StepProperty = z.infer<typeof stepPropertySchema>;

/** The tickets provisioned for a change request, recorded on it so replays find them without searching. */
export const provisionedSchema = z.array(
  z.object({
    key: z.string(),
    id: z.string(),
    kind: ticketKindSchema,
    stepId: z.string(),
  }),
);
export type Provisioned = z.infer<typeof provisionedSchema>;

export const storedAssessmentExtrasSchema = z
  .object({ provisioned: provisionedSchema.default([]) })
  .loose();

/**
 * What the sweep reads from a stored assessment about the run that wrote it. `intakeDigest` (an extension of
 * docs/design-contract.md's property contract) is the digest of the intake that run read, recorded only when it finished.
 */
export const governedRecordSchema = z
  .object({
    configVersion: z.number().int(),
    intakeDigest: z.string().optional(),
    /** The change request's status the run governed, for requests whose redesign tasks hang on it. */
    governedStatus: z.string().optional(),
  })
  .loose();
