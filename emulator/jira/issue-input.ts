// Reads the `fields` and `update` of a create, edit or transition body into checked changes,
// collecting Jira's per-field errors instead of stopping at the first one.
import { Temporal } from 'temporal-polyfill';
import { checkAdfDocument } from './adf';
import type { Ctx } from './context';
import { can, canBrowse, userHasProjectPermission } from './permissions';
import type { IssueRecord, IssueTypeRecord, ProjectRecord } from './state';
import { isRecord, stringField } from './values';

export interface PendingLink {
  typeId: string;
  otherId: string;
  thisIsSource: boolean; // "this <outward> other" when true, "other <outward> this" when false
}

export interface IssueChanges {
  summary?: string;
  description?: unknown;
  assigneeId?: string | null;
  reporterId?: string | null;
  duedate?: string | null;
  labels?: string[];
  parentId?: string | null;
  links: PendingLink[];
  comments: unknown[];
}

export interface Problems {
  errors: Record<string, string>;
  errorMessages: string[];
}

export function hasProblems(problems: Problems): boolean {
  return problems.errorMessages.length > 0 || Object.keys(problems.errors).length > 0;
}

export const HIERARCHY_ERROR = 'Given parent work item does not belong to appropriate hierarchy.';
export const SUBTASK_NEEDS_PARENT =
  'Issue type is a sub-task but parent issue key or id not specified.';
const USER_NOT_FOUND = 'Specified user does not exist or you do not have required permissions';
const SUMMARY_MAX = 255;
const LABEL_MAX = 255;

export function cannotSet(field: string): string {
  return `Field '${field}' cannot be set. It is not on the appropriate screen, or unknown.`;
}

export interface InputTarget {
  mode: 'create' | 'edit' | 'transition';
  project: ProjectRecord;
  issueType: IssueTypeRecord;
  issue?: IssueRecord; // the issue being edited or transitioned
}

// `{ id }` or `{ key }` (or a bare id/key string) naming an issue.
export function issueRef(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (!isRecord(value)) return undefined;
  return stringField(value, 'id') ?? stringField(value, 'key');
}

function accountRef(value: unknown): string | undefined {
  if (!isRecord(value)) return undefined;
  return stringField(value, 'accountId') ?? stringField(value, 'id');
}

export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  try {
    Temporal.PlainDate.from(value, { overflow: 'reject' });
    return true;
  } catch {
    return false;
  }
}

class Reader {
  readonly changes: IssueChanges = { links: [], comments: [] };
  readonly problems: Problems = { errors: {}, errorMessages: [] };

  constructor(
    private readonly ctx: Ctx,
    private readonly target: InputTarget,
  ) {}

  private fail(field: string, message: string): void {
    this.problems.errors[field] ??= message;
  }

  summary(value: unknown): void {
    if (typeof value !== 'string' || value.trim() === '') {
      this.fail('summary', 'You must specify a summary of the issue.');
    } else if (value.length > SUMMARY_MAX) {
      this.fail('summary', 'Summary must be less than 255 characters.');
    } else {
      this.changes.summary = value.trim();
    }
  }

  description(value: unknown): void {
    if (value === null) {
      this.changes.description = null;
      return;
    }
    const check = checkAdfDocument(value);
    if (check.ok) this.changes.description = value;
    else this.fail('description', check.reason);
  }

  assignee(value: unknown): void {
    const { ctx, target } = this;
    if (!can(ctx, target.project, 'ASSIGN_ISSUES')) {
      this.fail('assignee', 'You do not have permission to assign issues.');
      return;
    }
    if (value === null) {
      this.changes.assigneeId = null;
      return;
    }
    const accountId = accountRef(value);
    if (accountId === '-1') {
      this.changes.assigneeId = null; // "automatic": the project's default assignee is nobody
      return;
    }
    const user = accountId === undefined ? undefined : ctx.site.user(accountId);
    if (!user) {
      this.fail('assignee', USER_NOT_FOUND);
    } else if (
      !userHasProjectPermission(ctx.site, user.accountId, target.project, 'ASSIGNABLE_USER')
    ) {
      this.fail('assignee', `User '${user.displayName}' cannot be assigned issues.`);
    } else {
      this.changes.assigneeId = user.accountId;
    }
  }

  reporter(value: unknown): void {
    const { ctx, target } = this;
    if (!can(ctx, target.project, 'MODIFY_REPORTER')) {
      this.fail('reporter', cannotSet('reporter'));
      return;
    }
    const accountId = accountRef(value);
    const user = accountId === undefined ? undefined : ctx.site.user(accountId);
    if (!user) this.fail('reporter', USER_NOT_FOUND);
    else this.changes.reporterId = user.accountId;
  }

  duedate(value: unknown): void {
    if (!can(this.ctx, this.target.project, 'SCHEDULE_ISSUES')) {
      this.fail('duedate', cannotSet('duedate'));
    } else if (value === null) {
      this.changes.duedate = null;
    } else if (typeof value === 'string' && isCalendarDate(value)) {
      this.changes.duedate = value;
    } else {
      this.fail(
        'duedate',
        `Error parsing date string: ${typeof value === 'string' ? value : JSON.stringify(value)}`,
      );
    }
  }

  private label(value: unknown): string | undefined {
    if (typeof value !== 'string' || value.trim() === '') {
      this.fail('labels', 'The label must not be empty.');
      return undefined;
    }
    if (/\s/.test(value)) {
      this.fail('labels', `The label '${value}' contains spaces which is invalid.`);
      return undefined;
    }
    if (value.length > LABEL_MAX) {
      this.fail(
        'labels',
        `The label '${value}' exceeds the maximum length for a single label of 255 characters.`,
      );
      return undefined;
    }
    return value;
  }

  labels(value: unknown): void {
    if (!Array.isArray(value)) {
      this.fail('labels', 'Labels must be an array of strings.');
      return;
    }
    const labels = value.map((v) => this.label(v)).filter((v): v is string => v !== undefined);
    this.changes.labels = [...new Set(labels)];
  }

  labelOperations(ops: unknown[]): void {
    let labels = this.changes.labels ?? [...(this.target.issue?.labels ?? [])];
    for (const op of ops) {
      if (isRecord(op) && 'set' in op) {
        this.labels(op.set);
        labels = this.changes.labels ?? labels;
      } else if (isRecord(op) && 'add' in op) {
        const label = this.label(op.add);
        if (label !== undefined && !labels.includes(label)) labels = [...labels, label];
      } else if (isRecord(op) && 'remove' in op) {
        labels = labels.filter((l) => l !== op.remove);
      } else {
        this.fail('labels', 'Labels supports the operations set, add and remove.');
      }
    }
    this.changes.labels = labels;
  }

  parent(value: unknown): void {
    const { ctx, target } = this;
    if (value === null) {
      if (target.issueType.hierarchyLevel < 0) this.fail('parentId', HIERARCHY_ERROR);
      else this.changes.parentId = null;
      return;
    }
    const ref = issueRef(value);
    const parent = ref === undefined ? undefined : ctx.site.findIssue(ref);
    if (!parent || !canBrowse(ctx, ctx.site.projectOf(parent))) {
      this.fail('parent', 'Could not find issue by id or key.');
      return;
    }
    const parentType = ctx.site.issueTypeOf(parent);
    if (
      parentType.hierarchyLevel !== target.issueType.hierarchyLevel + 1 ||
      parent.id === target.issue?.id
    ) {
      this.fail('parentId', HIERARCHY_ERROR);
      return;
    }
    if (parent.projectId !== target.project.id) {
      this.fail('project', 'Sub-tasks must be created in the same project as the parent.');
      return;
    }
    this.changes.parentId = parent.id;
  }

  link(value: unknown): void {
    const { ctx, target } = this;
    if (!can(ctx, target.project, 'LINK_ISSUES')) {
      this.fail('issuelinks', 'You do not have permission to link issues.');
      return;
    }
    if (!isRecord(value) || !isRecord(value.type)) {
      this.fail('issuelinks', 'An issue link needs a type and an inwardIssue or outwardIssue.');
      return;
    }
    const typeName = stringField(value.type, 'name');
    const typeId = stringField(value.type, 'id');
    const type = ctx.site
      .linkTypes()
      .find(
        (t) =>
          (typeId !== undefined && t.id === typeId) ||
          (typeName !== undefined && t.name.toLowerCase() === typeName.toLowerCase()),
      );
    if (!type) {
      this.fail('issuelinks', `No issue link type with name '${typeName ?? typeId ?? ''}' found.`);
      return;
    }
    const outward = issueRef(value.outwardIssue);
    const inward = issueRef(value.inwardIssue);
    const otherRef = outward ?? inward;
    const other = otherRef === undefined ? undefined : ctx.site.findIssue(otherRef);
    if (!other || !canBrowse(ctx, ctx.site.projectOf(other))) {
      this.fail(
        'issuelinks',
        `Issue '${otherRef ?? ''}' does not exist or you do not have permission to see it.`,
      );
      return;
    }
    this.changes.links.push({
      typeId: type.id,
      otherId: other.id,
      thisIsSource: outward !== undefined,
    });
  }

  comment(value: unknown): void {
    if (!can(this.ctx, this.target.project, 'ADD_COMMENTS')) {
      this.fail('comment', 'You do not have permission to comment on this issue.');
      return;
    }
    const body = isRecord(value) ? value.body : undefined;
    if (body === undefined) {
      this.fail('comment', 'Comment body can not be empty!');
      return;
    }
    const check = checkAdfDocument(body);
    if (check.ok) this.changes.comments.push(body);
    else this.fail('comment', check.reason);
  }

  field(name: string, value: unknown): void {
    switch (name) {
      case 'summary':
        this.summary(value);
        return;
      case 'description':
        this.description(value);
        return;
      case 'assignee':
        this.assignee(value);
        return;
      case 'reporter':
        this.reporter(value);
        return;
      case 'duedate':
        this.duedate(value);
        return;
      case 'labels':
        this.labels(value);
        return;
      case 'parent':
        this.parent(value);
        return;
      default:
        this.fail(name, cannotSet(name));
    }
  }

  updates(name: string, ops: unknown): void {
    if (!Array.isArray(ops)) {
      this.fail(name, `The update operations for '${name}' must be an array.`);
      return;
    }
    switch (name) {
      case 'labels':
        this.labelOperations(ops);
        return;
      case 'issuelinks':
        for (const op of ops) {
          if (isRecord(op) && 'add' in op) this.link(op.add);
          else this.fail('issuelinks', 'Issue links support only the add operation here.');
        }
        return;
      case 'comment':
        if (this.target.mode === 'create') {
          this.fail('comment', cannotSet('comment'));
          return;
        }
        for (const op of ops) {
          if (isRecord(op) && 'add' in op) this.comment(op.add);
          else this.fail('comment', 'Comments support only the add operation here.');
        }
        return;
      case 'summary':
      case 'description':
      case 'assignee':
      case 'reporter':
      case 'duedate':
      case 'parent':
        for (const op of ops) {
          if (isRecord(op) && 'set' in op) this.field(name, op.set);
          else this.fail(name, `Field '${name}' supports only the set operation.`);
        }
        return;
      default:
        this.fail(name, cannotSet(name));
    }
  }
}

const CREATE_ONLY = new Set(['project', 'issuetype']);

export function readIssueInput(
  ctx: Ctx,
  target: InputTarget,
  fields: Record<string, unknown>,
  update: Record<string, unknown>,
): { changes: IssueChanges; problems: Problems } {
  const reader = new Reader(ctx, target);
  for (const [name, value] of Object.entries(fields)) {
    if (CREATE_ONLY.has(name)) {
      if (target.mode !== 'create') reader.problems.errors[name] ??= cannotSet(name);
      continue;
    }
    if (name in update) {
      reader.problems.errors[name] ??=
        `Field '${name}' cannot be set in both 'fields' and 'update'.`;
      continue;
    }
    reader.field(name, value);
  }
  for (const [name, ops] of Object.entries(update)) reader.updates(name, ops);
  return { changes: reader.changes, problems: reader.problems };
}
