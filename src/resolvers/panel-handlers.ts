// The issue panel's resolvers: read the change request as the caller may, save their intake, ask what-if.
import { jsonBytes, PAYLOAD_LIMITS } from '../contract/resolver-contract';
import {
  intakeTouchpointProblems,
  journeyOf,
  ok,
  parseCalendarDate,
  parseIntake,
  readAnswers,
  whatIf,
  type CalendarDate,
} from '../domain';
import {
  governChangeRequest,
  isChangeRequest,
  type Decided,
} from '../governance/govern-change-request';
import { askApprovalAgain } from '../governance/ask-again';
import { whatIfForViewer, whatIfNeighbours } from '../governance/calendar-warnings';
import { withApprovalContext } from '../governance/approval-view';
import { buildIssueView } from '../governance/issue-view';
import { INTAKE_PROPERTY } from '../governance/properties';
import { writeIntakeAsCaller } from '../jira/intake';
import type { JiraIssue } from '../jira/schemas';
import type { HandlersFor, ResolverContext } from './context';
import { payloadTooLarge, refuse } from './failure';
import { isTouched, mergeIntake } from './merge-intake';
import {
  assessmentInputs,
  changeForCaller,
  configInForce,
  issueForCaller,
  readChangeRequest,
  type CallerChange,
} from './panel-read';
import { similarChangesForCaller, viewForCaller } from './panel-view';

/** A problem's parameters as the UI reads them: only the ones that are set. */
const definedParams = (params: Readonly<Record<string, string | number | undefined>>) =>
  Object.fromEntries(
    Object.entries(params).filter(
      (entry): entry is [string, string | number] => entry[1] !== undefined,
    ),
  );

type PanelKey = 'getIssueView' | 'saveIntake' | 'whatIf' | 'askApprovalAgain';

async function viewFor(
  ctx: ResolverContext,
  issue: JiraIssue,
  canEdit: boolean,
  decided?: Decided,
) {
  return viewForCaller(ctx.ports, issue, await buildIssueView(ctx.ports, issue, canEdit, decided));
}

async function viewOf(ctx: ResolverContext, issue: JiraIssue, canEdit: boolean, decided?: Decided) {
  return ok(await viewFor(ctx, issue, canEdit, decided));
}

/** The view of the change request the panel is about; on one of its approvals, naming that approval. */
async function changeViewOf(ctx: ResolverContext, read: CallerChange) {
  const view = await viewFor(ctx, read.issue, read.canEdit);
  const { approval } = read;
  return ok(approval ? withApprovalContext(view, approval.key, approval.stepId) : view);
}

export const panelHandlers: HandlersFor<PanelKey> = {
  async getIssueView(ctx) {
    const read = await changeForCaller(ctx);
    return read.ok ? changeViewOf(ctx, read.value) : read;
  },

  async askApprovalAgain(ctx, { stepId }) {
    const read = await changeForCaller(ctx);
    if (!read.ok) return read;
    const { issue } = read.value;
    if (!isChangeRequest(issue))
      return refuse('ISSUE.NOT_CHANGE_REQUEST', `${issue.key} is not a change request.`);
    // Asking again answers the objection on the requester's behalf: the same people Jira lets edit the change.
    if (!read.value.canEdit)
      return refuse('AUTH.FORBIDDEN', 'You do not have permission to edit this change request.');
    const asked = await askApprovalAgain(ctx.ports, issue.key, stepId, ctx.ports.accountId);
    if (!asked.ok) return refuse(asked.code, asked.message);
    const after = await readChangeRequest(ctx, issue.key);
    if (!after) return refuse('ISSUE.NOT_FOUND', `${issue.key} was deleted meanwhile.`);
    return changeViewOf(ctx, { ...read.value, issue: after });
  },

  async saveIntake(ctx, { intake }) {
    const read = await issueForCaller(ctx);
    if (!read.ok) return read;
    const { issue } = read.value;
    if (!isChangeRequest(issue))
      return refuse('ISSUE.NOT_CHANGE_REQUEST', `${issue.key} is not a change request.`);
    // A patch on what is stored: fields the form does not send are kept, whoever wrote them.
    const merged = mergeIntake(issue.properties?.[INTAKE_PROPERTY], intake);
    const parsed = parseIntake(merged.intake);
    // Unanswered questions are a draft, but an answer outside its question's options is refused;
    // a bad value the caller did not send (written by someone else) is theirs to fix, not a refusal.
    const config = await configInForce(ctx);
    const answerProblems = readAnswers(parsed, config).problems;
    // Touchpoints come from the registry in force (free text only where the admin allows it).
    const registryProblems = intakeTouchpointProblems(parsed.details, journeyOf(config), 'save');
    const invalid = [...parsed.problems, ...answerProblems, ...registryProblems].filter(
      (p) =>
        (p.code === 'INTAKE.INVALID' || p.code === 'INTAKE.INVALID_TEXT') &&
        isTouched(merged.touched, p.field),
    );
    if (invalid.length > 0)
      return refuse(
        'INTAKE.INVALID',
        'Some answers are not valid; nothing was saved.',
        invalid.map((p) => ({
          code: p.code,
          path: p.field,
          message: p.message,
          ...('params' in p && p.params ? { params: definedParams(p.params) } : {}),
        })),
      );
    // Jira refuses a property larger than this; the whole merged value is what it measures.
    if (jsonBytes(merged.intake) > PAYLOAD_LIMITS.intakeBytes)
      return { ok: false, ...payloadTooLarge(PAYLOAD_LIMITS.intakeBytes, 'intake') };
    const written = await writeIntakeAsCaller(
      ctx.ports.jiraAsUser,
      issue.key,
      INTAKE_PROPERTY,
      merged.intake,
    );
    if (written === 'refused')
      return refuse('AUTH.FORBIDDEN', 'You do not have permission to edit this change request.');
    // Governance starts from what was just read and written: the issue with the merged intake, the same config.
    const governed = await governChangeRequest(ctx.ports, issue.key, {
      issue: { ...issue, properties: { ...issue.properties, [INTAKE_PROPERTY]: merged.intake } },
      config,
    });
    // Jira took the caller's write, so they may edit the issue.
    if (governed.outcome === 'governed') return viewOf(ctx, governed.issue, true, governed.decided);
    // Another pass held the change request: the view is of the issue as that pass leaves it.
    const after = await readChangeRequest(ctx, issue.key);
    if (!after) return refuse('ISSUE.NOT_FOUND', `${issue.key} was deleted meanwhile.`);
    return viewOf(ctx, after, true);
  },

  async whatIf(ctx, { launchDates }) {
    const dates = launchDates.map((d) => parseCalendarDate(d));
    const bad = dates.findIndex((d) => d === undefined);
    if (bad >= 0)
      return refuse('INPUT.INVALID', 'Each date must be a real calendar day.', [
        {
          code: 'INPUT.INVALID',
          path: `launchDates.${String(bad)}`,
          message: 'Not a calendar day.',
        },
      ]);
    // On an approval the what-if is of the change request being approved.
    const read = await changeForCaller(ctx);
    if (!read.ok) return read;
    const { issue } = read.value;
    const [config, inputs, similarPast] = await Promise.all([
      configInForce(ctx),
      assessmentInputs(ctx, issue),
      // Shown to the caller (the outcomes carry the similar changes), so searched as the caller.
      similarChangesForCaller(ctx.ports, issue),
    ]);
    const candidates = dates as CalendarDate[];
    // Counted as the app (a change hidden from the caller still tires its customers), named as the caller.
    const neighbours = await whatIfNeighbours(
      ctx.ports,
      config,
      issue.key,
      inputs.intake,
      candidates,
    );
    const outcome = whatIf(
      inputs.intake,
      config,
      {
        ...inputs.context,
        similarPast,
        today: ctx.ports.today(),
        ...(neighbours ? { neighbours } : {}),
      },
      candidates,
    );
    return ok(await whatIfForViewer(ctx.ports.jiraAsUser, outcome));
  },
};
