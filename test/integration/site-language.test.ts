// What the app writes into Jira for no one reader in particular (workflow refusals, comments on the
// tickets it closes) is in the site's default language when Jira says it and the app speaks it.
import {
  editIntake,
  inDays,
  ok,
  raiseChangeRequest,
  ticketsOf,
  TIER_ANSWERS,
  transition,
  useEmulator,
} from '../support';

const emu = useEmulator({ siteLocale: 'it_IT' });

const errorOf = (res: { body: unknown }) => JSON.stringify(res.body);
const commentsOf = async (key: string) =>
  JSON.stringify(await ok(emu, 'admin', 'GET', `/rest/api/3/issue/${key}/comment`));

/** As the panel writes a date in Italian: `6 mar 2027`. */
const italianDate = (iso: string) =>
  new Intl.DateTimeFormat('it-IT', { dateStyle: 'medium', timeZone: 'UTC' }).format(
    Date.parse(iso),
  );

describe('on a site whose default language is Italian', () => {
  it('a workflow refusal names the pending approvers in Italian', async () => {
    const key = await raiseChangeRequest(emu, {
      launchDate: inDays(400),
      answers: TIER_ANSWERS[1],
    });
    expect((await transition(emu, 'requester', key, 'Submit')).status).toBe(204);
    const refused = await transition(emu, 'admin', key, 'Approve');
    expect(refused.status).toBe(400);
    expect(errorOf(refused)).toContain("In attesa dell'approvazione di");
    expect(errorOf(refused)).toContain('VP Customer Experience');
    expect(errorOf(refused)).not.toContain('Waiting for approval');
    // The tickets the app raised speak the site's language too.
    const summaries = (await ticketsOf(emu, key)).map((t) => t.fields.summary);
    expect(summaries).toContain(
      `Approvazione: VP Customer Experience — ${key} Customer-facing change`,
    );
    expect(summaries.filter((s) => s.startsWith('Comunicazione ai clienti: '))).toHaveLength(8);
  }, 60_000);

  it('a lead-time refusal gives its dates as the panel does', async () => {
    const key = await raiseChangeRequest(emu, { launchDate: inDays(20), answers: TIER_ANSWERS[3] });
    await transition(emu, 'requester', key, 'Submit');
    const approval = (await ticketsOf(emu, key)).find((t) => t.step.kind === 'approval')!;
    await transition(emu, 'cx-manager', approval.key, 'Approve');
    expect((await transition(emu, 'admin', key, 'Approve')).status).toBe(204);
    const refused = await transition(emu, 'admin', key, 'Schedule');
    expect(refused.status).toBe(400);
    // Tier 3 needs 90 days.
    expect(errorOf(refused)).toContain(italianDate(inDays(90)));
    expect(errorOf(refused)).toContain(italianDate(inDays(20)));
    expect(errorOf(refused)).not.toContain(inDays(90));
  }, 60_000);

  it('the comment on a ticket closed by a re-tier is in Italian, and the language is read once', async () => {
    const key = await raiseChangeRequest(emu, {
      launchDate: inDays(400),
      answers: TIER_ANSWERS[2],
    });
    await editIntake(emu, key, { launchDate: inDays(400), answers: TIER_ANSWERS[4] });
    const retired = (await ticketsOf(emu, key)).filter((t) => t.step.retired === true);
    expect(retired.length).toBeGreaterThan(0);
    const comments = await commentsOf(retired[0]!.key);
    expect(comments).toContain('Chiuso da Change Governance');
    expect(comments).toContain('non comprende più questo passo');
    expect(comments).not.toContain('Closed by Change Governance');
    // Read once, while the demo site's change requests were raised, and kept in the app's storage:
    // none of this file's refusals, tickets or comments asked Jira again.
    const reads = emu
      .requests()
      .filter((r) => r.path.startsWith('/rest/api/3/application-properties'));
    expect(reads).toEqual([]);
  }, 60_000);
});
