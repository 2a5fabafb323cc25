// Resolving path parameters to records the caller may see.
import type { Ctx } from '../context';
import { canBrowse } from '../permissions';
import type { IssueRecord, ProjectRecord } from '../state';

export function pathParam(ctx: Ctx, name: string): string {
  const raw = ctx.params[name] ?? '';
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

// An issue the caller cannot browse is indistinguishable from one that does not exist.
export function visibleIssue(ctx: Ctx, idOrKey: string): IssueRecord | undefined {
  const issue = ctx.site.findIssue(idOrKey);
  if (!issue) return undefined;
  return canBrowse(ctx, ctx.site.projectOf(issue)) ? issue : undefined;
}

export function issueParam(ctx: Ctx): IssueRecord | undefined {
  return visibleIssue(ctx, pathParam(ctx, 'issueIdOrKey'));
}

export function visibleProject(ctx: Ctx, idOrKey: string): ProjectRecord | undefined {
  const project = ctx.site.findProject(idOrKey);
  return project && canBrowse(ctx, project) ? project : undefined;
}
