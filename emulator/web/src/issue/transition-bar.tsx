// The workflow buttons Jira offers the acting user. The app's validators may refuse a
// transition; Jira's errorMessages are then shown to the user, as Jira does.
import Button from '@atlaskit/button/new';
import SectionMessage from '@atlaskit/section-message';
import { useState } from 'react';
import { anything } from '../api/emulator-schemas';
import { errorMessages } from '../api/http-error';
import { transitions } from '../api/jira-schemas';
import { useResource } from '../api/use-resource';
import { useFlags } from '../shell/flags';
import { useShell } from '../shell/shell-context';

interface TransitionBarProps {
  issueKey: string;
  version: number;
  onTransitioned: () => void;
}

interface Refusal {
  transition: string;
  messages: string[];
}

export function TransitionBar({ issueKey, version, onTransitioned }: TransitionBarProps) {
  const { api } = useShell();
  const flags = useFlags();
  const [available] = useResource(
    (signal) =>
      api.get(`/rest/api/3/issue/${encodeURIComponent(issueKey)}/transitions`, transitions, signal),
    [api, issueKey, version],
  );
  const [pending, setPending] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<Refusal | null>(null);

  const run = async (id: string, name: string, to: string | undefined): Promise<void> => {
    setPending(id);
    setRefusal(null);
    try {
      await api.send(
        'POST',
        `/rest/api/3/issue/${encodeURIComponent(issueKey)}/transitions`,
        { transition: { id } },
        anything,
      );
      flags.show({
        appearance: 'success',
        title:
          to === undefined ? `${name}: ${issueKey} transitioned` : `${issueKey} moved to ${to}`,
      });
      onTransitioned();
    } catch (error) {
      setRefusal({ transition: name, messages: errorMessages(error) });
    } finally {
      setPending(null);
    }
  };

  return (
    <div className="transition-bar">
      <div className="transition-buttons" role="group" aria-label="Workflow transitions">
        {available.state === 'loading' && <span className="shell-muted">Loading transitions…</span>}
        {available.state === 'failed' && (
          <span className="shell-muted">Transitions unavailable</span>
        )}
        {available.state === 'ready' && available.data.transitions.length === 0 && (
          <span className="shell-muted">No transitions available to you</span>
        )}
        {available.state === 'ready' &&
          available.data.transitions.map((t) => (
            <Button
              key={t.id}
              isDisabled={pending !== null || t.isAvailable === false}
              onClick={() => {
                void run(t.id, t.name, t.to?.name);
              }}
            >
              {pending === t.id ? `${t.name}…` : t.name}
            </Button>
          ))}
      </div>
      {refusal !== null && (
        <div className="transition-error" data-testid="transition-error" role="alert">
          <SectionMessage appearance="error" title={`${refusal.transition} was refused`}>
            {refusal.messages.map((message) => (
              <p key={message}>{message}</p>
            ))}
          </SectionMessage>
        </div>
      )}
    </div>
  );
}
