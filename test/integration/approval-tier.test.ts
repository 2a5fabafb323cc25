// An approval counts only for the tier it was asked for (docs/design-contract.md, "Re-assessment"): when the
// intake moves the change request to another tier, a decision given for the old tier no longer lets it be
// approved, even before the app has re-governed it, and the approver is asked again.
import {
  configInForce,
  inDays,
  INTAKE_PROPERTY,
  PANEL,
  raiseChangeRequest,
  resolverData,
  restOk,
  saveConfig,
  ticketsOf,
  TIER_ANSWERS,
  transition,
  useEmulator,
} from '../support';

/** Tiers 2 and 3 ask the same approver role, so only the tier an approval was given for tells them apart. */
const emu = useEmulator({
  seedChangeRequests: false,
  setUp: async (site) => {
    const config = await configInForce(site);
    const tier3 = config.tierRoles.find((r) => r.tier === 3);
    if (tier3 === undefined) throw new Error('the default configuration has no roles for tier 3');
    tier3.approvers = ['cx-director'];
    await saveConfig(site, config);
    await site.drain();
  },
});

const approveGate = async (key: string) =>
  (
    (await resolverData(emu, {
      moduleKey: PANEL,
      accountId: 'requester',
      functionKey: 'getIssueView',
      issueKey: key,
    })) as { gates: { approve: { pass: boolean; code?: string } } }
  ).gates.approve;

it('an approval given for tier 3 does not approve the change once its intake says tier 2; the approver is asked again', async () => {
  const launchDate = inDays(400);
  const key = await raiseChangeRequest(emu, { launchDate, answers: TIER_ANSWERS[3] });
  const [given] = (await ticketsOf(emu, key)).filter((t) => t.step.kind === 'approval');
  expect(given?.step).toMatchObject({ stepId: 'cx-director', forTier: 3 });
  expect((await transition(emu, 'requester', key, 'Submit')).status).toBe(204);
  expect((await transition(emu, 'cx-director', given!.key, 'Approve')).status).toBe(204);
  expect(await approveGate(key)).toEqual({ pass: true });

  // Writing only the property raises no Jira event: the app has not re-governed, the gate must still see it.
  await restOk(emu, 'requester', 'PUT', `/rest/api/3/issue/${key}/properties/${INTAKE_PROPERTY}`, {
    launchDate,
    answers: TIER_ANSWERS[2],
  });
  expect(await approveGate(key)).toMatchObject({ pass: false, code: 'GATE.APPROVALS_PENDING' });
  const refused = await transition(emu, 'admin', key, 'Approve');
  expect(refused.status).toBe(400);
  expect(JSON.stringify(refused.body)).toContain('Waiting for approval from');

  // Once the app governs the edit, the old decision is retired and the same approver is asked for tier 2.
  await restOk(emu, 'requester', 'PUT', `/rest/api/3/issue/${key}`, {
    fields: { summary: 'Customer-facing change, now tier 2' },
  });
  await emu.drain();
  const approvals = (await ticketsOf(emu, key)).filter((t) => t.step.kind === 'approval');
  expect(
    approvals.map((t) => [t.key === given!.key, t.step.forTier, t.step.retired === true]),
  ).toEqual([
    [true, 3, true],
    [false, 2, false],
  ]);
  const askedAgain = approvals.find((t) => t.key !== given!.key)!;
  expect((await transition(emu, 'cx-director', askedAgain.key, 'Approve')).status).toBe(204);
  expect((await transition(emu, 'admin', key, 'Approve')).status).toBe(204);
}, 60_000);
