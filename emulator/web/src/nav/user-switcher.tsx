// Who the newcomer acts as. Every REST call carries this accountId, so switching shows the
// site as that user sees it (permissions, validators, the app's panels).
import Select from '@atlaskit/select';
import type { EmulatorUser } from '../api/emulator-schemas';
import { initials } from '../common/initials';
import { useShell } from '../shell/shell-context';

interface UserOption {
  label: string;
  value: string;
}

function toOption(user: EmulatorUser): UserOption {
  return { label: user.displayName, value: user.accountId };
}

export function UserSwitcher() {
  const shell = useShell();
  // People only: the app's own account acts through the app, never from the browser.
  const users =
    shell.users.state === 'ready'
      ? shell.users.data.filter((user) => user.accountType !== 'app')
      : [];
  const options = users.map(toOption);
  const current = users.find((user) => user.accountId === shell.accountId);
  const selected = options.find((option) => option.value === shell.accountId) ?? null;
  return (
    <div className="user-switcher">
      <span className="avatar" aria-hidden="true">
        {initials(current?.displayName ?? shell.accountId)}
      </span>
      <div className="user-switcher-field">
        <label htmlFor="user-switcher" className="nav-label">
          Acting as
        </label>
        <Select<UserOption>
          inputId="user-switcher"
          spacing="compact"
          options={options}
          value={selected}
          isLoading={shell.users.state === 'loading'}
          isSearchable
          placeholder={shell.accountId}
          formatOptionLabel={(option, meta) =>
            meta.context === 'menu' ? (
              <span>
                {option.label} <span className="shell-muted">({option.value})</span>
              </span>
            ) : (
              option.label
            )
          }
          onChange={(option) => {
            if (option !== null) shell.switchUser(option.value);
          }}
          menuPlacement="auto"
        />
      </div>
    </div>
  );
}
