// Light/dark colour mode for the shell and, through the frame URL, the app's frames.
import { useShell } from '../shell/shell-context';
import { MoonIcon, SunIcon } from './icons';

export function ThemeToggle() {
  const shell = useShell();
  const dark = shell.theme === 'dark';
  return (
    <button
      type="button"
      className="nav-button"
      aria-pressed={dark}
      aria-label="Dark theme"
      title={dark ? 'Switch to light theme' : 'Switch to dark theme'}
      onClick={() => {
        shell.setTheme(dark ? 'light' : 'dark');
      }}
    >
      {dark ? <SunIcon /> : <MoonIcon />}
    </button>
  );
}
