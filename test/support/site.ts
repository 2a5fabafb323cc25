// Driving the emulated site the way outside callers do: Jira REST as a person, resolvers through `invoke`.
import { z } from 'zod';
import type { Emulator } from '../../emulator';
import { governanceConfigSchema, type GovernanceConfig } from '../../src/domain';
// The property keys are part of the public contract: the tests use the app's own list, never a copy.
import {
  ASSESSMENT_PROPERTY,
  INTAKE_PROPERTY,
  STEP_PROPERTY,
} from '../../src/governance/properties';
import { restOk } from './rest';

export { ASSESSMENT_PROPERTY, INTAKE_PROPERTY, STEP_PROPERTY };

export const PANEL = 'change-governance-panel';
export const ADMIN = 'change-governance-admin';
export const TABLES = 'governance-tables';

const enc = encodeURIComponent;

const createdSchema = z.object({ key: z.string(), id: z.string() });

/** Raises a change request as an outside client does: REST create with the intake in `properties`. */
export async function createChangeRequest(
  emu: Emulator,
  intake: unknown,
  summary: string,
  user = 'requester',
): Promise<string> {
  const body = await restOk(emu, user, 'POST', '/rest/api/3/issue', {
    fields: { project: { key: 'CHG' }, issuetype: { name: 'Change Request' }, summary },
    properties: [{ key: INTAKE_PROPERTY, value: intake }],
  });
  return createdSchema.parse(body).key;
}

/**
 * Edits a change request: a new summary (so Jira emits an update event) and, when given, a new intake in the
 * same call. Setting only an issue property emits no event.
 */
export async function editChangeRequest(
  emu: Emulator,
  key: string,
  summary: string,
  intake?: unknown,
  user = 'requester',
): Promise<void> {
  await restOk(emu, user, 'PUT', `/rest/api/3/issue/${enc(key)}`, {
    fields: { summary },
    ...(intake === undefined ? {} : { properties: [{ key: INTAKE_PROPERTY, value: intake }] }),
  });
}

const issueSchema = z.object({
  key: z.string(),
  id: z.string(),
  fields: z.object({ created: z.string(), summary: z.string() }).loose(),
  properties: z.record(z.string(), z.unknown()).optional(),
});

export interface ChangeRequestState {
  key: string;
  created: string;
  summary: string;
  intake: unknown;
  assessment: unknown;
}

export async function readChangeRequest(emu: Emulator, key: string): Promise<ChangeRequestState> {
  const issue = issueSchema.parse(
    await restOk(
      emu,
      'admin',
      'GET',
      `/rest/api/3/issue/${enc(key)}?fields=created,summary&properties=${enc(`${INTAKE_PROPERTY},${ASSESSMENT_PROPERTY}`)}`,
    ),
  );
  return {
    key: issue.key,
    created: issue.fields.created,
    summary: issue.fields.summary,
    intake: issue.properties?.[INTAKE_PROPERTY],
    assessment: issue.properties?.[ASSESSMENT_PROPERTY],
  };
}

const stepSchema = z.object({
  changeRequest: z.string(),
  kind: z.enum(['approval', 'comms', 'redesign']),
  stepId: z.string(),
  forTier: z.number().optional(),
  retired: z.boolean().optional(),
});

const ticketSchema = z.object({
  key: z.string(),
  id: z.string(),
  fields: z
    .object({
      summary: z.string(),
      duedate: z.string().nullable().optional(),
      assignee: z.object({ accountId: z.string() }).nullable().optional(),
      status: z.object({ name: z.string(), statusCategory: z.object({ key: z.string() }) }),
      issuetype: z.object({ name: z.string() }),
    })
    .loose(),
  properties: z.record(z.string(), z.unknown()).optional(),
});

export interface AppTicket {
  key: string;
  id: string;
  summary: string;
  kind: 'approval' | 'comms' | 'redesign';
  stepId: string;
  forTier: number | undefined;
  retired: boolean;
  done: boolean;
  status: string;
  dueDate: string | null;
  assignee: string | null;
  issueType: string;
}

const pageSchema = z.object({
  issues: z.array(z.unknown()),
  nextPageToken: z.string().nullable().optional(),
  isLast: z.boolean().optional(),
});

/** Every ticket the app provisioned for a change request (found by its step property), read as the admin. */
export async function appTickets(emu: Emulator, changeRequest: string): Promise<AppTicket[]> {
  const out: AppTicket[] = [];
  let nextPageToken: string | undefined;
  do {
    const page = pageSchema.parse(
      await restOk(emu, 'admin', 'POST', '/rest/api/3/search/jql', {
        jql: `issue.property[${STEP_PROPERTY}].changeRequest = "${changeRequest}" ORDER BY key ASC`,
        fields: ['summary', 'duedate', 'assignee', 'status', 'issuetype'],
        properties: [STEP_PROPERTY],
        maxResults: 100,
        ...(nextPageToken ? { nextPageToken } : {}),
      }),
    );
    for (const raw of page.issues) {
      const t = ticketSchema.parse(raw);
      const step = stepSchema.parse(t.properties?.[STEP_PROPERTY]);
      out.push({
        key: t.key,
        id: t.id,
        summary: t.fields.summary,
        kind: step.kind,
        stepId: step.stepId,
        forTier: step.forTier,
        retired: step.retired === true,
        done: t.fields.status.statusCategory.key === 'done',
        status: t.fields.status.name,
        dueDate: t.fields.duedate ?? null,
        assignee: t.fields.assignee?.accountId ?? null,
        issueType: t.fields.issuetype.name,
      });
    }
    nextPageToken = page.isLast === true ? undefined : (page.nextPageToken ?? undefined);
  } while (nextPageToken);
  return out;
}

const resolverAnswer = z.union([
  z.object({ ok: z.literal(true), data: z.unknown() }),
  z.object({
    ok: z.literal(false),
    error: z.object({
      code: z.string(),
      message: z.string(),
      problems: z
        .array(
          z.object({ code: z.string(), message: z.string(), path: z.string().optional() }).loose(),
        )
        .optional(),
    }),
  }),
]);
export type ResolverAnswer = z.infer<typeof resolverAnswer>;

/** A resolver call exactly as @forge/bridge `invoke` from that module makes it, answered in the contract's shape. */
export async function callResolver(
  emu: Emulator,
  args: {
    moduleKey: string;
    accountId: string;
    functionKey: string;
    payload?: unknown;
    issueKey?: string;
  },
): Promise<ResolverAnswer> {
  const raw = await emu.invoke({
    moduleKey: args.moduleKey,
    accountId: args.accountId,
    functionKey: args.functionKey,
    payload: args.payload,
    ...(args.issueKey === undefined
      ? {}
      : { extension: { issue: { key: args.issueKey, type: 'Change Request' } } }),
  });
  return resolverAnswer.parse(raw);
}

/** The data of a resolver answer that must succeed. */
export async function resolverData(
  emu: Emulator,
  args: {
    moduleKey: string;
    accountId: string;
    functionKey: string;
    payload?: unknown;
    issueKey?: string;
  },
): Promise<unknown> {
  const answer = await callResolver(emu, args);
  if (!answer.ok) throw new Error(`${args.functionKey} answered ${JSON.stringify(answer.error)}`);
  return answer.data;
}

const storedConfigSchema = z.object({ version: z.number(), config: z.unknown() }).loose();

/** The configuration in force, as the admin page reads it. */
export async function configInForce(emu: Emulator): Promise<GovernanceConfig> {
  const stored = storedConfigSchema.parse(
    await resolverData(emu, { moduleKey: ADMIN, accountId: 'admin', functionKey: 'getConfig' }),
  );
  return governanceConfigSchema.parse(stored.config);
}

/** Saves a configuration as the admin would (the base version must be the one in force). */
export async function saveConfig(emu: Emulator, config: GovernanceConfig): Promise<number> {
  const { version, ...rest } = config;
  const stored = storedConfigSchema.parse(
    await resolverData(emu, {
      moduleKey: ADMIN,
      accountId: 'admin',
      functionKey: 'saveConfig',
      payload: { config: { ...rest, version }, baseVersion: version },
    }),
  );
  return stored.version;
}

/** Takes a workflow transition by name as `user`; answers Jira's status. */
export async function transitionByName(
  emu: Emulator,
  user: string,
  key: string,
  name: string,
): Promise<number> {
  const body = z
    .object({ transitions: z.array(z.object({ id: z.string(), name: z.string() })) })
    .parse(await restOk(emu, user, 'GET', `/rest/api/3/issue/${enc(key)}/transitions`));
  const t = body.transitions.find((x) => x.name === name);
  if (!t) return 404;
  const res = await emu.rest(user, 'POST', `/rest/api/3/issue/${enc(key)}/transitions`, {
    transition: { id: t.id },
  });
  return res.status;
}
