// The Confluence macro reads the configuration the admin saved in Jira: on a real site that holds only
// when the manifest declares app.compatibility, otherwise Confluence gets an installation (and a
// storage) of its own and the macro shows the shipped defaults.
import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createEmulator, DEMO_PAGES, type Emulator } from '../../emulator';
import { DEFAULT_CONFIG, type GovernanceConfig } from '../../src/domain';

jest.setTimeout(120_000);

const ROOT = resolve(__dirname, '..', '..');
const RENAMED = 'Board-level change';

interface Answer {
  ok: boolean;
  data?: unknown;
  error?: { code: string; message: string };
}

function data(answer: unknown): unknown {
  const a = answer as Answer;
  if (!a.ok) throw new Error(`${a.error?.code ?? '?'}: ${a.error?.message ?? ''}`);
  return a.data;
}

/** What a page reader and a page export show for tier 1, after the admin renamed it in Jira. */
async function macroAfterAdminRename(emu: Emulator): Promise<{ shown: string; exported: string }> {
  const admin = (functionKey: string, payload: unknown = {}) =>
    emu.invoke({ moduleKey: 'change-governance-admin', accountId: 'admin', functionKey, payload });
  const current = data(await admin('getConfig')) as { version: number; config: GovernanceConfig };
  const config = structuredClone(current.config);
  const tier1 = config.tiers.find((t) => t.tier === 1);
  if (tier1 === undefined) throw new Error('no tier 1');
  tier1.name = { ...tier1.name, 'en-US': RENAMED };
  data(await admin('saveConfig', { config, baseVersion: current.version }));
  await emu.drain();

  const tables = data(
    await emu.invoke({
      moduleKey: 'governance-tables',
      accountId: 'requester',
      functionKey: 'getMacroTables',
      payload: { tables: ['criteria'], locale: 'en-US' },
      extension: { content: { id: DEMO_PAGES.english }, config: { tables: ['criteria'] } },
    }),
  ) as { criteria: Array<{ tier: number; name: string }> };
  const exported = await emu.exportPage(DEMO_PAGES.english, 'requester', 'pdf');
  expect(exported?.valid).toBe(true);
  return {
    shown: tables.criteria.find((row) => row.tier === 1)?.name ?? '',
    exported: JSON.stringify(exported?.document),
  };
}

test('with app.compatibility (one installation), the macro and its export show the admin’s change', async () => {
  const emu = await createEmulator({ seed: 'demo', seedChangeRequests: false });
  try {
    const { shown, exported } = await macroAfterAdminRename(emu);
    expect(shown).toBe(RENAMED);
    expect(exported).toContain(RENAMED);
  } finally {
    await emu.close();
  }
});

test('without app.compatibility (an installation per product), the macro would show the shipped defaults', async () => {
  // The same app with the compatibility block taken out of a copy of its manifest.
  const copy = join(ROOT, 'test-artifacts', 'app-without-compatibility');
  rmSync(copy, { recursive: true, force: true });
  mkdirSync(copy, { recursive: true });
  const manifest = readFileSync(join(ROOT, 'manifest.yml'), 'utf8');
  const stripped = manifest.replace(/\n {2}compatibility:\n(?: {4}.*\n)+/, '\n');
  expect(stripped).not.toContain('compatibility:');
  writeFileSync(join(copy, 'manifest.yml'), stripped);
  for (const dir of ['src', 'static', 'locales']) symlinkSync(join(ROOT, dir), join(copy, dir));

  const emu = await createEmulator({ appRoot: copy, seed: 'demo', seedChangeRequests: false });
  try {
    const { shown, exported } = await macroAfterAdminRename(emu);
    const shipped = DEFAULT_CONFIG.tiers.find((t) => t.tier === 1)?.name['en-US'];
    expect(shown).toBe(shipped);
    expect(exported).not.toContain(RENAMED);
  } finally {
    await emu.close();
    rmSync(copy, { recursive: true, force: true });
  }
});
