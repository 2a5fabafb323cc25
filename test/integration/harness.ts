// Kept for the suites not yet moved onto test/support (it re-exports it); new tests import test/support.
import type { Emulator } from '../../emulator';

export * from '../support';

/** Every contract violation since the emulator started fails the test that checks (seeding and cleared logs included). */
export function expectNoContractViolations(emu: Emulator): void {
  expect(emu.contractViolations()).toEqual([]);
}
