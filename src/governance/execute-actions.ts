import { DEFAULT_LOCALE, type DesiredTicket, type Locale, type ReconcileAction } from '../domain';
import { commentText } from '../i18n/reason-text';
import type { JiraHttp } from '../jira/http';
import {
  addComment,
  bulkCreate,
  closeWithComment,
  editIssue,
  setIssueProperty,
} from '../jira/issues';
import { paragraphs } from './adf';
import { STEP_PROPERTY, type Provisioned, type StepProperty } from './properties';
import { createPayload, stepPropertyOf, type CreateContext } from './tickets';

export interface Execution {
  created: Provisioned;
  failures: string[];
  /** Tickets retired but left open with a comment: their workflow offered no transition the app may take. */
  leftOpen: Set<string>;
  /** The actions other than creates that Jira took: only these change the app's record of the tickets. */
  done: Set<ReconcileAction>;
}

/** Carries out what reconcile decided; it decides nothing itself. */
export async function executeActions(
  jira: JiraHttp,
  actions: readonly ReconcileAction[],
  context: CreateContext,
  stepOf: (key: string) => StepProperty | undefined,
): Promise<Execution> {
  const creates = actions.flatMap((a) => (a.type === 'create' ? [a.ticket] : []));
  const created: Provisioned = [];
  const failures: string[] = [];
  const leftOpen = new Set<string>();
  const done = new Set<ReconcileAction>();

  // Comments and new tickets are written in the site's language, asked for only when one is due.
  let locale: Locale | undefined;
  const siteLocale = async (): Promise<Locale> =>
    (locale ??= (await context.siteLocale?.()) ?? DEFAULT_LOCALE);

  if (creates.length > 0) {
    const language = await siteLocale();
    const outcome = await bulkCreate(
      jira,
      creates.map((ticket) => createPayload(ticket, context, language)),
    );
    outcome.created.forEach(({ key, id }, index) => {
      const ticket = creates[index] as DesiredTicket;
      created.push({ key, id, kind: ticket.kind, stepId: ticket.stepId });
    });
    outcome.failed.forEach((reason, index) =>
      failures.push(`${creates[index]?.stepId ?? '?'}: ${reason}`),
    );
  }

  const changeRequest = context.changeRequest.key;
  // Several actions may rewrite one ticket's step property: each builds on what the previous one wrote.
  const written = new Map<string, StepProperty>();
  const stepNow = (key: string) => written.get(key) ?? stepOf(key);
  const writeStep = async (key: string, step: StepProperty) => {
    await setIssueProperty(jira, key, STEP_PROPERTY, step);
    written.set(key, step);
  };
  for (const action of actions) {
    try {
      await carryOut(action);
      done.add(action);
    } catch (error) {
      // One ticket's failure must not keep the others from being brought in line; the pass fails afterwards,
      // so the platform retries and the next pass redoes only what is still out of line.
      failures.push(
        `${action.type} ${action.type === 'create' ? action.ticket.stepId : action.key}: ${String(error)}`,
      );
    }
  }
  return { created, failures, leftOpen, done };

  async function carryOut(action: ReconcileAction): Promise<void> {
    switch (action.type) {
      case 'create':
        break;
      case 'move-due-date':
        await editIssue(jira, action.key, { fields: { duedate: action.to } });
        break;
      case 'retarget-approval': {
        const step = stepNow(action.key);
        await writeStep(action.key, {
          ...(step ?? { changeRequest, kind: 'approval', stepId: action.stepId }),
          forTier: action.forTier,
        });
        break;
      }
      case 'reassign': {
        const step: StepProperty = {
          ...(stepNow(action.key) ?? { changeRequest, kind: action.kind, stepId: action.stepId }),
          roleId: action.roleId,
        };
        const assignee = context.assigneeOf(action);
        // Assignee and the recorded role in one edit, so a half-done reassignment is redone next pass.
        await editIssue(jira, action.key, {
          fields: { assignee: assignee ? { accountId: assignee } : null },
          properties: [{ key: STEP_PROPERTY, value: step }],
        });
        written.set(action.key, step);
        break;
      }
      case 'close-obsolete': {
        const step = stepNow(action.key) ?? {
          changeRequest,
          kind: action.kind,
          stepId: action.stepId,
        };
        // Retire first: if closing fails half-way, the next pass does not count the ticket again.
        await writeStep(action.key, { ...step, retired: true });
        const closed = await closeWithComment(
          jira,
          action.key,
          paragraphs(commentText('closed', action.reason, await siteLocale())),
          // A redesign task closes like a comms task: through a transition that says it was not needed.
          action.kind === 'approval' ? 'approval' : 'comms',
        );
        if (!closed) leftOpen.add(action.key);
        break;
      }
      case 'invalidate-approval': {
        const step = stepNow(action.key) ?? {
          changeRequest,
          kind: 'approval' as const,
          stepId: action.stepId,
        };
        await writeStep(action.key, { ...step, retired: true });
        await addComment(
          jira,
          action.key,
          paragraphs(commentText('invalidated', action.reason, await siteLocale())),
        );
        break;
      }
      default: {
        const _exhaustive: never = action;
        throw new Error(`Unknown action ${JSON.stringify(_exhaustive)}`);
      }
    }
  }
}

export { stepPropertyOf };
