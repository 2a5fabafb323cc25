// Configuration paths and problem codes in a change manager's words: `tiers[0].leadTimeDays`
// reads "Tier 1 › Lead time", and a problem is worded from its code and parameters in the admin's
// language. Validation messages, the history and the import preview all name places this way.
import { isRecord, type Problem } from '../../../src/contract/ui-kit';
import type { Translate, TranslationValues } from '../../shared/i18n';

/** `t` answers the key itself when it has no translation: then the caller's fallback is used. */
function translated(t: Translate, key: string, values?: TranslationValues): string | null {
  const text = t(key, values);
  return text === key ? null : text;
}

const SEGMENT = /([A-Za-z][\w-]*)|\[([^\]]*)\]/g;

/** "Tier 1 › Lead time" for `tiers[0].leadTimeDays`; an id in brackets (older history) stays as it is. */
export function pathLabel(t: Translate, path: string): string {
  if (path === '') return t('ui.admin.paths.whole');
  const parts: string[] = [];
  let list: string | null = null;
  for (const match of path.matchAll(SEGMENT)) {
    const [, name, index] = match;
    if (name !== undefined) {
      if (list !== null) parts.push(translated(t, `ui.admin.paths.fields.${list}`) ?? list);
      list = name;
      continue;
    }
    const n = /^\d+$/.test(index ?? '') ? Number(index) + 1 : (index ?? '');
    const owner = list ?? '';
    parts.push(translated(t, `ui.admin.paths.items.${owner}`, { n }) ?? `${owner} ${String(n)}`);
    list = null;
  }
  if (list !== null) parts.push(translated(t, `ui.admin.paths.fields.${list}`) ?? list);
  return parts.join(' › ');
}

const paramsOf = (problem: Problem): TranslationValues => {
  const params: unknown = (problem as { params?: unknown }).params;
  if (!isRecord(params)) return {};
  const values: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(params)) {
    if (typeof value === 'string' || typeof value === 'number') values[key] = value;
  }
  return values;
};

/** The problem in the admin's words; the backend's English message only for a code this UI does not know. */
export function describeProblem(t: Translate, problem: Problem): string {
  const code = problem.code.replace(/^CONFIG\./, '');
  return translated(t, `ui.admin.problemCodes.${code}`, paramsOf(problem)) ?? problem.message;
}

/** One plural form per language rule ("1 problem", "2 problems"), from `<key>.one` / `<key>.other`. */
export function plural(
  t: Translate,
  locale: string,
  key: string,
  count: number,
  values: TranslationValues = {},
): string {
  const form = new Intl.PluralRules(locale).select(count);
  const all = { ...values, count };
  return translated(t, `${key}.${form}`, all) ?? t(`${key}.other`, all);
}

/** A history line (`tiers[0].leadTimeDays: 180 → 200`, `criteria[3] added`) with its place in words. */
export function describeChange(t: Translate, line: string): string {
  const match = /^(\S*?)(: .*| added| removed)$/.exec(line);
  if (!match) return line;
  const [, path = '', rest = ''] = match;
  if (rest === ' added' || rest === ' removed')
    return t(`ui.admin.paths.${rest.trim()}`, { place: pathLabel(t, path) });
  return `${pathLabel(t, path)}${rest}`;
}
