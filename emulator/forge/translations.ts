// The manifest's translation resources: resolving `{ i18n: key }` values and publishing the bundle Forge builds.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { I18nText, Manifest } from './manifest';

export type TranslationResource = Record<string, unknown>;

export interface Translations {
  readonly locales: string[];
  readonly defaultLocale: string;
  readonly fallback: Record<string, string[]>;
  resource(locale: string): TranslationResource | undefined;
  /** Resolves a manifest text in `locale`, following the manifest's fallback; throws when the key exists nowhere. */
  text(value: I18nText, locale?: string): string;
  /** What `__LOCALES__/i18n-info.json` holds in a Forge build (read by @forge/api and @forge/bridge i18n). */
  info(): {
    translations: Record<string, never>;
    config: { locales: string[]; fallback: Record<string, unknown> };
  };
  /** A folder laid out like a Forge build's `__LOCALES__` (for `@forge/api` i18n via `container.appCodeDir`). */
  bundleDir(): string;
}

function lookup(resource: TranslationResource, key: string): string | undefined {
  let node: unknown = resource;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' ? node : undefined;
}

export function loadTranslations(appRoot: string, manifest: Manifest): Translations {
  const resources = new Map<string, TranslationResource>();
  for (const r of manifest.translations?.resources ?? []) {
    const parsed: unknown = JSON.parse(readFileSync(resolve(appRoot, r.path), 'utf8'));
    if (typeof parsed !== 'object' || parsed === null)
      throw new Error(`Translation file ${r.path} is not a JSON object`);
    resources.set(r.key, parsed as TranslationResource);
  }
  const rawFallback = manifest.translations?.fallback ?? {};
  const defaultEntry = rawFallback.default;
  const defaultLocale =
    typeof defaultEntry === 'string' ? defaultEntry : (defaultEntry?.[0] ?? 'en-US');
  const fallback: Record<string, string[]> = {};
  for (const [locale, value] of Object.entries(rawFallback)) {
    if (locale !== 'default') fallback[locale] = typeof value === 'string' ? [value] : value;
  }
  const order = (locale: string): string[] => {
    const language = locale.split('-')[0] ?? locale;
    const sameLanguage = [...resources.keys()].filter(
      (l) => l !== locale && l.startsWith(`${language}-`),
    );
    return [...new Set([locale, ...(fallback[locale] ?? []), ...sameLanguage, defaultLocale])];
  };
  let dir: string | undefined;
  const translations: Translations = {
    locales: [...resources.keys()],
    defaultLocale,
    fallback,
    resource: (locale) => resources.get(locale),
    text(value, locale = defaultLocale) {
      if (typeof value === 'string') return value;
      for (const candidate of order(locale)) {
        const resource = resources.get(candidate);
        const found = resource === undefined ? undefined : lookup(resource, value.i18n);
        if (found !== undefined) return found;
      }
      throw new Error(
        `Forge emulator: translation key '${value.i18n}' is in none of the manifest's translation resources`,
      );
    },
    info: () => ({
      translations: {},
      config: {
        locales: [...resources.keys()],
        fallback: { ...rawFallback, default: defaultLocale },
      },
    }),
    bundleDir() {
      if (dir !== undefined) return dir;
      const root = mkdtempSync(join(tmpdir(), 'forge-emulator-i18n-'));
      const locales = join(root, '__LOCALES__');
      mkdirSync(locales);
      writeFileSync(join(locales, 'i18n-info.json'), JSON.stringify(translations.info()));
      for (const [locale, resource] of resources)
        writeFileSync(join(locales, `${locale}.json`), JSON.stringify(resource));
      dir = root;
      return root;
    },
  };
  return translations;
}
