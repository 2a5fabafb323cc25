import { fail, invalidDecision, ok, type Failure, type Result } from '../domain';
import { ASK_AGAIN_KEYS } from '../i18n/governance-text';
import { siteLocale } from '../i18n/site-locale';
import { translate } from '../i18n/translate';
import { addComment, getIssue } from '../jira/issues';
import { configRepository } from '../storage/config-repository';
import { paragraphs } from './adf';
import {
  CHANGE_REQUEST_FIELDS,
  governChangeRequest,
  isChangeRequest,
} from './govern-change-request';
import { exclusively } from './lock';
import type { GovernancePorts } from './ports';
import { ASSESSMENT_PROPERTY, INTAKE_PROPERTY } from './properties';
import { readTickets } from './ticket-reader';
import { loadRegistry, saveRegistry, upsertTickets } from './ticket-registry';

export type AskAgainFailure = Failure<
  'APPROVAL.NOT_DECLINED' | 'ISSUE.NOT_FOUND' | 'GOVERNANCE.BUSY'
>;

/**
 * After a decline, the requester addresses the objection and asks the approver again: the declined approval stays
 * as history (retired, with who asked again and when, in the app's registry and as comments on both issues), and
 * the next governance pass asks the role's approver in a new approval. Only a decline the approver actually took
 * can be asked again; the caller's right to edit the change request is checked by the resolver.
 */
export async function askApprovalAgain(
  ports: GovernancePorts,
  issueKey: string,
  stepId: string,
  askedBy: string,
): Promise<Result<{ declined: string }, AskAgainFailure>> {
  const run = await exclusively(ports.store, issueKey, async () => {
    const issue = await getIssue(ports.jira, issueKey, CHANGE_REQUEST_FIELDS, [
      INTAKE_PROPERTY,
      ASSESSMENT_PROPERTY,
    ]);
    if (!issue || !isChangeRequest(issue))
      return fail<AskAgainFailure>({
        code: 'ISSUE.NOT_FOUND',
        message: `${issueKey} is not a change request.`,
      });
    const config = await configRepository(ports.store, ports.nowIso).inForce();
    const registry = await loadRegistry(ports.store, { id: issue.id, key: issue.key });
    const { existing } = await readTickets(ports.jira, issue, registry, config);
    // Only a decline the named approver actually took (the domain's rule for a decision that counts).
    const declined = existing.find(
      (t) =>
        t.kind === 'approval' &&
        t.stepId === stepId &&
        !t.retired &&
        t.outcome === 'declined' &&
        invalidDecision(t) === null,
    );
    const entry = declined && registry.tickets.find((t) => t.key === declined.key);
    if (!declined || !entry)
      return fail<AskAgainFailure>({
        code: 'APPROVAL.NOT_DECLINED',
        message: `No declined approval of ${stepId} to ask again on ${issueKey}.`,
      });
    await saveRegistry(
      ports.store,
      upsertTickets(registry, [
        { ...entry, retired: true, askedAgainBy: askedBy, askedAgainAt: ports.nowIso() },
      ]),
    );
    // The audit trail, where people look for it: on the declined approval and on the change request,
    // in the site's language since everyone on the site reads it.
    const locale = await siteLocale(ports.jira, ports.store);
    const values = { who: askedBy, key: declined.key };
    await addComment(
      ports.jira,
      declined.key,
      paragraphs(translate(locale, ASK_AGAIN_KEYS.onApproval, values)),
    );
    await addComment(
      ports.jira,
      issue.key,
      paragraphs(translate(locale, ASK_AGAIN_KEYS.onChangeRequest, values)),
    );
    return ok({ declined: declined.key });
  });
  if (!run.ran)
    return fail<AskAgainFailure>({
      code: 'GOVERNANCE.BUSY',
      message: `${issueKey} is being governed right now; try again in a moment.`,
    });
  if (run.result.ok) await governChangeRequest(ports, issueKey);
  return run.result;
}
