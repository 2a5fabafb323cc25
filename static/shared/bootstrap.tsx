// Mounts a module: read the Forge context, switch on theming, load the strings of the chosen
// language, then render. A failure before the strings exist can only be shown in plain English.
import '@atlaskit/css-reset';
// After the reset, so the app's own rules win.
import './app.css';
import { view, type FullContext } from '@forge/bridge';
import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { type Locale, toLocale } from '../../src/contract/ui-kit';
import { AppEnvProvider, type AppEnv } from './app-env';
import { loadTranslate } from './i18n';
import { enableTheme } from './theme';

export interface MountOptions {
  /** The language to speak; the user's own locale unless the module says otherwise. */
  chooseLocale?: (context: FullContext) => Locale;
  render: (env: AppEnv) => ReactNode;
}

function showFatal(container: HTMLElement, error: unknown): void {
  const message = document.createElement('p');
  message.setAttribute('role', 'alert');
  message.textContent = `The app could not start: ${error instanceof Error ? error.message : String(error)}`;
  container.replaceChildren(message);
}

export async function mount({ chooseLocale, render }: MountOptions): Promise<void> {
  const container = document.getElementById('root');
  if (container === null) throw new Error('index.html has no #root element');
  try {
    const context = await view.getContext();
    const locale = chooseLocale ? chooseLocale(context) : toLocale(context.locale);
    document.documentElement.lang = locale;
    const [t] = await Promise.all([loadTranslate(locale), enableTheme(context)]);
    const env: AppEnv = { context, locale, t };
    createRoot(container).render(
      <StrictMode>
        <AppEnvProvider env={env}>{render(env)}</AppEnvProvider>
      </StrictMode>,
    );
  } catch (error) {
    showFatal(container, error);
  }
}
