// Workflow transitions. Forge validators configured on a transition run before anything
// changes; a refusal answers 400 with the validator's message and leaves the issue as it was.
import type { Operation } from '../context';
import { emitCommented, emitIssueUpdated, emitLinkCreated } from '../events';
import { hasProblems, readIssueInput } from '../issue-input';
import { issueNotFound, json, jiraError, noContent } from '../http';
import { addComment, addLinks, applyFieldChanges, recordHistory, statusChange } from '../mutations';
import { can } from '../permissions';
import { availableTransitions, renderTransition } from '../render/issue';
import { isRecord, queryString, stringField } from '../values';
import { issueParam } from './load';

export const getTransitions: Operation = (ctx) => {
  const issue = issueParam(ctx);
  if (!issue) return issueNotFound();
  const only = queryString(ctx.query.transitionId);
  const transitions = availableTransitions(ctx, issue).filter(
    (t) => only === undefined || t.id === only,
  );
  return json(200, {
    expand: 'transitions',
    transitions: transitions.map((t) => renderTransition(ctx, t)),
  });
};

export const doTransition: Operation = async (ctx) => {
  const issue = issueParam(ctx);
  if (!issue) return issueNotFound();
  const project = ctx.site.projectOf(issue);
  if (!can(ctx, project, 'TRANSITION_ISSUES')) {
    return jiraError(403, ['You do not have permission to transition this issue.']);
  }
  const body = isRecord(ctx.body) ? ctx.body : {};
  const transitionId = isRecord(body.transition) ? stringField(body.transition, 'id') : undefined;
  if (transitionId === undefined) return jiraError(400, ["Missing 'transition' identifier."]);
  const transition = availableTransitions(ctx, issue).find((t) => t.id === transitionId);
  if (!transition)
    return jiraError(400, [`Transition id '${transitionId}' is not valid for this issue.`]);

  const fields = isRecord(body.fields) ? body.fields : {};
  const update = isRecord(body.update) ? body.update : {};
  const target = {
    mode: 'transition' as const,
    project,
    issueType: ctx.site.issueTypeOf(issue),
    issue,
  };
  const { changes, problems } = readIssueInput(ctx, target, fields, update);
  if (hasProblems(problems)) return jiraError(400, problems.errorMessages, problems.errors);

  const fromStatusId = issue.statusId;
  if (transition.validators.length > 0) {
    const verdict = await ctx.hooks.validateTransition({
      issueKey: issue.key,
      issueId: issue.id,
      transition: {
        id: transition.id,
        name: transition.name,
        from: { id: fromStatusId },
        to: { id: transition.to },
      },
      validatorModuleKeys: [...transition.validators],
      actor: ctx.actor,
      modifiedFields: fields,
    });
    if (!verdict.ok) return jiraError(400, [verdict.errorMessage]);
    // The issue may have moved on while the validators ran.
    if (ctx.site.issueById(issue.id) !== issue || issue.statusId !== fromStatusId) {
      return jiraError(409, [
        `${issue.key} changed while the transition '${transition.name}' was being validated; try again.`,
      ]);
    }
  }

  const items = [
    statusChange(ctx, issue, transition.to),
    ...applyFieldChanges(ctx, issue, changes),
  ];
  const linked = addLinks(ctx, issue, changes.links);
  items.push(...linked.items);
  const comments = changes.comments.map((commentBody) => addComment(ctx, issue, commentBody));
  issue.updated = ctx.now;
  const historyId = recordHistory(ctx, issue, items);
  emitIssueUpdated(ctx, issue, historyId, items);
  for (const comment of comments) emitCommented(ctx, issue, comment);
  for (const link of linked.links) emitLinkCreated(ctx, link);
  return noContent();
};
