// What a governance pass's actions change in the app's own record of its tickets, and the display copy of that
// record each ticket carries. Jira holds the tickets; the registry says what each is for.
import type { ReconcileAction } from '../domain';
import type { StepProperty } from './properties';
import type { RegisteredTicket, TicketRegistry } from './ticket-registry';

/** The step property a registered ticket carries, rebuilt from the registry (the property itself is not trusted). */
export function stepOf(
  changeRequest: string,
  entry: RegisteredTicket | undefined,
): StepProperty | undefined {
  if (!entry) return undefined;
  return {
    changeRequest,
    kind: entry.kind,
    stepId: entry.stepId,
    ...(entry.forTier !== undefined ? { forTier: entry.forTier } : {}),
    ...(entry.roleId !== undefined ? { roleId: entry.roleId } : {}),
    ...(entry.retired ? { retired: true } : {}),
  };
}

/** What the actions other than creates change in the registry. */
export function registryUpdates(
  actions: readonly ReconcileAction[],
  registry: TicketRegistry,
  leftOpen: ReadonlySet<string>,
  assignees: ReadonlyMap<string, string | null>,
): RegisteredTicket[] {
  const byKey = new Map(registry.tickets.map((t) => [t.key, t]));
  const updated = new Map<string, RegisteredTicket>();
  const current = (key: string) => updated.get(key) ?? byKey.get(key);
  for (const action of actions) {
    if (action.type === 'create') continue;
    const entry = current(action.key);
    if (!entry) continue;
    switch (action.type) {
      case 'move-due-date':
        break;
      case 'retarget-approval':
        updated.set(action.key, { ...entry, forTier: action.forTier });
        break;
      case 'reassign':
        updated.set(action.key, {
          ...entry,
          roleId: action.roleId,
          ...(entry.kind === 'approval'
            ? { approverAccountId: assignees.get(`${action.kind}:${action.stepId}`) ?? null }
            : {}),
        });
        break;
      case 'close-obsolete':
        updated.set(action.key, {
          ...entry,
          retired: true,
          ...(leftOpen.has(action.key) ? { leftOpen: true } : {}),
        });
        break;
      case 'invalidate-approval':
        updated.set(action.key, { ...entry, retired: true });
        break;
      default: {
        const _exhaustive: never = action;
        throw new Error(`Unknown action ${JSON.stringify(_exhaustive)}`);
      }
    }
  }
  return [...updated.values()];
}
