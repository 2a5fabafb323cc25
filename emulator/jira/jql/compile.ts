// JQL → a predicate and a comparator over issues. Parsing is Atlassian's own
// (@atlaskit/jql-ast); this file gives the parsed query Jira's meaning and Jira's errors.
import {
  JastBuilder,
  JQLSyntaxError,
  type Argument,
  type Clause,
  type Field,
  type Jast,
  type Operand,
  type OperatorValue,
  type TerminalClause,
} from '@atlaskit/jql-ast';
import type { Ctx } from '../context';
import type { IssueRecord } from '../state';
import type { EntityPropertyIndex } from '../types';
import { DAY_MS, parseJqlDate, startOfDay } from './dates';
import { lookupField, type Atom, type FieldSpec } from './fields';

export interface CompiledQuery {
  matches(issue: IssueRecord): boolean;
  /** A superset of the matches, found through indexes; undefined when only testing every issue can tell. */
  candidates(): readonly IssueRecord[] | undefined;
  /** The issues in the query's order (ORDER BY, then Jira's default). */
  sort(issues: readonly IssueRecord[]): IssueRecord[];
}

export type CompileResult =
  { ok: true; query: CompiledQuery } | { ok: false; errorMessages: string[] };

type Predicate = (issue: IssueRecord) => boolean;
type Candidates = () => readonly IssueRecord[] | undefined;
/** A clause: its test, and (for equalities on indexed fields and their combinations) who can pass it. */
interface Node {
  test: Predicate;
  candidates: Candidates;
}
const everyIssue: Candidates = () => undefined;
interface OperandValue {
  empty: boolean;
  atoms: Atom[];
  isList: boolean;
}

const MAX_ORDER_FIELDS = 7;
export const UNBOUNDED =
  'Unbounded JQL queries are not allowed here. Please add a search restriction to your query.';

function compareAtoms(a: Atom, b: Atom): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a).localeCompare(String(b));
}

function words(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
}

// Jira's text search is word based with stemming; a term matching the start of a word stands in.
export function textMatches(haystack: string, needle: string): boolean {
  const terms = needle
    .toLowerCase()
    .split(/[^\p{L}\p{N}*?]+/u)
    .map((t) => t.replace(/[*?]+$/, ''))
    .filter((t) => t.length > 0);
  if (terms.length === 0) return false;
  const available = words(haystack);
  return terms.every((term) => available.some((w) => w.startsWith(term)));
}

function propertyOf(field: Field): { key: string; path: string } | undefined {
  const first = field.properties ? field.properties[0] : undefined;
  if (!first) return undefined;
  const key = first.key ? first.key.value : '';
  const path = (first.path ?? [])
    .map((a: Argument) => a.value)
    .join('')
    .replace(/^\.+/, '');
  return { key, path };
}

function fieldDisplay(field: Field): string {
  const property = propertyOf(field);
  return property ? `issue.property[${property.key}].${property.path}` : field.value;
}

class Compiler {
  readonly errors: string[] = [];

  constructor(
    private readonly ctx: Ctx,
    private readonly indexes: readonly EntityPropertyIndex[],
  ) {}

  field(field: Field): FieldSpec | undefined {
    const property = propertyOf(field);
    if (property && field.value.toLowerCase() !== 'issue.property') {
      this.errors.push(`The emulator supports entity properties of issues only ('${field.text}').`);
      return undefined;
    }
    const found = lookupField(this.ctx, field.value, property, this.indexes, this.ctx.now);
    if (!found.ok) {
      this.errors.push(found.error);
      return undefined;
    }
    return found.field;
  }

  private fail(message: string): null {
    this.errors.push(message);
    return null;
  }

  private functionAtoms(field: FieldSpec, name: string, args: readonly string[]): Atom[] | null {
    const { ctx } = this;
    const lower = name.toLowerCase();
    const invalid = (): null =>
      this.fail(
        `A value provided by the function '${name}' is invalid for the field '${field.name}'.`,
      );
    switch (lower) {
      case 'currentuser':
        return field.kind === 'user' ? [ctx.actorId] : invalid();
      case 'membersof': {
        if (field.kind !== 'user') return invalid();
        const group = ctx.site.groupByName(args[0] ?? '');
        return group
          ? [...group.members]
          : this.fail(
              `Function 'membersOf' can not generate a list of usernames for group '${args[0] ?? ''}'; the group does not exist.`,
            );
      }
      case 'now':
        return field.kind === 'date' ? [ctx.now] : invalid();
      case 'startofday':
      case 'endofday': {
        if (field.kind !== 'date') return invalid();
        const offset = args[0] === undefined ? ctx.now : parseJqlDate(args[0], ctx.now);
        if (offset === undefined)
          return this.fail(`Function '${name}' received an invalid offset '${args[0] ?? ''}'.`);
        const start = startOfDay(offset);
        return [lower === 'startofday' ? start : start + DAY_MS - 1];
      }
      case 'standardissuetypes':
      case 'subtaskissuetypes':
        if (field.name !== 'issuetype') return invalid();
        return ctx.site.state.issueTypes
          .filter((t) =>
            lower === 'standardissuetypes' ? t.hierarchyLevel >= 0 : t.hierarchyLevel < 0,
          )
          .map((t) => t.id);
      case 'linkedissues': {
        if (field.kind !== 'key' || field.name === 'parent') return invalid();
        const issue = ctx.site.findIssue(args[0] ?? '');
        if (!issue)
          return this.fail(
            `Issue '${args[0] ?? ''}' could not be found in function 'linkedIssues'.`,
          );
        const linkType = args[1]?.toLowerCase();
        const keys: Atom[] = [];
        for (const link of ctx.site.linksOf(issue.id)) {
          const type = ctx.site.linkType(link.typeId);
          const outward = link.sourceId === issue.id;
          const phrase = outward ? type?.outward : type?.inward;
          if (
            linkType !== undefined &&
            phrase?.toLowerCase() !== linkType &&
            type?.name.toLowerCase() !== linkType
          )
            continue;
          const other = ctx.site.issueById(outward ? link.destinationId : link.sourceId);
          if (other) keys.push(...field.values(other));
        }
        return keys;
      }
      default:
        return this.fail(`Unable to find JQL function '${name}()'.`);
    }
  }

  private single(field: FieldSpec, operand: Operand): OperandValue | null {
    switch (operand.operandType) {
      case 'keyword':
        return { empty: true, atoms: [], isList: false };
      case 'value': {
        const resolved = field.resolve(operand.value);
        if (!Array.isArray(resolved)) return this.fail(resolved.error);
        return { empty: false, atoms: resolved, isList: false };
      }
      case 'function': {
        const atoms = this.functionAtoms(
          field,
          operand.function.value,
          operand.arguments.map((a) => a.value),
        );
        return atoms === null ? null : { empty: false, atoms, isList: true };
      }
      case 'list': {
        const parts = operand.values.map((v) => this.single(field, v));
        const defined = parts.filter((p): p is OperandValue => p !== null);
        if (defined.length !== parts.length) return null;
        return {
          empty: defined.some((p) => p.empty),
          atoms: defined.flatMap((p) => p.atoms),
          isList: true,
        };
      }
    }
  }

  terminal(clause: TerminalClause): Node | null {
    const spec = this.field(clause.field);
    const display = fieldDisplay(clause.field);
    const operator = clause.operator ? clause.operator.value : undefined;
    const operand = clause.operand ?? undefined;
    if (!spec || operator === undefined || operand === undefined) return null;
    if (!spec.operators.has(operator)) {
      return this.fail(`The operator '${operator}' is not supported by the '${display}' field.`);
    }
    const value = this.single(spec, operand);
    if (!value) return null;
    const listOperator = operator === 'in' || operator === 'not in';
    if (listOperator && operand.operandType !== 'list' && operand.operandType !== 'function') {
      return this.fail(
        `Operator '${operator}' does not support the non-list value '${operand.operandType === 'value' ? operand.text : 'EMPTY'}' for field '${display}'.`,
      );
    }
    if (!listOperator && operand.operandType === 'list') {
      return this.fail(
        `Operator '${operator}' does not support the list value for field '${display}'.`,
      );
    }
    if ((operator === 'is' || operator === 'is not') && !value.empty) {
      return this.fail(
        `The operator '${operator}' only supports EMPTY or NULL for the field '${display}'.`,
      );
    }
    if (['<', '<=', '>', '>=', '~', '!~'].includes(operator) && value.empty) {
      return this.fail(
        `The operator '${operator}' does not support EMPTY for the field '${display}'.`,
      );
    }
    const test = this.test(operator, display, spec, value);
    if (!test) return null;
    const { lookup } = spec;
    // `=` and `in` match only issues holding one of the values (unless EMPTY is among them).
    const narrowed = (operator === '=' || operator === 'in') && !value.empty && lookup;
    return { test, candidates: narrowed ? () => lookup(value.atoms) : everyIssue };
  }

  private test(
    operator: OperatorValue,
    display: string,
    spec: FieldSpec,
    value: OperandValue,
  ): Predicate | null {
    const atoms = value.atoms;
    const contains = (values: Atom[]): boolean => values.some((v) => atoms.includes(v));
    const compareWith = (test: (c: number) => boolean) => (issue: IssueRecord) =>
      spec.values(issue).some((v) => atoms.some((a) => test(compareAtoms(v, a))));
    switch (operator) {
      case '=':
        return (issue) => {
          const values = spec.values(issue);
          return value.empty ? values.length === 0 : contains(values);
        };
      case '!=':
        return (issue) => {
          const values = spec.values(issue);
          return value.empty ? values.length > 0 : values.length > 0 && !contains(values);
        };
      case 'in':
        return (issue) => {
          const values = spec.values(issue);
          return contains(values) || (value.empty && values.length === 0);
        };
      case 'not in':
        return (issue) => {
          const values = spec.values(issue);
          return values.length > 0 && !contains(values);
        };
      case 'is':
        return (issue) => spec.values(issue).length === 0;
      case 'is not':
        return (issue) => spec.values(issue).length > 0;
      case '<':
        return compareWith((c) => c < 0);
      case '<=':
        return compareWith((c) => c <= 0);
      case '>':
        return compareWith((c) => c > 0);
      case '>=':
        return compareWith((c) => c >= 0);
      case '~':
        return (issue) =>
          spec.values(issue).some((v) => atoms.some((a) => textMatches(String(v), String(a))));
      case '!~':
        return (issue) => {
          const values = spec.values(issue);
          return (
            values.length > 0 &&
            !values.some((v) => atoms.some((a) => textMatches(String(v), String(a))))
          );
        };
      case 'was':
      case 'was not':
      case 'was in':
      case 'was not in':
      case 'changed':
        return this.fail(
          `History searches ('${operator.toUpperCase()}') are not supported by the emulator for the field '${display}'.`,
        );
    }
  }

  clause(clause: Clause): Node | null {
    switch (clause.clauseType) {
      case 'terminal':
        return this.terminal(clause);
      case 'not': {
        const inner = this.clause(clause.clause);
        return inner ? { test: (issue) => !inner.test(issue), candidates: everyIssue } : null;
      }
      case 'compound': {
        const parts = clause.clauses.map((c) => this.clause(c));
        const defined = parts.filter((p): p is Node => p !== null);
        if (defined.length !== parts.length) return null;
        const tests = defined.map((p) => p.test);
        if (clause.operator.value === 'and') {
          return {
            test: (issue) => tests.every((t) => t(issue)),
            // Any conjunct's candidates hold every match; the fewest are the cheapest to test.
            candidates: () => {
              let fewest: readonly IssueRecord[] | undefined;
              for (const part of defined) {
                const found = part.candidates();
                if (found !== undefined && (fewest === undefined || found.length < fewest.length))
                  fewest = found;
              }
              return fewest;
            },
          };
        }
        return {
          test: (issue) => tests.some((t) => t(issue)),
          candidates: () => {
            const union = new Set<IssueRecord>();
            for (const part of defined) {
              const found = part.candidates();
              if (found === undefined) return undefined;
              for (const issue of found) union.add(issue);
            }
            return [...union];
          },
        };
      }
    }
  }
}

function syntaxMessage(error: Error): string {
  if (error instanceof JQLSyntaxError) {
    return `Error in the JQL Query: ${error.message} (line ${error.line}, character ${error.charPositionInLine + 1})`;
  }
  return `Error in the JQL Query: ${error.message}`;
}

interface SortEntry {
  issue: IssueRecord;
  keys: Array<Atom | undefined>;
  keyNumber: number;
}

function sortEntry(issue: IssueRecord, sorters: readonly Sorter[]): SortEntry {
  const [, number = '0'] = issue.key.split('-');
  return { issue, keys: sorters.map((s) => s.key(issue)), keyNumber: Number(number) };
}

interface Sorter {
  key: (issue: IssueRecord) => Atom | undefined;
  descending: boolean;
}

function compareEntries(a: SortEntry, b: SortEntry, sorters: readonly Sorter[]): number {
  for (const [i, sorter] of sorters.entries()) {
    const ka = a.keys[i];
    const kb = b.keys[i];
    if (ka === undefined && kb === undefined) continue;
    // EMPTY sorts last ascending and first descending.
    if (ka === undefined) return sorter.descending ? -1 : 1;
    if (kb === undefined) return sorter.descending ? 1 : -1;
    const c = compareAtoms(ka, kb);
    if (c !== 0) return sorter.descending ? -c : c;
  }
  // Newest key first, as Jira orders a search without ORDER BY.
  return a.issue.projectId === b.issue.projectId
    ? b.keyNumber - a.keyNumber
    : b.issue.projectId.localeCompare(a.issue.projectId);
}

// Parsing costs milliseconds (ANTLR); the same query text is often searched again page after page.
// The tree only depends on the text and compiling only reads it, so recent trees are kept.
const PARSED_KEPT = 256;
const parsed = new Map<string, Jast>();

function parse(jql: string): Jast {
  const cached = parsed.get(jql);
  if (cached) {
    parsed.delete(jql);
    parsed.set(jql, cached);
    return cached;
  }
  const jast = new JastBuilder().build(jql);
  parsed.set(jql, jast);
  if (parsed.size > PARSED_KEPT) {
    const oldest = parsed.keys().next();
    if (oldest.done !== true) parsed.delete(oldest.value);
  }
  return jast;
}

export function compileJql(
  ctx: Ctx,
  jql: string,
  indexes: readonly EntityPropertyIndex[],
): CompileResult {
  const jast = parse(jql);
  if (jast.errors.length > 0) return { ok: false, errorMessages: jast.errors.map(syntaxMessage) };
  const query = jast.query;
  if (!query?.where) return { ok: false, errorMessages: [UNBOUNDED] };
  const compiler = new Compiler(ctx, indexes);
  const predicate = compiler.clause(query.where);

  const orderFields = query.orderBy ? query.orderBy.fields : [];
  if (orderFields.length > MAX_ORDER_FIELDS) {
    compiler.errors.push(`The ORDER BY clause can contain at most ${MAX_ORDER_FIELDS} fields.`);
  }
  const sorters: Sorter[] = [];
  for (const orderField of orderFields) {
    const spec = compiler.field(orderField.field);
    if (!spec) continue;
    if (!spec.sortKey) {
      compiler.errors.push(`Field '${fieldDisplay(orderField.field)}' does not support sorting.`);
      continue;
    }
    sorters.push({
      key: spec.sortKey,
      descending: orderField.direction ? orderField.direction.value === 'DESC' : false,
    });
  }
  if (compiler.errors.length > 0 || !predicate) {
    return { ok: false, errorMessages: [...new Set(compiler.errors)] };
  }
  return {
    ok: true,
    query: {
      matches: predicate.test,
      candidates: predicate.candidates,
      // Each issue's sort keys are read once, not once per comparison.
      sort: (issues) =>
        issues
          .map((issue) => sortEntry(issue, sorters))
          .sort((a, b) => compareEntries(a, b, sorters))
          .map((entry) => entry.issue),
    },
  };
}
