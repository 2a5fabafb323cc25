import { route } from '@forge/api';
import { z } from 'zod';
import { expectOk, searchParams, type JiraHttp } from '../jira/http';
import { storageKey, type KeyValueStore } from '../storage/key-value-store';
import { CHANGE_APPROVAL_TYPE, CHANGE_REQUEST_TYPE, COMMS_TASK_TYPE } from './properties';

const projectTypesSchema = z.array(
  z.object({ id: z.string(), name: z.string(), subtask: z.boolean().optional() }),
);

export interface ProjectIssueTypes {
  changeRequest: string | null;
  changeApproval: string | null;
  /** Comms tickets are tasks; where the project has none they become sub-tasks of the request. */
  comms: { id: string; subtask: boolean } | null;
}

/** The project's issue type ids, looked up once and remembered: provisioning then needs no lookup call. */
export async function projectIssueTypes(
  jira: JiraHttp,
  store: KeyValueStore,
  projectId: string,
): Promise<ProjectIssueTypes> {
  const cacheKey = storageKey('issue-types', projectId);
  const cached = z
    .object({
      changeRequest: z.string().nullable(),
      changeApproval: z.string().nullable(),
      comms: z.object({ id: z.string(), subtask: z.boolean() }).nullable(),
    })
    .safeParse(await store.get(cacheKey));
  if (cached.success && cached.data.changeApproval && cached.data.comms) return cached.data;

  const types = projectTypesSchema.parse(
    await expectOk(jira).requestJira(
      route`/rest/api/3/issuetype/project?${searchParams({ projectId })}`,
    ),
  );
  const byName = (name: string) => types.find((t) => t.name.toLowerCase() === name.toLowerCase());
  const task =
    byName(COMMS_TASK_TYPE) ??
    types.find((t) => t.subtask !== true && t.name !== CHANGE_REQUEST_TYPE);
  const subtask = types.find((t) => t.subtask === true && t.name !== CHANGE_APPROVAL_TYPE);
  const result: ProjectIssueTypes = {
    changeRequest: byName(CHANGE_REQUEST_TYPE)?.id ?? null,
    changeApproval: byName(CHANGE_APPROVAL_TYPE)?.id ?? null,
    comms: task
      ? { id: task.id, subtask: false }
      : subtask
        ? { id: subtask.id, subtask: true }
        : null,
  };
  await store.set(cacheKey, result, { ttlSeconds: 3600 });
  return result;
}

export const forgetProjectIssueTypes = (store: KeyValueStore, projectId: string) =>
  store.delete(storageKey('issue-types', projectId));
