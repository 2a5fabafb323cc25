// Persisting the site (Jira, KVS, Confluence) to one JSON file, written atomically (temp file, then rename).
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';

export const STATE_VERSION = 1;

const stateFileSchema = z.object({
  version: z.literal(STATE_VERSION),
  savedAt: z.string(),
  jira: z.unknown(),
  kvs: z.unknown(),
  confluence: z.unknown(),
});
export type SavedState = z.infer<typeof stateFileSchema>;

export function readStateFile(file: string): SavedState | undefined {
  if (!existsSync(file)) return undefined;
  const raw: unknown = JSON.parse(readFileSync(file, 'utf8'));
  const parsed = stateFileSchema.safeParse(raw);
  if (!parsed.success)
    throw new Error(
      `EMULATOR_STATE file ${file} is not an emulator state file (version ${String(STATE_VERSION)}): ${parsed.error.message}`,
    );
  return parsed.data;
}

export function writeStateFile(file: string, state: Omit<SavedState, 'version' | 'savedAt'>): void {
  mkdirSync(dirname(file), { recursive: true });
  const temp = `${file}.${String(process.pid)}.${String(Date.now())}.tmp`;
  writeFileSync(
    temp,
    JSON.stringify({ version: STATE_VERSION, savedAt: new Date().toISOString(), ...state }),
  );
  renameSync(temp, file);
}

/** Coalesces bursts of changes into one write; `flush()` writes what is pending now. */
export class StateSaver {
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly file: string,
    private readonly snapshot: () => Omit<SavedState, 'version' | 'savedAt'>,
    private readonly delayMs = 50,
  ) {}

  markDirty(): void {
    if (this.timer !== undefined) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.write();
    }, this.delayMs);
  }

  flush(): void {
    if (this.timer === undefined) return;
    clearTimeout(this.timer);
    this.timer = undefined;
    this.write();
  }

  private write(): void {
    try {
      writeStateFile(this.file, this.snapshot());
    } catch (e) {
      console.error(`[forge-emulator] could not save the state to ${this.file}:`, e);
    }
  }
}
