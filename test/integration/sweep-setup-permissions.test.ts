// Forge can deliver the installed event before the site has granted the app its scopes: every asApp call
// answers 401/403 for a while, longer than the platform's 4 retries of the event. Setup must still finish:
// the failure is recorded and the hourly sweep runs setup again once the grant is in place.
import { JiraSite } from '../../emulator/jira';
import { EmulatorSite } from '../../emulator/seed/emulator-site';

jest.setTimeout(120_000);

let site: EmulatorSite;
beforeAll(async () => {
  site = await EmulatorSite.create(
    { seed: 'empty' },
    (hooks, options) => new JiraSite(hooks, options),
  );
}, 60_000);
afterAll(() => site.close());

const changeTypes = async () => {
  const res = await site.rest('admin', 'GET', '/rest/api/3/issuetype');
  return (res.body as Array<{ name: string }>)
    .map((t) => t.name)
    .filter((n) => n === 'Change Request' || n === 'Change Approval')
    .sort();
};

it('a setup refused for lack of permission is completed by the hourly sweep once the grant arrives', async () => {
  const quiet = [
    jest.spyOn(console, 'error').mockImplementation(() => undefined),
    jest.spyOn(console, 'warn').mockImplementation(() => undefined),
  ];
  try {
    // The grant lags the installed event by an hour: longer than every retry of the event.
    site.host.permissions.lagAfterInstall(60 * 60_000);
    await site.reset('empty');
    expect(await changeTypes()).toEqual([]);

    // Still before the grant: the sweep's attempt fails too, and nothing is half done.
    await site.runScheduledTrigger('governance-sweep');
    await site.drain();
    expect(await changeTypes()).toEqual([]);

    // The grant arrives; the next hourly run completes the setup.
    site.host.permissions.withholdFor(site.host.scheduler.now(), 0);
    await site.runScheduledTrigger('governance-sweep');
    await site.drain();
    expect(await changeTypes()).toEqual(['Change Approval', 'Change Request']);
  } finally {
    site.host.permissions.lagAfterInstall(0);
    for (const spy of quiet) spy.mockRestore();
  }
});
