// Saving the intake from the issue panel patches the stored property: every field a REST client
// (or the create call, or another tool) wrote there survives, and only what the form sends changes.
import { intakeInputSchema } from '../../src/contract/resolver-contract';
import { intakeDetailSchemas } from '../../src/domain/intake';
import {
  assessmentOf,
  inDays,
  ok,
  raiseChangeRequest,
  TIER_ANSWERS,
  useEmulator,
} from '../support';

// The demo site for this file; every request the app makes is checked against Jira's contract.
const emu = useEmulator();

type Answer =
  | { ok: true; data: Record<string, unknown> }
  | { ok: false; error: { code: string; message: string; problems?: Array<{ path?: string }> } };

const saveIntake = (issueKey: string, intake: unknown, accountId = 'requester') =>
  emu.invoke({
    moduleKey: 'change-governance-panel',
    accountId,
    functionKey: 'saveIntake',
    payload: { intake },
    extension: { type: 'jira:issuePanel', issue: { key: issueKey } },
  }) as Promise<Answer>;

async function storedIntake(key: string): Promise<Record<string, unknown>> {
  const body = await ok<{ value: Record<string, unknown> }>(
    emu,
    'admin',
    'GET',
    `/rest/api/3/issue/${key}/properties/change-governance.intake`,
  );
  return body.value;
}

/** An intake as a REST client writes it: every descriptive field, and some the app does not know. */
const restIntake = () => ({
  launchDate: inDays(400),
  answers: TIER_ANSWERS[2],
  description: 'Move invoices to the new billing provider; the old one shuts down.',
  segments: ['SMB', 'Enterprise'],
  channels: ['Email'],
  touchpoints: ['billing'],
  customerAction: 'Re-enter their card once.',
  rollbackPlan: 'Route billing back to the old provider.',
  rollout: 'phased',
  kpis: ['Failed payments below 1 %'],
  outcome: 'complaints',
  emergency: { justification: 'The old provider stops on short notice.' },
  // Fields another tool keeps on the same property.
  crmTicket: { system: 'crm', id: 4711 },
  reviewedBy: ['cx-lead'],
});

test('every descriptive field the domain knows can be sent by the form', () => {
  const contractFields = Object.keys(intakeInputSchema.shape);
  expect(Object.keys(intakeDetailSchemas).filter((key) => !contractFields.includes(key))).toEqual(
    [],
  );
});

test('a field written by REST survives a panel save, and so do fields the app does not know', async () => {
  const written = restIntake();
  const key = await raiseChangeRequest(emu, written);
  expect((await assessmentOf(emu, key))?.tier).toBe(2);

  // The form sends only what the user changed.
  const answer = await saveIntake(key, { customerAction: 'Nothing: the card moves over.' });
  expect(answer.ok).toBe(true);

  expect(await storedIntake(key)).toEqual({
    ...written,
    customerAction: 'Nothing: the card moves over.',
  });
  // The view the panel gets back shows what is stored, description and outcome included.
  if (answer.ok) {
    expect(answer.data.intake).toMatchObject({
      description: written.description,
      outcome: 'complaints',
      crmTicket: written.crmTicket,
    });
    expect(answer.data.assessment).toMatchObject({ status: 'assessed', tier: 2 });
  }
}, 60_000);

test('answers are replaced as a whole; an emptied text, or an emergency switched off, is removed', async () => {
  const written = restIntake();
  const key = await raiseChangeRequest(emu, written);

  const answer = await saveIntake(key, {
    answers: TIER_ANSWERS[4],
    rollbackPlan: '',
    emergency: null,
    description: 'Only the invoice layout changes.',
    outcome: 'smooth',
  });
  expect(answer.ok).toBe(true);

  const { rollbackPlan: _rollback, emergency: _emergency, ...kept } = written;
  expect(await storedIntake(key)).toEqual({
    ...kept,
    answers: TIER_ANSWERS[4],
    description: 'Only the invoice layout changes.',
    outcome: 'smooth',
  });
  expect((await assessmentOf(emu, key))?.tier).toBe(4);
}, 60_000);

test('a bad value in a field the form sends is refused on that field, and nothing is written', async () => {
  const written = restIntake();
  const key = await raiseChangeRequest(emu, written);

  const answer = await saveIntake(key, { outcome: 'a disaster', description: 'x'.repeat(20) });
  expect(answer.ok).toBe(false);
  if (!answer.ok) {
    expect(answer.error.code).toBe('INTAKE.INVALID');
    expect(answer.error.problems?.map((p) => p.path)).toEqual(['outcome']);
  }
  expect(await storedIntake(key)).toEqual(written);
}, 60_000);

test('a bad value someone else wrote does not block saving another field, and is kept for them to fix', async () => {
  const written = { ...restIntake(), rollout: 'gradually' };
  const key = await raiseChangeRequest(emu, written);
  expect((await assessmentOf(emu, key))?.missing).toEqual(['rollout']);

  const answer = await saveIntake(key, { description: 'Clearer wording.' });
  expect(answer.ok).toBe(true);
  expect(await storedIntake(key)).toEqual({ ...written, description: 'Clearer wording.' });

  // Choosing a rollout in the form fixes it, and the change is tiered again.
  expect((await saveIntake(key, { rollout: 'pilot' })).ok).toBe(true);
  expect(await storedIntake(key)).toMatchObject({ rollout: 'pilot', crmTicket: written.crmTicket });
  expect((await assessmentOf(emu, key))?.tier).toBe(2);
}, 60_000);

test('a property that is not an object cannot be merged into: the form’s intake replaces it', async () => {
  const key = await raiseChangeRequest(emu, { launchDate: inDays(400), answers: TIER_ANSWERS[3] });
  await ok(
    emu,
    'requester',
    'PUT',
    `/rest/api/3/issue/${key}/properties/change-governance.intake`,
    ['not', 'an', 'object'],
  );
  const answer = await saveIntake(key, { launchDate: inDays(400), answers: TIER_ANSWERS[3] });
  expect(answer.ok).toBe(true);
  expect(await storedIntake(key)).toEqual({ launchDate: inDays(400), answers: TIER_ANSWERS[3] });
}, 60_000);
