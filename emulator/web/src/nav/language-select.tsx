// The language the app's frames render in (Forge passes it as the context locale).
import Select from '@atlaskit/select';
import { useShell } from '../shell/shell-context';
import { isLocale, SHELL_LOCALES, type ShellLocale } from '../shell/preferences';

const NAMES: Record<ShellLocale, string> = { 'en-US': 'English (US)', 'it-IT': 'Italiano' };

interface LocaleOption {
  label: string;
  value: ShellLocale;
}

export function LanguageSelect() {
  const shell = useShell();
  const offered =
    shell.app.state === 'ready' ? shell.app.data.locales.filter(isLocale) : SHELL_LOCALES;
  const options: LocaleOption[] = (offered.length > 0 ? offered : SHELL_LOCALES).map((value) => ({
    value,
    label: NAMES[value],
  }));
  return (
    <div className="language-select">
      <label htmlFor="language-switcher" className="nav-label">
        Language
      </label>
      <Select<LocaleOption>
        inputId="language-switcher"
        spacing="compact"
        isSearchable={false}
        options={options}
        value={options.find((option) => option.value === shell.locale) ?? null}
        onChange={(option) => {
          if (option !== null) shell.setLocale(option.value);
        }}
      />
    </div>
  );
}
