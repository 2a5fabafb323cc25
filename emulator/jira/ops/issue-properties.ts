// Issue entity properties. Setting one changes nothing else: no `updated`, no event
// (Forge has no issue-property event).
import type { Operation } from '../context';
import { issueNotFound, json, jiraError, noContent } from '../http';
import { can } from '../permissions';
import { checkPropertyKey, checkPropertyValue } from '../properties';
import { issueSelf } from '../render/issue';
import { issueParam, pathParam } from './load';

function missing(key: string): ReturnType<Operation> {
  return jiraError(404, [`The property with key '${key}' does not exist.`]);
}

export const getIssuePropertyKeys: Operation = (ctx) => {
  const issue = issueParam(ctx);
  if (!issue) return issueNotFound();
  const keys = Object.keys(issue.properties).map((key) => ({
    self: `${issueSelf(ctx, issue)}/properties/${encodeURIComponent(key)}`,
    key,
  }));
  return json(200, { keys });
};

export const getIssueProperty: Operation = (ctx) => {
  const issue = issueParam(ctx);
  if (!issue) return issueNotFound();
  const key = pathParam(ctx, 'propertyKey');
  if (!(key in issue.properties)) return missing(key);
  return json(200, { key, value: issue.properties[key] });
};

export const setIssueProperty: Operation = (ctx) => {
  const issue = issueParam(ctx);
  if (!issue) return issueNotFound();
  if (!can(ctx, ctx.site.projectOf(issue), 'EDIT_ISSUES')) {
    return jiraError(403, ['You do not have permission to edit this issue.']);
  }
  const key = pathParam(ctx, 'propertyKey');
  const keyCheck = checkPropertyKey(key);
  if (!keyCheck.ok) return jiraError(keyCheck.status, [keyCheck.message]);
  const valueCheck = checkPropertyValue(key, ctx.body);
  if (!valueCheck.ok) return jiraError(valueCheck.status, [valueCheck.message]);
  const existed = key in issue.properties;
  ctx.site.touch(issue);
  issue.properties[key] = ctx.body;
  return noContent(existed ? 200 : 201);
};

export const deleteIssueProperty: Operation = (ctx) => {
  const issue = issueParam(ctx);
  if (!issue) return issueNotFound();
  if (!can(ctx, ctx.site.projectOf(issue), 'EDIT_ISSUES')) {
    return jiraError(403, ['You do not have permission to edit this issue.']);
  }
  const key = pathParam(ctx, 'propertyKey');
  if (!(key in issue.properties)) return missing(key);
  ctx.site.touch(issue);
  // eslint-disable-next-line @typescript-eslint/no-dynamic-delete -- property keys are data
  delete issue.properties[key];
  return noContent();
};
