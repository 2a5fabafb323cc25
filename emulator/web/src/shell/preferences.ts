// The newcomer's choices survive reloads: who they act as, theme and language.
export type ColorMode = 'light' | 'dark';
export type ShellLocale = 'en-US' | 'it-IT';
export const SHELL_LOCALES: readonly ShellLocale[] = ['en-US', 'it-IT'];

const KEYS = {
  user: 'emulator.user',
  theme: 'emulator.theme',
  locale: 'emulator.locale',
} as const;

function read(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

function write(key: string, value: string): void {
  try {
    window.localStorage.setItem(key, value);
  } catch {
    // Private windows may refuse storage; the choice then lasts only for this page.
  }
}

export function isLocale(value: string): value is ShellLocale {
  return (SHELL_LOCALES as readonly string[]).includes(value);
}

export const preferences = {
  user: (): string | null => read(KEYS.user),
  setUser: (accountId: string): void => {
    write(KEYS.user, accountId);
  },
  theme: (): ColorMode => {
    const stored = read(KEYS.theme);
    if (stored === 'dark' || stored === 'light') return stored;
    return window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  },
  setTheme: (mode: ColorMode): void => {
    write(KEYS.theme, mode);
  },
  locale: (): ShellLocale => {
    const stored = read(KEYS.locale);
    return stored !== null && isLocale(stored) ? stored : 'en-US';
  },
  setLocale: (locale: ShellLocale): void => {
    write(KEYS.locale, locale);
  },
};
