// The site state plus the indexes and look-ups every operation needs.
import type {
  GroupRecord,
  IssueRecord,
  IssueTypeRecord,
  IssueTypeSchemeRecord,
  LinkRecord,
  LinkTypeRecord,
  ProjectRecord,
  SiteState,
  StatusRecord,
  UserRecord,
  WorkflowRecord,
} from './state';
import type { TaskRecord } from './ops/bulk-properties';
import { SearchVisibility, type LagSource } from './search-visibility';
import { ValueIndex, type IndexValue } from './value-index';

type Counter = keyof SiteState['counters'];

export class SiteModel {
  private readonly byId = new Map<string, IssueRecord>();
  private readonly byKey = new Map<string, IssueRecord>();
  private readonly valueIndexes = new Map<string, ValueIndex>();
  /** Issues whose fields or properties changed since the value indexes last read them. */
  private readonly changed = new Set<IssueRecord>();

  /** Asynchronous tasks (bulk property sets); not persisted, as a restart would end them. */
  private readonly tasks = new Map<string, TaskRecord>();
  private nextTaskId = 10000;
  /** What the app's JQL searches see while the search-lag fault is on. */
  readonly searchIndex: SearchVisibility;

  constructor(
    readonly state: SiteState,
    searchLag?: LagSource,
  ) {
    this.searchIndex = new SearchVisibility(searchLag);
    for (const issue of state.issues) this.index(issue);
  }

  private index(issue: IssueRecord): void {
    this.byId.set(issue.id, issue);
    this.byKey.set(issue.key.toUpperCase(), issue);
  }

  nextId(counter: Counter): string {
    const value = this.state.counters[counter];
    this.state.counters[counter] = value + 1;
    return String(value);
  }

  issues(): readonly IssueRecord[] {
    return this.state.issues;
  }

  issueById(id: string): IssueRecord | undefined {
    return this.byId.get(id);
  }

  findIssue(idOrKey: string): IssueRecord | undefined {
    return /^\d+$/.test(idOrKey) ? this.byId.get(idOrKey) : this.byKey.get(idOrKey.toUpperCase());
  }

  addIssue(issue: IssueRecord): void {
    this.state.issues.push(issue);
    this.index(issue);
    this.changed.add(issue);
    this.searchIndex.beforeWrite(issue, true);
  }

  /**
   * Every change to an issue's fields, status or properties goes through here, or searches miss it.
   * Call it before changing the issue: the search lag keeps the issue as it was.
   */
  touch(issue: IssueRecord): void {
    this.searchIndex.beforeWrite(issue, false);
    this.changed.add(issue);
  }

  /**
   * The issues for which `read` gives one of `values`. `name` identifies `read`: the same name must
   * always come with the same function.
   */
  issuesWith(
    name: string,
    read: (issue: IssueRecord) => readonly IndexValue[],
    values: readonly IndexValue[],
  ): IssueRecord[] {
    if (this.changed.size > 0) {
      for (const index of this.valueIndexes.values()) {
        for (const issue of this.changed) {
          index.remove(issue);
          index.add(issue);
        }
      }
      this.changed.clear();
    }
    let index = this.valueIndexes.get(name);
    if (!index) {
      index = new ValueIndex(read, this.state.issues);
      this.valueIndexes.set(name, index);
    }
    return index.lookup(values);
  }

  removeIssue(issue: IssueRecord): void {
    this.state.issues = this.state.issues.filter((i) => i.id !== issue.id);
    this.state.links = this.state.links.filter(
      (l) => l.sourceId !== issue.id && l.destinationId !== issue.id,
    );
    this.byId.delete(issue.id);
    this.byKey.delete(issue.key.toUpperCase());
    this.changed.delete(issue);
    this.searchIndex.forget(issue.id);
    for (const index of this.valueIndexes.values()) index.remove(issue);
  }

  addTask(task: Omit<TaskRecord, 'id' | 'reads'>): TaskRecord {
    const record: TaskRecord = { ...task, id: String(this.nextTaskId++), reads: 0 };
    this.tasks.set(record.id, record);
    return record;
  }

  task(id: string): TaskRecord | undefined {
    return this.tasks.get(id);
  }

  subtasksOf(issueId: string): IssueRecord[] {
    return this.state.issues.filter((i) => i.parentId === issueId);
  }

  projectById(id: string): ProjectRecord | undefined {
    return this.state.projects.find((p) => p.id === id);
  }

  findProject(idOrKey: string): ProjectRecord | undefined {
    const wanted = idOrKey.toUpperCase();
    return this.state.projects.find((p) => p.id === idOrKey || p.key.toUpperCase() === wanted);
  }

  projectOf(issue: IssueRecord): ProjectRecord {
    const project = this.projectById(issue.projectId);
    if (!project)
      throw new Error(`Issue ${issue.key} belongs to unknown project ${issue.projectId}`);
    return project;
  }

  user(accountId: string): UserRecord | undefined {
    return this.state.users.find((u) => u.accountId === accountId);
  }

  groupByName(name: string): GroupRecord | undefined {
    const wanted = name.toLowerCase();
    return this.state.groups.find((g) => g.name.toLowerCase() === wanted);
  }

  groupById(groupId: string): GroupRecord | undefined {
    return this.state.groups.find((g) => g.groupId === groupId);
  }

  groupsOf(accountId: string): GroupRecord[] {
    return this.state.groups.filter((g) => g.members.includes(accountId));
  }

  issueType(id: string): IssueTypeRecord | undefined {
    return this.state.issueTypes.find((t) => t.id === id);
  }

  issueTypeOf(issue: IssueRecord): IssueTypeRecord {
    const type = this.issueType(issue.issueTypeId);
    if (!type) throw new Error(`Issue ${issue.key} has unknown issue type ${issue.issueTypeId}`);
    return type;
  }

  scheme(id: string): IssueTypeSchemeRecord | undefined {
    return this.state.issueTypeSchemes.find((s) => s.id === id);
  }

  schemeOf(project: ProjectRecord): IssueTypeSchemeRecord {
    const scheme = this.scheme(project.issueTypeSchemeId);
    if (!scheme)
      throw new Error(
        `Project ${project.key} has unknown issue type scheme ${project.issueTypeSchemeId}`,
      );
    return scheme;
  }

  projectIssueTypes(project: ProjectRecord): IssueTypeRecord[] {
    return this.schemeOf(project)
      .issueTypeIds.map((id) => this.issueType(id))
      .filter((t): t is IssueTypeRecord => t !== undefined);
  }

  status(id: string): StatusRecord {
    const status = this.state.statuses.find((s) => s.id === id);
    if (!status) throw new Error(`Unknown status ${id}`);
    return status;
  }

  workflow(id: string): WorkflowRecord {
    const workflow = this.state.workflows.find((w) => w.id === id);
    if (!workflow) throw new Error(`Unknown workflow ${id}`);
    return workflow;
  }

  workflowFor(project: ProjectRecord, issueTypeId: string): WorkflowRecord {
    return this.workflow(project.workflowByIssueType[issueTypeId] ?? project.defaultWorkflowId);
  }

  linkTypes(): readonly LinkTypeRecord[] {
    return this.state.linkTypes;
  }

  linkType(id: string): LinkTypeRecord | undefined {
    return this.state.linkTypes.find((t) => t.id === id);
  }

  linksOf(issueId: string): LinkRecord[] {
    return this.state.links.filter((l) => l.sourceId === issueId || l.destinationId === issueId);
  }
}
