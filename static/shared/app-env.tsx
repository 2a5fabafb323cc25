// What every component of a module needs from its host: who and where (the Forge context), the
// language it speaks and the translation function for it.
import type { FullContext } from '@forge/bridge';
import { createContext, useContext, type ReactNode } from 'react';
import type { Locale } from '../../src/contract/ui-kit';
import type { Translate } from './i18n';

export interface AppEnv {
  context: FullContext;
  locale: Locale;
  t: Translate;
}

const AppEnvContext = createContext<AppEnv | null>(null);

export function AppEnvProvider({ env, children }: { env: AppEnv; children: ReactNode }) {
  return <AppEnvContext.Provider value={env}>{children}</AppEnvContext.Provider>;
}

export function useAppEnv(): AppEnv {
  const env = useContext(AppEnvContext);
  if (env === null) throw new Error('useAppEnv outside AppEnvProvider');
  return env;
}

/** The translation function alone: most components need nothing else. */
export const useT = (): Translate => useAppEnv().t;
