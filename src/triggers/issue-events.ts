import { z } from 'zod';
import { governChangeRequest } from '../governance/govern-change-request';
import type { GovernancePorts } from '../governance/ports';
import { CHANGE_REQUEST_TYPE } from '../governance/properties';

const issueEventSchema = z.object({
  eventType: z.string().optional(),
  issue: z.object({
    key: z.string(),
    fields: z
      .object({
        issuetype: z.object({ name: z.string() }).partial().optional(),
        parent: z.object({ key: z.string() }).optional(),
      })
      .loose()
      .optional(),
  }),
});

/** Created or updated issue: a change request is (re)assessed and its governance work reconciled. */
export async function handleIssueEvent(ports: GovernancePorts, event: unknown): Promise<void> {
  const parsed = issueEventSchema.safeParse(event);
  if (!parsed.success) {
    console.warn('Ignored an issue event without an issue key.');
    return;
  }
  const typeName = parsed.data.issue.fields?.issuetype?.name;
  // Events are at-least-once and may be late: governing re-reads the issue, so the payload only routes.
  if (typeName !== undefined && typeName.toLowerCase() !== CHANGE_REQUEST_TYPE.toLowerCase()) {
    // A sub-task moved (an approval decided, reassigned): its change request is governed again, so a decision
    // the approver did not take is retired and asked again at once. The parent is only a hint: governing reads
    // the app's own registry, so a sub-task under the wrong parent changes nothing.
    const parentKey = parsed.data.issue.fields?.parent?.key;
    if (parentKey !== undefined) await governChangeRequest(ports, parentKey);
    return;
  }
  await governChangeRequest(ports, parsed.data.issue.key);
}
