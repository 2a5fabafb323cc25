// The outcome part's resolvers (its payloads and answers are in src/contract/outcome-contract.ts).
import type { outcomePayloadSchemas } from '../contract/outcome-contract';
import { ok } from '../domain';
import { isChangeRequest } from '../governance/govern-change-request';
import { recordObjectiveResults } from '../governance/outcome-service';
import type { HandlersFor } from './context';
import { refuse } from './failure';
import { changeForCaller } from './panel-read';

export const outcomeHandlers: HandlersFor<keyof typeof outcomePayloadSchemas> = {
  async recordObjectiveResults(ctx, payload) {
    // The change request of the panel (on one of its approvals, the change being approved), as the caller may see it.
    const read = await changeForCaller(ctx);
    if (!read.ok) return read;
    const { issue, canEdit } = read.value;
    if (!isChangeRequest(issue))
      return refuse('ISSUE.NOT_CHANGE_REQUEST', `${issue.key} is not a change request.`);
    // Recording the outcome speaks for the change: the same people Jira lets edit it (asked of Jira as the caller).
    if (!canEdit)
      return refuse('AUTH.FORBIDDEN', 'You do not have permission to edit this change request.');
    const recorded = await recordObjectiveResults(ctx.ports, issue, payload);
    if (!recorded.ok) return refuse('INPUT.INVALID', recorded.message, recorded.problems);
    return ok(recorded.value);
  },
};
