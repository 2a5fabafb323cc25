// Change requests as the integration tests raise, read and move them: through Jira REST, as a person would.
import { Temporal } from 'temporal-polyfill';
import { z } from 'zod';
import type { Emulator } from '../../emulator';
import {
  ASSESSMENT_PROPERTY,
  INTAKE_PROPERTY,
  STEP_PROPERTY,
} from '../../src/governance/properties';
import { ok } from './rest';

export const ALL_ZERO = {
  reach: 0,
  customerAction: 0,
  financial: 0,
  visibility: 0,
  supportLoad: 0,
  reversibility: 0,
  regulatory: 0,
  history: 0,
};
/** Answers that land in each default tier (see test/domain for why). */
export const TIER_ANSWERS = {
  1: { ...ALL_ZERO, reach: 3, financial: 3 },
  2: { ...ALL_ZERO, regulatory: 3 },
  3: { ...ALL_ZERO, reach: 2, financial: 2 },
  4: { ...ALL_ZERO, reach: 1 },
} as const;

/** Raises a change request exactly as an outside client would: REST create with the intake in `properties`. */
export async function raiseChangeRequest(
  emu: Emulator,
  intake: Record<string, unknown>,
  summary = 'Customer-facing change',
): Promise<string> {
  const created = await ok<{ key: string }>(emu, 'requester', 'POST', '/rest/api/3/issue', {
    fields: { project: { key: 'CHG' }, issuetype: { name: 'Change Request' }, summary },
    properties: [{ key: INTAKE_PROPERTY, value: intake }],
  });
  await emu.drain();
  return created.key;
}

const assessmentSchema = z
  .object({
    status: z.enum(['assessed', 'needs-input']),
    missing: z.array(z.string()),
    tier: z.number().optional(),
    score: z.number().optional(),
    configVersion: z.number(),
    leadTime: z
      .object({
        requiredDays: z.number(),
        actualDays: z.number(),
        compliant: z.boolean(),
        earliestCompliantLaunch: z.string(),
      })
      .optional(),
  })
  .loose();

export async function assessmentOf(emu: Emulator, key: string) {
  const res = await emu.rest(
    'admin',
    'GET',
    `/rest/api/3/issue/${key}/properties/${ASSESSMENT_PROPERTY}`,
  );
  if (res.status === 404) return null;
  return assessmentSchema.parse((res.body as { value: unknown }).value);
}

const ticketSchema = z.object({
  key: z.string(),
  fields: z
    .object({
      summary: z.string(),
      duedate: z.string().nullable().optional(),
      assignee: z.object({ accountId: z.string() }).nullable().optional(),
      status: z.object({ name: z.string(), statusCategory: z.object({ key: z.string() }) }),
      issuetype: z.object({ name: z.string() }),
      parent: z.object({ key: z.string() }).optional(),
      issuelinks: z.array(z.unknown()).optional(),
    })
    .loose(),
  properties: z.record(z.string(), z.unknown()).optional(),
});
export type Ticket = z.infer<typeof ticketSchema> & {
  step: { kind: string; stepId: string; retired?: boolean; forTier?: number };
};

/** Every ticket the app provisioned for a change request, read as admin through search. */
export async function ticketsOf(emu: Emulator, key: string): Promise<Ticket[]> {
  const body = await ok<{ issues: unknown[] }>(emu, 'admin', 'POST', '/rest/api/3/search/jql', {
    jql: `issue.property[${STEP_PROPERTY}].changeRequest = "${key}" ORDER BY key ASC`,
    fields: ['summary', 'duedate', 'assignee', 'status', 'issuetype', 'parent', 'issuelinks'],
    properties: [STEP_PROPERTY],
    maxResults: 100,
  });
  return body.issues.map((raw) => {
    const t = ticketSchema.parse(raw);
    const step = z
      .object({
        kind: z.string(),
        stepId: z.string(),
        retired: z.boolean().optional(),
        forTier: z.number().optional(),
      })
      .parse(t.properties?.[STEP_PROPERTY]);
    return { ...t, step };
  });
}

export const openTickets = (tickets: Ticket[]) =>
  tickets.filter((t) => t.fields.status.statusCategory.key !== 'done' && t.step.retired !== true);

export async function transition(emu: Emulator, user: string, key: string, name: string) {
  const { transitions } = await ok<{ transitions: Array<{ id: string; name: string }> }>(
    emu,
    user,
    'GET',
    `/rest/api/3/issue/${key}/transitions`,
  );
  const t = transitions.find((x) => x.name === name);
  if (!t)
    throw new Error(
      `${key} has no transition ${name}: ${transitions.map((x) => x.name).join(', ')}`,
    );
  return emu.rest(user, 'POST', `/rest/api/3/issue/${key}/transitions`, {
    transition: { id: t.id },
  });
}

export async function editIntake(emu: Emulator, key: string, intake: Record<string, unknown>) {
  // An edit with the property in the body emits the issue-updated event, as Jira does.
  await ok(emu, 'requester', 'PUT', `/rest/api/3/issue/${key}`, {
    properties: [{ key: INTAKE_PROPERTY, value: intake }],
    fields: { summary: `Customer-facing change (edited ${String(Math.random()).slice(2, 8)})` },
  });
  await emu.drain();
}

export const today = () => Temporal.Now.plainDateISO('UTC');
export const inDays = (days: number) => today().add({ days }).toString();
export const addDays = (iso: string, days: number) =>
  Temporal.PlainDate.from(iso).add({ days }).toString();
