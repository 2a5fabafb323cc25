import { z } from 'zod';
import { gateForIssue, type GateName } from '../governance/gate-checks';
import type { GovernancePorts } from '../governance/ports';

/**
 * What Jira passes a Forge workflow validator function: the issue key, the validator's saved
 * configuration, the transition's statuses and the fields the transition screen changed.
 */
export const validatorEventSchema = z.object({
  issue: z.object({ key: z.string().min(1) }),
  configuration: z.record(z.string(), z.unknown()).optional(),
  transition: z.object({
    // A create transition has no status to come from.
    from: z.object({ id: z.string() }).optional(),
    to: z.object({ id: z.string() }),
    // Atlassian's pages place the screen's edits beside `transition` or inside it: both are read.
    modifiedFields: z.record(z.string(), z.unknown()).optional(),
  }),
  modifiedFields: z.record(z.string(), z.unknown()).optional(),
});
export type ValidatorEvent = z.infer<typeof validatorEventSchema>;

export interface ValidatorAnswer {
  result: boolean;
  errorMessage?: string;
}

/** A Forge workflow validator: Jira is read as the app; an event it cannot read refuses the transition. */
export async function handleGate(
  ports: GovernancePorts,
  gate: GateName,
  event: unknown,
): Promise<ValidatorAnswer> {
  const parsed = validatorEventSchema.safeParse(event);
  if (!parsed.success)
    return {
      result: false,
      errorMessage: 'Change Governance could not tell which issue is moving.',
    };
  const decision = await gateForIssue(ports, parsed.data.issue.key, gate);
  return decision.pass ? { result: true } : { result: false, errorMessage: decision.message };
}
