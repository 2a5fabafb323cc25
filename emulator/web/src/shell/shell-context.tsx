// What every page needs to know about the session: the acting user (whose accountId goes on
// every REST call), theme, language, the installed app's modules, and a data epoch that
// remounts pages after a user switch, a reset or an event delivery.
import { setGlobalTheme } from '@atlaskit/tokens/set-global-theme';
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import { createApi, requestJson, type Api } from '../api/client';
import { appInfo, emulatorUsers, type AppInfo, type EmulatorUser } from '../api/emulator-schemas';
import { preferences, type ColorMode, type ShellLocale } from './preferences';

export type Loadable<T> =
  { state: 'loading' } | { state: 'ready'; data: T } | { state: 'failed'; error: unknown };

export interface Shell {
  accountId: string;
  api: Api;
  users: Loadable<EmulatorUser[]>;
  app: Loadable<AppInfo>;
  theme: ColorMode;
  locale: ShellLocale;
  epoch: number;
  switchUser(accountId: string): void;
  setTheme(mode: ColorMode): void;
  setLocale(locale: ShellLocale): void;
  /** Reload every page's data, e.g. after the site was reset. */
  refreshAll(): void;
}

const ShellContext = createContext<Shell | null>(null);

const DEFAULT_USER = 'admin';

export function applyTheme(mode: ColorMode): Promise<unknown> {
  return setGlobalTheme({ colorMode: mode });
}

export function ShellProvider({ children }: { children: ReactNode }) {
  const [accountId, setAccountId] = useState(() => preferences.user() ?? DEFAULT_USER);
  const [theme, setThemeState] = useState<ColorMode>(() => preferences.theme());
  const [locale, setLocaleState] = useState<ShellLocale>(() => preferences.locale());
  const [users, setUsers] = useState<Loadable<EmulatorUser[]>>({ state: 'loading' });
  const [app, setApp] = useState<Loadable<AppInfo>>({ state: 'loading' });
  const [epoch, setEpoch] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    requestJson('GET', '/emulator/users', {
      schema: emulatorUsers,
      signal: controller.signal,
    }).then(
      (list) => {
        setUsers({ state: 'ready', data: list });
        // A stored user may be gone after a reset with another seed: fall back to a real one.
        setAccountId((current) => {
          if (list.some((u) => u.accountId === current)) return current;
          const fallback = list.find((u) => u.accountId === DEFAULT_USER) ?? list[0];
          return fallback?.accountId ?? current;
        });
      },
      (error: unknown) => {
        if (!controller.signal.aborted) setUsers({ state: 'failed', error });
      },
    );
    requestJson('GET', '/emulator/app', { schema: appInfo, signal: controller.signal }).then(
      (info) => {
        setApp({ state: 'ready', data: info });
      },
      (error: unknown) => {
        if (!controller.signal.aborted) setApp({ state: 'failed', error });
      },
    );
    return () => {
      controller.abort();
    };
  }, [epoch]);

  useEffect(() => {
    void applyTheme(theme);
  }, [theme]);

  const switchUser = useCallback((next: string) => {
    preferences.setUser(next);
    setAccountId(next);
  }, []);
  const setTheme = useCallback((mode: ColorMode) => {
    preferences.setTheme(mode);
    setThemeState(mode);
  }, []);
  const setLocale = useCallback((next: ShellLocale) => {
    preferences.setLocale(next);
    setLocaleState(next);
  }, []);
  const refreshAll = useCallback(() => {
    setEpoch((n) => n + 1);
  }, []);

  // Pages reload when `api` changes, so it changes only with the user.
  const api = useMemo(() => createApi(accountId), [accountId]);
  const value = useMemo<Shell>(
    () => ({
      accountId,
      api,
      users,
      app,
      theme,
      locale,
      epoch,
      switchUser,
      setTheme,
      setLocale,
      refreshAll,
    }),
    [accountId, api, users, app, theme, locale, epoch, switchUser, setTheme, setLocale, refreshAll],
  );
  return <ShellContext.Provider value={value}>{children}</ShellContext.Provider>;
}

export function useShell(): Shell {
  const shell = useContext(ShellContext);
  if (shell === null) throw new Error('useShell outside ShellProvider');
  return shell;
}
