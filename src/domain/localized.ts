import { z } from 'zod';

export const LOCALES = ['en-US', 'it-IT'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en-US';

/** Text an admin writes once per language; Italian falls back to English when left out. */
export const localizedTextSchema = z.object({
  'en-US': z.string().trim().min(1).max(2000),
  'it-IT': z.string().trim().min(1).max(2000).optional(),
});
export type LocalizedText = z.infer<typeof localizedTextSchema>;

export const localize = (text: LocalizedText, locale: Locale): string =>
  (locale === 'it-IT' ? text['it-IT'] : undefined) ?? text['en-US'];

export const toLocale = (value: unknown): Locale =>
  typeof value === 'string' && value.toLowerCase().startsWith('it') ? 'it-IT' : DEFAULT_LOCALE;
