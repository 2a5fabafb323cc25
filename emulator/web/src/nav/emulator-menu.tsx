// Controls of the emulator itself: a fresh demo site, and delivering the events Jira queued
// for the app (the app reacts asynchronously, as on a real site).
import Button from '@atlaskit/button/new';
import { useState } from 'react';
import { anything } from '../api/emulator-schemas';
import { errorMessages } from '../api/http-error';
import { Disclosure } from '../common/disclosure';
import { useFlags } from '../shell/flags';
import { useShell } from '../shell/shell-context';

type Busy = 'reset' | 'drain' | null;

export function EmulatorMenu() {
  const shell = useShell();
  const flags = useFlags();
  const [busy, setBusy] = useState<Busy>(null);

  const run = async (action: Exclude<Busy, null>, close: () => void): Promise<void> => {
    setBusy(action);
    try {
      if (action === 'reset') {
        await shell.api.send('POST', '/emulator/reset', { seed: 'demo' }, anything);
        flags.show({ appearance: 'success', title: 'Demo site reset' });
      } else {
        await shell.api.send('POST', '/emulator/drain', {}, anything);
        flags.show({ appearance: 'success', title: 'Pending events delivered' });
      }
      close();
      shell.refreshAll();
    } catch (error) {
      flags.show({
        appearance: 'error',
        title: action === 'reset' ? 'Could not reset the demo site' : 'Could not deliver events',
        messages: errorMessages(error),
      });
    } finally {
      setBusy(null);
    }
  };

  return (
    <Disclosure
      label="Emulator"
      trigger={<span className="nav-text-trigger">Emulator ▾</span>}
      align="end"
    >
      {(close) => (
        <div className="menu emulator-menu">
          <p className="menu-heading">Emulator</p>
          <div className="menu-actions">
            <Button
              shouldFitContainer
              isDisabled={busy !== null}
              onClick={() => {
                void run('drain', close);
              }}
            >
              {busy === 'drain' ? 'Delivering…' : 'Deliver events'}
            </Button>
            <Button
              shouldFitContainer
              appearance="warning"
              isDisabled={busy !== null}
              onClick={() => {
                void run('reset', close);
              }}
            >
              {busy === 'reset' ? 'Resetting…' : 'Reset demo'}
            </Button>
          </div>
          <p className="menu-note">
            The app receives Jira events asynchronously; deliver them to see its work now.
          </p>
        </div>
      )}
    </Disclosure>
  );
}
