import { route } from '@forge/api';
import { z } from 'zod';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../domain/localized';
import type { JiraHttp } from '../jira/http';
import type { KeyValueStore } from '../storage/key-value-store';

/**
 * The Jira application property holding the site's default language ("General configuration ›
 * Default language"), e.g. `it_IT`. Read with Get application property, which needs the
 * manage:jira-configuration scope the app already has for Setup.
 */
export const DEFAULT_LOCALE_PROPERTY = 'jira.i18n.default.locale';

/** Where the answer is kept, so the site's language costs one Jira call a day, not one per comment. */
export const SITE_LOCALE_KEY = 'site-locale';
const CACHE_SECONDS = 24 * 60 * 60;

/** With `key` Jira answers the one property as an object; some sites answer a one-element list. */
const propertySchema = z.looseObject({ value: z.string().optional() });
const answerSchema = z.union([propertySchema, z.array(propertySchema)]);

/** `it_IT`, `it-IT` or `it` → it-IT; a language the app does not speak → null (English is used). */
export function appLocaleOf(jiraLocale: string): Locale | null {
  const tag = jiraLocale.replace('_', '-').toLowerCase();
  return (
    LOCALES.find(
      (locale) => tag === locale.toLowerCase() || tag === locale.slice(0, 2).toLowerCase(),
    ) ?? null
  );
}

/**
 * The language the app writes in where no single reader is known (comments, validator refusals):
 * the site's default where Jira says it and the app has it, else English. Never throws: a site that
 * will not tell is written to in English.
 */
export async function siteLocale(jira: JiraHttp, store: KeyValueStore): Promise<Locale> {
  const cached = z.enum(LOCALES).safeParse(await store.get(SITE_LOCALE_KEY));
  if (cached.success) return cached.data;
  let locale: Locale = DEFAULT_LOCALE;
  try {
    const response = await jira.requestJira(
      route`/rest/api/3/application-properties?key=${DEFAULT_LOCALE_PROPERTY}`,
    );
    const parsed = response.status === 200 ? answerSchema.safeParse(response.body) : undefined;
    if (parsed?.success) {
      const property = Array.isArray(parsed.data) ? parsed.data[0] : parsed.data;
      locale = appLocaleOf(property?.value ?? '') ?? DEFAULT_LOCALE;
    }
  } catch {
    // Unknown is not an error: the refusal or comment still goes out, in English.
    return DEFAULT_LOCALE;
  }
  await store.set(SITE_LOCALE_KEY, locale, { ttlSeconds: CACHE_SECONDS });
  return locale;
}
