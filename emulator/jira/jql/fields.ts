// The JQL fields the emulator understands: how to read an issue's values, how to turn an
// operand into comparable values, which operators apply, and how the field sorts.
import { adfText } from '../adf';
import type { Ctx } from '../context';
import type { IssueRecord } from '../state';
import type { EntityPropertyIndex } from '../types';
import { statusCategory } from '../render/meta';
import { isRecord } from '../values';
import { dateFormatError, dateOnlyToMs, parseJqlDate } from './dates';

export type Atom = string | number;
export type Resolved = Atom[] | { error: string };
export type FieldKind = 'enum' | 'key' | 'user' | 'labels' | 'date' | 'text' | 'number' | 'string';

export interface FieldSpec {
  name: string;
  kind: FieldKind;
  operators: ReadonlySet<string>;
  values(issue: IssueRecord): Atom[];
  resolve(text: string): Resolved;
  sortKey?: (issue: IssueRecord) => Atom | undefined;
  /** The issues whose values include one of `atoms`, from an index; without it a search tests every issue. */
  lookup?: (atoms: readonly Atom[]) => IssueRecord[];
}

const EQ = ['=', '!=', 'in', 'not in', 'is', 'is not'];
const ORDERED = [...EQ, '<', '<=', '>', '>='];
const TEXT = ['~', '!~', 'is', 'is not'];

const ops = (list: readonly string[]): ReadonlySet<string> => new Set(list);

/** An index over `values`; `name` must identify exactly that function (see SiteModel.issuesWith). */
function indexed(
  ctx: Ctx,
  name: string,
  values: (issue: IssueRecord) => Atom[],
): (atoms: readonly Atom[]) => IssueRecord[] {
  return (atoms) => ctx.site.issuesWith(name, values, atoms);
}

function notFound(value: string, field: string): { error: string } {
  return { error: `The value '${value}' does not exist for the field '${field}'.` };
}

function keySortValue(issue: IssueRecord): string {
  const [project = '', number = '0'] = issue.key.split('-');
  return `${project}\u0000${number.padStart(12, '0')}`;
}

const parentValues = (issue: IssueRecord): Atom[] =>
  issue.parentId === null ? [] : [issue.parentId];

function issueAtoms(
  ctx: Ctx,
  field: string,
  text: string,
  atom: (issue: IssueRecord) => Atom,
): Resolved {
  const issue = ctx.site.findIssue(text);
  if (!issue) {
    return /^\d+$/.test(text)
      ? { error: `An issue with id '${text}' does not exist for field '${field}'.` }
      : { error: `An issue with key '${text}' does not exist for field '${field}'.` };
  }
  return [atom(issue)];
}

function userField(ctx: Ctx, name: 'assignee' | 'reporter' | 'creator'): FieldSpec {
  const read = (issue: IssueRecord): string | null =>
    name === 'assignee'
      ? issue.assigneeId
      : name === 'reporter'
        ? issue.reporterId
        : issue.creatorId;
  return {
    name,
    kind: 'user',
    operators: ops(EQ),
    values: (issue) => {
      const id = read(issue);
      return id === null ? [] : [id];
    },
    resolve: (text) => (ctx.site.user(text) ? [text] : notFound(text, name)),
    sortKey: (issue) => {
      const id = read(issue);
      return id === null ? undefined : (ctx.site.user(id)?.displayName ?? id);
    },
  };
}

function dateField(
  name: string,
  read: (issue: IssueRecord) => number | null,
  now: number,
): FieldSpec {
  return {
    name,
    kind: 'date',
    operators: ops(ORDERED),
    values: (issue) => {
      const value = read(issue);
      return value === null ? [] : [value];
    },
    resolve: (text) => {
      const value = parseJqlDate(text, now);
      return value === undefined ? { error: dateFormatError(text, name) } : [value];
    },
    sortKey: (issue) => read(issue) ?? undefined,
  };
}

function textField(
  name: string,
  read: (issue: IssueRecord) => string,
  sortable: boolean,
): FieldSpec {
  return {
    name,
    kind: 'text',
    operators: ops(TEXT),
    values: (issue) => {
      const text = read(issue);
      return text.trim() === '' ? [] : [text];
    },
    resolve: (text) => [text],
    ...(sortable ? { sortKey: (issue: IssueRecord) => read(issue) } : {}),
  };
}

function builtIn(ctx: Ctx, lower: string, now: number): FieldSpec | undefined {
  const site = ctx.site;
  switch (lower) {
    case 'project':
      return {
        name: 'project',
        kind: 'enum',
        operators: ops(EQ),
        values: (issue) => [issue.projectId],
        lookup: indexed(ctx, 'project', (issue) => [issue.projectId]),
        resolve: (text) => {
          const wanted = text.toLowerCase();
          const project = site.state.projects.find(
            (p) =>
              p.id === text || p.key.toLowerCase() === wanted || p.name.toLowerCase() === wanted,
          );
          return project ? [project.id] : notFound(text, 'project');
        },
        sortKey: (issue) => site.projectOf(issue).name,
      };
    case 'issuetype':
    case 'type':
      return {
        name: 'issuetype',
        kind: 'enum',
        operators: ops(EQ),
        values: (issue) => [issue.issueTypeId],
        lookup: indexed(ctx, 'issuetype', (issue) => [issue.issueTypeId]),
        resolve: (text) => {
          const wanted = text.toLowerCase();
          const types = site.state.issueTypes.filter(
            (t) => t.id === text || t.name.toLowerCase() === wanted,
          );
          return types.length > 0 ? types.map((t) => t.id) : notFound(text, 'issuetype');
        },
        sortKey: (issue) => site.issueTypeOf(issue).name,
      };
    case 'status':
      return {
        name: 'status',
        kind: 'enum',
        operators: ops(EQ),
        values: (issue) => [issue.statusId],
        resolve: (text) => {
          const wanted = text.toLowerCase();
          const statuses = site.state.statuses.filter(
            (s) => s.id === text || s.name.toLowerCase() === wanted,
          );
          return statuses.length > 0 ? statuses.map((s) => s.id) : notFound(text, 'status');
        },
        sortKey: (issue) => site.status(issue.statusId).name,
      };
    case 'statuscategory':
      return {
        name: 'statusCategory',
        kind: 'enum',
        operators: ops(EQ),
        values: (issue) => [site.status(issue.statusId).category],
        resolve: (text) => {
          const wanted = text.toLowerCase();
          const key = (['new', 'indeterminate', 'done'] as const).find((k) => {
            const c = statusCategory(k);
            return k === wanted || c.name.toLowerCase() === wanted || String(c.id) === text;
          });
          return key ? [key] : notFound(text, 'statusCategory');
        },
        sortKey: (issue) => statusCategory(site.status(issue.statusId).category).id,
      };
    case 'key':
    case 'issuekey':
    case 'issue':
    case 'id':
      return {
        name: lower,
        kind: 'key',
        operators: ops(['=', '!=', 'in', 'not in', '<', '<=', '>', '>=']),
        values: (issue) => [keySortValue(issue)],
        lookup: indexed(ctx, 'key', (issue) => [keySortValue(issue)]),
        resolve: (text) => issueAtoms(ctx, lower, text, keySortValue),
        sortKey: keySortValue,
      };
    case 'parent':
      return {
        name: 'parent',
        kind: 'key',
        operators: ops(EQ),
        values: parentValues,
        lookup: indexed(ctx, 'parent', parentValues),
        resolve: (text) => issueAtoms(ctx, 'parent', text, (i) => i.id),
      };
    case 'assignee':
    case 'reporter':
    case 'creator':
      return userField(ctx, lower);
    case 'labels':
      return {
        name: 'labels',
        kind: 'labels',
        operators: ops(EQ),
        values: (issue) => [...issue.labels],
        resolve: (text) => [text],
      };
    case 'duedate':
    case 'due':
      return dateField(
        'duedate',
        (issue) => (issue.duedate === null ? null : dateOnlyToMs(issue.duedate)),
        now,
      );
    case 'created':
    case 'createddate':
      return dateField('created', (issue) => issue.created, now);
    case 'updated':
    case 'updateddate':
      return dateField('updated', (issue) => issue.updated, now);
    case 'summary':
      return textField('summary', (issue) => issue.summary, true);
    case 'description':
      return textField('description', (issue) => adfText(issue.description), false);
    case 'comment':
      return textField(
        'comment',
        (issue) => issue.comments.map((c) => adfText(c.body)).join(' '),
        false,
      );
    case 'text':
      return textField(
        'text',
        (issue) =>
          [
            issue.summary,
            adfText(issue.description),
            ...issue.comments.map((c) => adfText(c.body)),
          ].join(' '),
        false,
      );
    default:
      return undefined;
  }
}

function pathValues(value: unknown, path: readonly string[]): unknown[] {
  if (Array.isArray(value)) return value.flatMap((v) => pathValues(v, path));
  const [head, ...rest] = path;
  if (head === undefined) return value === undefined || value === null ? [] : [value];
  if (!isRecord(value)) return [];
  return pathValues(value[head], rest);
}

function typedAtom(type: EntityPropertyIndex['type'], value: unknown): Atom | undefined {
  switch (type) {
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
    case 'string':
      return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
        ? String(value)
        : undefined;
    case 'text':
    case 'user':
      return typeof value === 'string' ? value : undefined;
    case 'date':
      if (typeof value !== 'string') return undefined;
      return /^\d{4}-\d{2}-\d{2}$/.test(value)
        ? dateOnlyToMs(value)
        : Number.isNaN(Date.parse(value))
          ? undefined
          : Date.parse(value);
  }
}

export function propertyField(
  ctx: Ctx,
  index: EntityPropertyIndex,
  name: string,
  now: number,
): FieldSpec {
  const path = index.path.split('.').filter((p) => p.length > 0);
  const values = (issue: IssueRecord): Atom[] =>
    pathValues(issue.properties[index.propertyKey], path)
      .map((v) => typedAtom(index.type, v))
      .filter((v): v is Atom => v !== undefined);
  const base = {
    name,
    values,
    sortKey: (issue: IssueRecord) => values(issue)[0],
    lookup: indexed(
      ctx,
      `property\u0000${index.propertyKey}\u0000${index.path}\u0000${index.type}`,
      values,
    ),
  };
  switch (index.type) {
    case 'number':
      return {
        ...base,
        kind: 'number',
        operators: ops(ORDERED),
        resolve: (text) => {
          const n = Number(text);
          return text.trim() !== '' && Number.isFinite(n)
            ? [n]
            : { error: `Value '${text}' is invalid for the '${name}' field.` };
        },
      };
    case 'date':
      return {
        ...base,
        kind: 'date',
        operators: ops(ORDERED),
        resolve: (text) => {
          const value = parseJqlDate(text, now);
          return value === undefined ? { error: dateFormatError(text, name) } : [value];
        },
      };
    case 'text':
      return { ...base, kind: 'text', operators: ops(TEXT), resolve: (text) => [text] };
    case 'user':
      return { ...base, kind: 'user', operators: ops(EQ), resolve: (text) => [text] };
    case 'string':
      return { ...base, kind: 'string', operators: ops(EQ), resolve: (text) => [text] };
  }
}

export type FieldLookup = { ok: true; field: FieldSpec } | { ok: false; error: string };

export function unknownField(name: string): string {
  return `Field '${name}' does not exist or you do not have permission to view it.`;
}

export function lookupField(
  ctx: Ctx,
  name: string,
  property: { key: string; path: string } | undefined,
  indexes: readonly EntityPropertyIndex[],
  now: number,
): FieldLookup {
  if (property) {
    const display = `issue.property[${property.key}].${property.path}`;
    const index = indexes.find((i) => i.propertyKey === property.key && i.path === property.path);
    return index
      ? { ok: true, field: propertyField(ctx, index, display, now) }
      : { ok: false, error: unknownField(display) };
  }
  const lower = name.toLowerCase();
  const field = builtIn(ctx, lower, now);
  if (field) return { ok: true, field };
  const alias = indexes.find(
    (i) => i.searchAlias !== undefined && i.searchAlias.toLowerCase() === lower,
  );
  if (alias) return { ok: true, field: propertyField(ctx, alias, alias.searchAlias ?? name, now) };
  return { ok: false, error: unknownField(name) };
}
