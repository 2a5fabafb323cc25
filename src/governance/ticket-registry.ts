import { z } from 'zod';
import { storageKey, type KeyValueStore } from '../storage/key-value-store';
import { ticketKindSchema } from './properties';

/**
 * Which tickets the app created for which change request, step and tier, and for whom: app-owned state, kept in
 * Forge storage where no Jira user can write it. Issue properties on the tickets are only JQL indexes and display
 * copies; anyone with Edit Issues can rewrite them, so nothing that decides reads them.
 */
export const registeredTicketSchema = z.object({
  id: z.string(),
  key: z.string(),
  kind: ticketKindSchema,
  stepId: z.string(),
  forTier: z.number().int().optional(),
  roleId: z.string().optional(),
  /** Approvals: the person the role mapped to when the app created or retargeted it; null for nobody. */
  approverAccountId: z.string().nullable().optional(),
  /** Taken out of the plan (obsolete, duplicate or an invalid decision): history, never deleted. */
  retired: z.boolean().optional(),
  /** Retired but left open with a comment, because the workflow offered no transition the app may take. */
  leftOpen: z.boolean().optional(),
  /** A declined approval the requester asked again after addressing the objection: who, and when. */
  askedAgainBy: z.string().optional(),
  askedAgainAt: z.string().optional(),
});
export type RegisteredTicket = z.infer<typeof registeredTicketSchema>;

/**
 * A bulk create whose answer the app may not have seen (a 5xx after Jira did the work, a dropped connection, a
 * crash before the keys were stored). Each entry carried `token` in its step property, so the tickets it made are
 * recognised among the change request's sub-tasks and links (read from the issue, not the lagging search index).
 */
export const pendingCreateSchema = z.object({
  token: z.string(),
  at: z.string(),
  steps: z.array(
    z.object({
      kind: ticketKindSchema,
      stepId: z.string(),
      forTier: z.number().int().optional(),
      roleId: z.string().optional(),
      approverAccountId: z.string().nullable().optional(),
    }),
  ),
});
export type PendingCreate = z.infer<typeof pendingCreateSchema>;

export const ticketRegistrySchema = z.object({
  changeRequest: z.object({ id: z.string(), key: z.string() }),
  tickets: z.array(registeredTicketSchema),
  pending: pendingCreateSchema.optional(),
  /** The launch date the intake and the Due date both held after the app last brought them together. */
  launchDateSynced: z.string().optional(),
  /** The tier whose new approvals sent the approved change back to review: asked once, not on every pass. */
  reviewRequestedForTier: z.number().int().optional(),
  /**
   * Present while the app holds the change approved (for its redesign tasks): the statuses the change passed
   * through before its approval, from Jira's changelog, so a later status (scheduled, done) keeps it approved and
   * a return to one of these (back to review) does not. Null: an approval was seen while nothing hung on it, so
   * the changelog was not read yet. Registries written before redesign tasks lack it.
   */
  approvedFrom: z.array(z.string()).nullable().optional(),
});
export type TicketRegistry = z.infer<typeof ticketRegistrySchema>;

/** Keyed by the change request's id: keys change when an issue moves project, ids never do. */
const registryKey = (changeRequestId: string) => storageKey('tickets', changeRequestId);

export async function loadRegistry(
  store: KeyValueStore,
  changeRequest: { id: string; key: string },
): Promise<TicketRegistry> {
  const parsed = ticketRegistrySchema.safeParse(await store.get(registryKey(changeRequest.id)));
  const empty: TicketRegistry = { changeRequest, tickets: [] };
  // Storage is the app's own, but a value written by an older version must not stop governance.
  return parsed.success ? { ...parsed.data, changeRequest } : empty;
}

export async function saveRegistry(store: KeyValueStore, registry: TicketRegistry): Promise<void> {
  await store.set(registryKey(registry.changeRequest.id), registry);
}

/** A ticket's entry rewritten: later entries win, so a registry never holds one id twice. */
export function upsertTickets(
  registry: TicketRegistry,
  tickets: readonly RegisteredTicket[],
): TicketRegistry {
  const byId = new Map(registry.tickets.map((t) => [t.id, t]));
  for (const t of tickets) byId.set(t.id, { ...byId.get(t.id), ...t });
  return { ...registry, tickets: [...byId.values()].sort(byKeyNumber) };
}

const keyNumber = (key: string) => Number(/(\d+)$/.exec(key)?.[1] ?? 0);
const byKeyNumber = (a: RegisteredTicket, b: RegisteredTicket) =>
  keyNumber(a.key) - keyNumber(b.key) || a.key.localeCompare(b.key);
