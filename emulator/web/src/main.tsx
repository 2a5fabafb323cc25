// Entry: apply the stored colour mode before the first paint, then mount the shell.
import '@atlaskit/css-reset';
import './shell.css';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { FlagsProvider } from './shell/flags';
import { preferences } from './shell/preferences';
import { applyTheme, ShellProvider } from './shell/shell-context';

async function start(): Promise<void> {
  try {
    await applyTheme(preferences.theme());
  } catch {
    // Without theme CSS the components fall back to their built-in light colours.
  }
  const container = document.getElementById('root');
  if (container === null) throw new Error('index.html has no #root');
  // No StrictMode: in development its simulated unmount leaves Atlaskit's modal portal empty.
  createRoot(container).render(
    <ShellProvider>
      <FlagsProvider>
        <App />
      </FlagsProvider>
    </ShellProvider>,
  );
}

void start();
