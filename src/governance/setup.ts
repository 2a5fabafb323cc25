import { route } from '@forge/api';
import { z } from 'zod';
import type { SetupReport, SetupStatus } from '../contract/resolver-contract';
import { expectOk, searchParams, type JiraHttp } from '../jira/http';
import { issueTypeSchema } from '../jira/schemas';
import { configRepository } from '../storage/config-repository';
import { forgetProjectIssueTypes } from './issue-types';
import type { GovernancePorts } from './ports';
import { CHANGE_APPROVAL_TYPE, CHANGE_REQUEST_TYPE } from './properties';

const projectSchema = z.object({ id: z.string(), key: z.string(), name: z.string() });
const projectsPage = z.object({ values: z.array(projectSchema) });
const schemeMapping = z.object({
  values: z.array(
    z.object({
      issueTypeScheme: z.object({ id: z.string() }),
      projectIds: z.array(z.string()).optional(),
    }),
  ),
});

const WANTED = [
  {
    name: CHANGE_REQUEST_TYPE,
    type: 'standard',
    description: 'A planned customer-facing change, assessed for customer impact.',
  },
  {
    name: CHANGE_APPROVAL_TYPE,
    type: 'subtask',
    description: 'One approver’s decision on a change request.',
  },
] as const;

async function issueTypes(jira: JiraHttp) {
  return z
    .array(issueTypeSchema)
    .parse(await expectOk(jira).requestJira(route`/rest/api/3/issuetype`));
}

const find = (types: Array<z.infer<typeof issueTypeSchema>>, name: string) =>
  types.find((t) => t.name.toLowerCase() === name.toLowerCase());

export async function setupStatus(ports: GovernancePorts): Promise<SetupStatus> {
  const types = await issueTypes(ports.jira);
  const projects = projectsPage.parse(
    await expectOk(ports.jira).requestJira(
      route`/rest/api/3/project/search?${searchParams({ maxResults: 50 })}`,
    ),
  );
  const changeIds = [find(types, CHANGE_REQUEST_TYPE)?.id, find(types, CHANGE_APPROVAL_TYPE)?.id];
  const withTypes = await Promise.all(
    projects.values.map(async (p) => {
      const inProject = z
        .array(z.object({ id: z.string() }))
        .parse(
          await expectOk(ports.jira).requestJira(
            route`/rest/api/3/issuetype/project?${searchParams({ projectId: p.id })}`,
          ),
        );
      const ids = new Set(inProject.map((t) => t.id));
      return {
        key: p.key,
        name: p.name,
        hasChangeTypes: changeIds.every((id) => id !== undefined && ids.has(id)),
      };
    }),
  );
  return {
    issueTypes: { changeRequest: changeIds[0] ?? null, changeApproval: changeIds[1] ?? null },
    configVersion: (await configRepository(ports.store, ports.nowIso).current())?.version ?? null,
    projects: withTypes,
  };
}

/**
 * Idempotent setup: creates the app's issue types when missing (reusing them by name when present),
 * adds them to the project's issue type scheme, and saves the default configuration as version 1.
 */
export async function runSetup(
  ports: GovernancePorts,
  options: { projectKey: string | null; actor: string },
): Promise<SetupReport> {
  const steps: SetupReport['steps'] = [];
  const existing = await issueTypes(ports.jira);
  const ids: string[] = [];
  for (const wanted of WANTED) {
    const found = find(existing, wanted.name);
    if (found) {
      steps.push({
        action: 'reused',
        detail: `Issue type ${found.name} (${found.id}) already exists.`,
      });
      ids.push(found.id);
      continue;
    }
    const created = issueTypeSchema.parse(
      await expectOk(ports.jira).requestJira(route`/rest/api/3/issuetype`, {
        method: 'POST',
        body: { name: wanted.name, description: wanted.description, type: wanted.type },
      }),
    );
    steps.push({
      action: 'created',
      detail: `Created issue type ${created.name} (${created.id}).`,
    });
    ids.push(created.id);
  }

  if (options.projectKey) {
    const project = await ports.jira.requestJira(route`/rest/api/3/project/${options.projectKey}`);
    if (project.status === 404)
      throw new SetupError('SETUP.PROJECT_NOT_FOUND', `No project ${options.projectKey}.`);
    const { id: projectId, key } = projectSchema.parse(project.body);
    const inProject = new Set(
      z
        .array(z.object({ id: z.string() }))
        .parse(
          await expectOk(ports.jira).requestJira(
            route`/rest/api/3/issuetype/project?${searchParams({ projectId })}`,
          ),
        )
        .map((t) => t.id),
    );
    const missing = ids.filter((id) => !inProject.has(id));
    if (missing.length > 0) {
      const mapping = schemeMapping.parse(
        await expectOk(ports.jira).requestJira(
          route`/rest/api/3/issuetypescheme/project?${searchParams({ projectId })}`,
        ),
      );
      const schemeId = mapping.values[0]?.issueTypeScheme.id;
      if (!schemeId) throw new Error(`Project ${key} has no issue type scheme the app can extend.`);
      await expectOk(ports.jira).requestJira(
        route`/rest/api/3/issuetypescheme/${schemeId}/issuetype`,
        { method: 'PUT', body: { issueTypeIds: missing } },
      );
      steps.push({
        action: 'added-to-scheme',
        detail: `Added ${String(missing.length)} issue type(s) to ${key}'s scheme.`,
      });
    }
    await forgetProjectIssueTypes(ports.store, projectId);
  }

  const saved = await configRepository(ports.store, ports.nowIso).saveDefaultsIfNone(options.actor);
  steps.push(
    saved.saved
      ? { action: 'saved-config', detail: 'Saved the default configuration as version 1.' }
      : {
          action: 'kept-config',
          detail: `Kept configuration version ${String(saved.stored.version)}.`,
        },
  );
  return { steps, status: await setupStatus(ports) };
}

export class SetupError extends Error {
  constructor(
    readonly code: 'SETUP.PROJECT_NOT_FOUND',
    message: string,
  ) {
    super(message);
  }
}
