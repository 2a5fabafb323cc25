// Which open change requests name given touchpoints, read as the app: a configuration save must not
// delete a touchpoint from under them, whoever may browse them (the admin is told their keys only).
import { z } from 'zod';
import type { JiraHttp } from '../jira/http';
import { searchAll } from '../jira/issues';
import { jqlList, jqlString } from './jql';
import { CHANGE_REQUEST_TYPE, INTAKE_PROPERTY } from './properties';

const namedTouchpoints = z.object({
  touchpoints: z.array(z.unknown()).catch([]),
});

/**
 * Touchpoint id → keys of the open change requests whose intake names it. One JQL search on the
 * indexed `changeTouchpoint` alias, pages of 100 with only the intake property: the property is read
 * again because the index matches any of the ids, not which.
 */
export async function openChangesUsingTouchpoints(
  jiraAsApp: JiraHttp,
  touchpointIds: readonly string[],
): Promise<Map<string, string[]>> {
  const usage = new Map<string, string[]>();
  if (touchpointIds.length === 0) return usage;
  const wanted = new Set(touchpointIds);
  const jql =
    `issuetype = ${jqlString(CHANGE_REQUEST_TYPE)} AND statusCategory != Done ` +
    `AND changeTouchpoint in ${jqlList(touchpointIds)} ORDER BY key ASC`;
  const issues = await searchAll(jiraAsApp, jql, ['summary'], [INTAKE_PROPERTY], 100);
  for (const issue of issues) {
    const intake = namedTouchpoints.safeParse(issue.properties?.[INTAKE_PROPERTY]);
    const named = intake.success ? intake.data.touchpoints : [];
    for (const id of new Set(named)) {
      if (typeof id !== 'string' || !wanted.has(id)) continue;
      usage.set(id, [...(usage.get(id) ?? []), issue.key]);
    }
  }
  return usage;
}
