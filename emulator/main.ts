// `npm start`: the demo site at http://localhost:4100 (PORT overrides); EMULATOR_STATE=<file> keeps it across restarts.
import { resolve } from 'node:path';
import { createEmulator } from './index';

async function main(): Promise<void> {
  const port = Number(process.env.PORT ?? '4100');
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`PORT must be a port number, not '${process.env.PORT ?? ''}'`);
  const stateFile =
    process.env.EMULATOR_STATE === undefined || process.env.EMULATOR_STATE === ''
      ? undefined
      : resolve(process.env.EMULATOR_STATE);
  const emulator = await createEmulator({
    seed: 'demo',
    baseUrl: `http://localhost:${String(port)}`,
    ...(stateFile === undefined ? {} : { stateFile }),
  });
  const server = await emulator.listen(port);
  console.log(
    `Change Governance emulator: ${server.url}${stateFile === undefined ? '' : ` (state in ${stateFile})`}`,
  );
  const stop = (): void => {
    void (async () => {
      await server.close();
      await emulator.close();
      process.exit(0);
    })();
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
