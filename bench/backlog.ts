// A backlog of open change requests, built through the Jira site's own export/import: thousands of requests
// exactly as the app leaves them after provisioning, without replaying thousands of provisionings first.
import type { Emulator } from '../emulator';

interface IssueRecord {
  id: string;
  key: string;
  summary: string;
  parentId: string | null;
  created: number;
  updated: number;
  statusCategoryChanged: number;
  properties: Record<string, unknown>;
  [field: string]: unknown;
}

interface LinkRecord {
  id: string;
  typeId: string;
  sourceId: string;
  destinationId: string;
}

interface SiteState {
  counters: { issue: number; link: number; [name: string]: number };
  projects: Array<{ key: string; nextIssueNumber: number; [field: string]: unknown }>;
  issues: IssueRecord[];
  links: LinkRecord[];
  [field: string]: unknown;
}

const STEP = 'change-governance.step';
/** The app's own record of a change request's tickets, in app storage, keyed by the request's id. */
const REGISTRY_PREFIX = 'tickets:';

interface KvsState {
  values: Array<[string, { value: unknown; createdAt: number; updatedAt: number }]>;
  [field: string]: unknown;
}
interface AppStorage {
  exportState(): { installations: Record<string, KvsState> };
  importState(state: unknown): void;
}
/** The app's storage on the emulated site (the bench copies the app's records along with the issues). */
const appStorage = (emu: Emulator): AppStorage =>
  (emu as unknown as { site: { host: { kvs: AppStorage } } }).site.host.kvs;
const ASSESSMENT = 'change-governance.assessment';

/**
 * Copies each provisioned template change request (and its tickets and links) until the site holds `count`
 * change requests. Keys, ids, parents, links, the step properties and the recorded `provisioned` list are all
 * rewritten for each copy, so every copy is indistinguishable from one the app provisioned itself.
 */
export function cloneBacklog(emu: Emulator, templates: readonly string[], count: number): void {
  const state = emu.jira.exportState() as SiteState;
  const project = state.projects.find((p) => p.key === 'CHG');
  if (!project) throw new Error('No project CHG');
  const groups = templates.map((key) => {
    const cr = state.issues.find((i) => i.key === key);
    if (!cr) throw new Error(`No template ${key}`);
    const tickets = state.issues.filter(
      (i) => (i.properties[STEP] as { changeRequest?: string } | undefined)?.changeRequest === key,
    );
    const ids = new Set([cr.id, ...tickets.map((t) => t.id)]);
    const links = state.links.filter((l) => ids.has(l.sourceId) && ids.has(l.destinationId));
    return { cr, tickets, links };
  });
  const storage = appStorage(emu).exportState();
  const kvs = storage.installations.jira;
  const registryOf = new Map(
    (kvs?.values ?? [])
      .filter(([key]) => key.startsWith(REGISTRY_PREFIX))
      .map(([key, item]) => [key, item]),
  );
  const existing = state.issues.filter(
    (i) =>
      i.properties[ASSESSMENT] !== undefined &&
      i.parentId === null &&
      i.properties[STEP] === undefined,
  ).length;
  for (let n = existing; n < count; n += 1) {
    const group = groups[n % groups.length];
    if (!group) throw new Error('no template');
    const idMap = new Map<string, string>();
    const keyMap = new Map<string, string>();
    for (const issue of [group.cr, ...group.tickets]) {
      idMap.set(issue.id, String(state.counters.issue++));
      keyMap.set(issue.key, `${project.key}-${String(project.nextIssueNumber++)}`);
    }
    const newKey = keyMap.get(group.cr.key) ?? '';
    const remap = (issue: IssueRecord): IssueRecord => {
      const copy = structuredClone(issue);
      copy.id = idMap.get(issue.id) ?? issue.id;
      copy.key = keyMap.get(issue.key) ?? issue.key;
      copy.parentId =
        issue.parentId === null ? null : (idMap.get(issue.parentId) ?? issue.parentId);
      copy.summary = issue.summary.replace(group.cr.key, newKey);
      const step = copy.properties[STEP] as { changeRequest: string } | undefined;
      if (step) step.changeRequest = newKey;
      const assessment = copy.properties[ASSESSMENT] as
        { provisioned?: Array<{ key: string; id: string }> } | undefined;
      for (const p of assessment?.provisioned ?? []) {
        p.key = keyMap.get(p.key) ?? p.key;
        p.id = idMap.get(p.id) ?? p.id;
      }
      return copy;
    };
    state.issues.push(remap(group.cr), ...group.tickets.map(remap));
    // The registry too, ids and keys rewritten, so governing a copy finds its tickets as it would the original's.
    const registry = registryOf.get(`${REGISTRY_PREFIX}${group.cr.id}`);
    if (registry && kvs) {
      const rewritten = JSON.parse(
        JSON.stringify(registry.value).replace(
          /"(id|key)":"([^"]+)"/g,
          (whole, field: string, value: string) => {
            const mapped = field === 'id' ? idMap.get(value) : keyMap.get(value);
            return mapped === undefined ? whole : `"${field}":"${mapped}"`;
          },
        ),
      ) as unknown;
      kvs.values.push([
        `${REGISTRY_PREFIX}${idMap.get(group.cr.id) ?? ''}`,
        { ...registry, value: rewritten },
      ]);
    }
    for (const link of group.links) {
      state.links.push({
        id: String(state.counters.link++),
        typeId: link.typeId,
        sourceId: idMap.get(link.sourceId) ?? link.sourceId,
        destinationId: idMap.get(link.destinationId) ?? link.destinationId,
      });
    }
  }
  emu.jira.importState(state);
  appStorage(emu).importState(storage);
}
