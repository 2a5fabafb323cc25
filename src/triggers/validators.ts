import { z } from 'zod';
import { gateForIssue, type GateName } from '../governance/gate-checks';
import type { GovernancePorts } from '../governance/ports';
import { gateRefusalText, UNREADABLE_TRANSITION_KEY } from '../i18n/gate-text';
import { siteLocale } from '../i18n/site-locale';
import { translate } from '../i18n/translate';

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

/**
 * A Forge workflow validator: Jira is read as the app; an event it cannot read refuses the transition.
 * Jira shows the refusal to whoever moved the issue, and the validator cannot know their language,
 * so it is written in the site's default language (English where Jira does not say).
 */
export async function handleGate(
  ports: GovernancePorts,
  gate: GateName,
  event: unknown,
): Promise<ValidatorAnswer> {
  const parsed = validatorEventSchema.safeParse(event);
  if (!parsed.success)
    return {
      result: false,
      errorMessage: translate(await siteLocale(ports.jira, ports.store), UNREADABLE_TRANSITION_KEY),
    };
  const decision = await gateForIssue(ports, parsed.data.issue.key, gate);
  if (decision.pass) return { result: true };
  const locale = await siteLocale(ports.jira, ports.store);
  return { result: false, errorMessage: gateRefusalText(decision, locale) };
}
