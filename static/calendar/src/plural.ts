// A counted phrase in the viewer's language: the key's `.one` or `.other` form (as Intl's plural
// rules choose), with the count among its values.
import type { Translate, TranslationValues } from '../../shared/i18n';

const rules = new Map<string, Intl.PluralRules>();

export function plural(
  t: Translate,
  locale: string,
  key: string,
  count: number,
  values: TranslationValues = {},
): string {
  let rule = rules.get(locale);
  if (rule === undefined) {
    rule = new Intl.PluralRules(locale);
    rules.set(locale, rule);
  }
  const form = rule.select(count) === 'one' ? 'one' : 'other';
  return t(`${key}.${form}`, { ...values, count });
}
