import enUS from '../../locales/en-US.json';
import itIT from '../../locales/it-IT.json';
import { DEFAULT_LOCALE, type Locale } from '../domain/localized';

/**
 * The app's own translations on the server: the manifest's translation files, bundled with the
 * functions, so what the app writes into Jira (comments, validator refusals) uses the same words as
 * the UI. Keys are dotted paths into those files, e.g. `ui.panel.gates.reasons.pending`.
 */
const RESOURCES: Record<Locale, unknown> = { 'en-US': enUS, 'it-IT': itIT };

export type MessageValues = Record<string, string | number>;

function lookup(tree: unknown, key: string): string | undefined {
  let node: unknown = tree;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' ? node : undefined;
}

/** Whether `key` names a string in this locale's file (not a fallback). */
export const hasMessage = (locale: Locale, key: string): boolean =>
  lookup(RESOURCES[locale], key) !== undefined;

/**
 * The text of `key` in `locale`, placeholders `{name}` filled in; English when the locale lacks it,
 * and the key itself when neither has it, so a missing string shows up instead of vanishing.
 */
export function translate(locale: Locale, key: string, values: MessageValues = {}): string {
  const template = lookup(RESOURCES[locale], key) ?? lookup(RESOURCES[DEFAULT_LOCALE], key) ?? key;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}

/** A calendar date as the panel writes it (medium style, the date itself, never shifted by a zone). */
export function formatCalendarDate(iso: string, locale: Locale): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  const instant = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  if (Number.isNaN(instant)) return iso;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(instant);
}
