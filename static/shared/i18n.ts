// UI strings come from the app's translation resources (`ui.*` keys of locales/*.json), fetched
// through @forge/bridge's i18n the way Forge publishes them with every resource.
import { i18n } from '@forge/bridge';
import type { Locale } from '../../src/contract/ui-kit';

export type TranslationValues = Readonly<Record<string, string | number>>;
export type Translate = (key: string, values?: TranslationValues) => string;

/** Replaces `{name}` placeholders; an unknown placeholder stays visible so it gets noticed. */
export function interpolate(template: string, values?: TranslationValues): string {
  if (!values) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = values[name];
    return value === undefined ? whole : String(value);
  });
}

export async function loadTranslate(locale: Locale): Promise<Translate> {
  const translate = await i18n.createTranslationFunction(locale);
  return (key, values) => interpolate(translate(key), values);
}
