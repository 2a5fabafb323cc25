import { z } from 'zod';
import { gateForIssue, type GateName } from '../governance/gate-checks';
import type { GovernancePorts } from '../governance/ports';

const validatorEventSchema = z.object({ issue: z.object({ key: z.string() }) });

export interface ValidatorAnswer {
  result: boolean;
  errorMessage?: string;
}

/** A Forge workflow validator: only the issue key arrives, and Jira is read as the app. */
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
