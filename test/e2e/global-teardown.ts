// After the last e2e file: the shared Chromium goes (setup and teardown share one globalThis).
import { closeSharedBrowser } from './global-setup';

export default async function globalTeardown(): Promise<void> {
  await closeSharedBrowser();
}
