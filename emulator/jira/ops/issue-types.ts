// Issue types, issue type schemes and create metadata. A company-managed project can use
// only the types in its scheme; a new type joins the default scheme, not the project's.
import type { Ctx, Operation } from '../context';
import { json, jiraError, noContent } from '../http';
import { can, canBrowse, isAdmin } from '../permissions';
import { renderIssueType } from '../render/meta';
import type { IssueTypeRecord, IssueTypeSchemeRecord } from '../state';
import { isRecord, queryInt, queryList, queryString, stringField } from '../values';
import { pathParam, visibleProject } from './load';

const NAME_MAX = 60;

function notAdmin(): ReturnType<Operation> {
  return jiraError(403, [
    'You must have global administrator rights in order to modify issue types.',
  ]);
}

function visibleTypes(ctx: Ctx): IssueTypeRecord[] {
  if (isAdmin(ctx)) return [...ctx.site.state.issueTypes];
  const ids = new Set(
    ctx.site.state.projects
      .filter((p) => canBrowse(ctx, p))
      .flatMap((p) => ctx.site.schemeOf(p).issueTypeIds),
  );
  return ctx.site.state.issueTypes.filter((t) => ids.has(t.id));
}

export const getIssueAllTypes: Operation = (ctx) =>
  json(
    200,
    visibleTypes(ctx).map((t) => renderIssueType(ctx, t)),
  );

export const createIssueType: Operation = (ctx) => {
  if (!isAdmin(ctx)) return notAdmin();
  const body = isRecord(ctx.body) ? ctx.body : {};
  const name = stringField(body, 'name')?.trim() ?? '';
  if (name === '')
    return jiraError(400, [], { name: 'You must specify a unique name for the issue type.' });
  if (name.length > NAME_MAX)
    return jiraError(400, [], {
      name: `The issue type name must not exceed ${NAME_MAX} characters.`,
    });
  const type = stringField(body, 'type');
  const level = typeof body.hierarchyLevel === 'number' ? body.hierarchyLevel : undefined;
  if (level !== undefined && level !== 0 && level !== -1) {
    return jiraError(400, ['The hierarchy level must be 0 (standard) or -1 (sub-task).']);
  }
  if (level !== undefined && type !== undefined && (level === -1) !== (type === 'subtask')) {
    return jiraError(400, [
      "The 'type' and 'hierarchyLevel' of the issue type contradict each other.",
    ]);
  }
  if (ctx.site.state.issueTypes.some((t) => t.name.toLowerCase() === name.toLowerCase())) {
    return jiraError(409, ['An issue type with this name already exists.']);
  }
  const record: IssueTypeRecord = {
    id: ctx.site.nextId('issueType'),
    name,
    description: stringField(body, 'description') ?? '',
    hierarchyLevel: level ?? (type === 'subtask' ? -1 : 0),
    avatarId: type === 'subtask' || level === -1 ? 10316 : 10318,
  };
  ctx.site.state.issueTypes.push(record);
  for (const scheme of ctx.site.state.issueTypeSchemes) {
    if (scheme.isDefault) scheme.issueTypeIds.push(record.id);
  }
  return json(201, renderIssueType(ctx, record));
};

export const getIssueTypesForProject: Operation = (ctx) => {
  const projectId = queryString(ctx.query.projectId) ?? '';
  const project = ctx.site.projectById(projectId);
  if (!project || !canBrowse(ctx, project))
    return jiraError(404, [`No project could be found with id '${projectId}'.`]);
  const level = queryString(ctx.query.level);
  const types = ctx.site
    .projectIssueTypes(project)
    .filter((t) => level === undefined || String(t.hierarchyLevel) === level);
  return json(
    200,
    types.map((t) => renderIssueType(ctx, t)),
  );
};

function renderScheme(scheme: IssueTypeSchemeRecord): Record<string, unknown> {
  return {
    id: scheme.id,
    name: scheme.name,
    description: scheme.description,
    isDefault: scheme.isDefault,
    ...(scheme.defaultIssueTypeId === undefined
      ? {}
      : { defaultIssueTypeId: scheme.defaultIssueTypeId }),
  };
}

export const getIssueTypeSchemeForProjects: Operation = (ctx) => {
  if (!isAdmin(ctx))
    return jiraError(403, ['Only Jira administrators can access issue type schemes.']);
  const projectIds = queryList(ctx.query.projectId);
  const bySchemeId = new Map<string, string[]>();
  for (const id of projectIds) {
    const project = ctx.site.projectById(id);
    if (!project) continue;
    const list = bySchemeId.get(project.issueTypeSchemeId) ?? [];
    list.push(project.id);
    bySchemeId.set(project.issueTypeSchemeId, list);
  }
  const values = [...bySchemeId.entries()].flatMap(([schemeId, ids]) => {
    const scheme = ctx.site.scheme(schemeId);
    return scheme ? [{ issueTypeScheme: renderScheme(scheme), projectIds: ids }] : [];
  });
  const startAt = Math.max(0, queryInt(ctx.query.startAt, 0));
  const maxResults = Math.min(Math.max(1, queryInt(ctx.query.maxResults, 50)), 50);
  const shown = values.slice(startAt, startAt + maxResults);
  return json(200, {
    self: `${ctx.baseUrl}/rest/api/3/issuetypescheme/project?startAt=${startAt}&maxResults=${maxResults}`,
    maxResults,
    startAt,
    total: values.length,
    isLast: startAt + shown.length >= values.length,
    values: shown,
  });
};

export const addIssueTypesToIssueTypeScheme: Operation = (ctx) => {
  if (!isAdmin(ctx))
    return jiraError(403, ['Only Jira administrators can modify issue type schemes.']);
  const schemeId = pathParam(ctx, 'issueTypeSchemeId');
  const scheme = ctx.site.scheme(schemeId);
  if (!scheme) return jiraError(404, [`The issue type scheme with ID ${schemeId} was not found.`]);
  if (scheme.isDefault) return jiraError(400, ["The default issue type scheme can't be modified."]);
  const body = isRecord(ctx.body) ? ctx.body : {};
  const ids = Array.isArray(body.issueTypeIds)
    ? body.issueTypeIds.filter((v): v is string => typeof v === 'string')
    : [];
  if (ids.length === 0) return jiraError(400, ['At least one issue type ID must be provided.']);
  const unknown = ids.filter((id) => !ctx.site.issueType(id));
  if (unknown.length > 0)
    return jiraError(
      404,
      unknown.map((id) => `The issue type with ID ${id} was not found.`),
    );
  const present = ids.filter((id) => scheme.issueTypeIds.includes(id));
  if (present.length > 0) {
    return jiraError(
      400,
      present.map((id) => `The issue type with ID ${id} is already in the issue type scheme.`),
    );
  }
  scheme.issueTypeIds.push(...new Set(ids));
  return noContent();
};

export const getCreateIssueMetaIssueTypes: Operation = (ctx) => {
  const ref = pathParam(ctx, 'projectIdOrKey');
  const project = visibleProject(ctx, ref);
  if (!project) return jiraError(404, [`No project could be found with key '${ref}'.`]);
  const types = can(ctx, project, 'CREATE_ISSUES') ? ctx.site.projectIssueTypes(project) : [];
  const startAt = Math.max(0, queryInt(ctx.query.startAt, 0));
  const maxResults = Math.min(Math.max(1, queryInt(ctx.query.maxResults, 50)), 200);
  const shown = types.slice(startAt, startAt + maxResults);
  return json(200, {
    maxResults,
    startAt,
    total: types.length,
    issueTypes: shown.map((t) => renderIssueType(ctx, t)),
  });
};
