// One emulator site per test file: started before the tests, checked for contract violations after the start
// (seeding included) and after every test, closed at the end.
import { createEmulator, type Emulator, type EmulatorOptions } from '../../emulator';
import { ContractWatch } from './contract-watch';

export interface SiteOptions extends EmulatorOptions {
  /** Work that completes the site before the first test (requests raised here are checked too). */
  setUp?: (emu: Emulator) => Promise<void>;
  /** How long the start (and `setUp`) may take. */
  timeoutMs?: number;
}

/** The demo site, with the demo change requests the real app governed while seeding. */
export const startEmulator = (options: EmulatorOptions = {}): Promise<Emulator> =>
  createEmulator({ seed: 'demo', seedShowcase: false, ...options });

/**
 * Registers beforeAll/afterEach/afterAll for a suite on one emulated site and answers the site. Any request the
 * app made that broke the Jira OpenAPI contract fails the start (when made while seeding or in `setUp`) or the
 * test that was running, even if the test cleared the request log since.
 *
 * The answer stands for the site started in beforeAll, so a file can keep one module-level `emu` for its
 * helpers; touching it outside a hook or a test fails loudly.
 */
export function useEmulator(options: SiteOptions = {}): Emulator {
  const { setUp, timeoutMs = 120_000, ...emulatorOptions } = options;
  let emu: Emulator | undefined;
  let watch: ContractWatch | undefined;
  beforeAll(async () => {
    emu = await startEmulator(emulatorOptions);
    watch = new ContractWatch(emu);
    watch.check('while the demo site was seeded');
    if (setUp !== undefined) {
      await setUp(emu);
      watch.check("in the suite's set-up");
    }
  }, timeoutMs);
  afterEach(() => {
    watch?.check('during this test');
  });
  afterAll(async () => {
    await emu?.close();
  });
  const current = (): Emulator => {
    if (emu === undefined) throw new Error('The emulator is not started: use it inside a test.');
    return emu;
  };
  return new Proxy({} as Emulator, {
    get(_target, property) {
      const site = current();
      const value: unknown = Reflect.get(site, property);
      return typeof value === 'function'
        ? (value as (...a: unknown[]) => unknown).bind(site)
        : value;
    },
  });
}
