// Messages the app's Custom UI frames post to the shell through the emulator's bridge host.
import { z } from 'zod';

const envelope = z.object({
  source: z.literal('forge-bridge'),
  command: z.string(),
  payload: z.unknown().optional(),
});

const resizePayload = z.object({ height: z.union([z.number(), z.string()]) });

const openPayload = z
  .object({
    moduleKey: z.string().optional(),
    resource: z.string().nullish(),
    title: z.string().optional(),
    size: z.unknown().optional(),
    context: z.unknown().optional(),
  })
  .optional();

export type OpenRequest = { moduleKey?: string; title?: string; context?: unknown };

const flagPayload = z.object({
  title: z.string().optional(),
  description: z.string().optional(),
  type: z.string().optional(),
  appearance: z.string().optional(),
});

export type FlagKind = 'success' | 'error' | 'warning' | 'information';

function flagKind(value: string | undefined): FlagKind {
  switch (value) {
    case 'success':
      return 'success';
    case 'error':
      return 'error';
    case 'warning':
      return 'warning';
    case undefined:
    default:
      return 'information';
  }
}

export type BridgeMessage =
  | { command: 'resize'; height: number }
  | { command: 'navigate'; payload: unknown }
  | { command: 'open'; request: OpenRequest }
  | { command: 'close'; payload: unknown }
  | { command: 'submit'; payload: unknown }
  | { command: 'refresh'; payload: unknown }
  | { command: 'showFlag'; kind: FlagKind; title: string; description: string | undefined }
  | { command: 'changeWindowTitle'; title: string };

function cssPixels(value: number | string): number | null {
  const n = typeof value === 'number' ? value : Number.parseFloat(value);
  return Number.isFinite(n) && n >= 0 ? Math.ceil(n) : null;
}

export function parseBridgeMessage(data: unknown): BridgeMessage | null {
  const parsed = envelope.safeParse(data);
  if (!parsed.success) return null;
  const { command, payload } = parsed.data;
  switch (command) {
    case 'resize': {
      const size = resizePayload.safeParse(payload);
      const height = size.success ? cssPixels(size.data.height) : null;
      return height === null ? null : { command, height };
    }
    case 'navigate':
    case 'close':
    case 'submit':
    case 'refresh':
      return { command, payload };
    case 'showFlag': {
      const flag = flagPayload.safeParse(payload);
      if (!flag.success) return null;
      return {
        command,
        kind: flagKind(flag.data.type ?? flag.data.appearance),
        title: flag.data.title ?? '',
        description: flag.data.description,
      };
    }
    case 'changeWindowTitle': {
      const title = z.object({ title: z.string() }).safeParse(payload);
      return title.success ? { command, title: title.data.title } : null;
    }
    // Forge's Modal (openModal) and view.open both show the app in a dialog here.
    case 'openModal':
    case 'open': {
      const request = openPayload.safeParse(payload);
      const data = request.success ? request.data : undefined;
      return {
        command: 'open',
        request: {
          moduleKey: data?.moduleKey ?? data?.resource ?? undefined,
          title: data?.title,
          context: data?.context,
        },
      };
    }
    default:
      return null;
  }
}
