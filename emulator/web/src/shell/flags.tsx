// Jira-style flags: short confirmations and failures that do not block the page.
import Button from '@atlaskit/button/new';
import SectionMessage from '@atlaskit/section-message';
import {
  createContext,
  useCallback,
  useContext,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';

export type FlagAppearance = 'success' | 'error' | 'information' | 'warning';

export interface FlagInput {
  appearance: FlagAppearance;
  title: string;
  messages?: readonly string[];
}

interface Flag extends FlagInput {
  id: number;
}

interface Flags {
  show(flag: FlagInput): void;
}

const FlagsContext = createContext<Flags | null>(null);

const DISMISS_AFTER_MS = 8000;

export function FlagsProvider({ children }: { children: ReactNode }) {
  const [flags, setFlags] = useState<Flag[]>([]);
  const nextId = useRef(1);

  const dismiss = useCallback((id: number) => {
    setFlags((current) => current.filter((flag) => flag.id !== id));
  }, []);

  const show = useCallback(
    (flag: FlagInput) => {
      const id = nextId.current++;
      setFlags((current) => [...current.slice(-3), { ...flag, id }]);
      // Errors stay until dismissed: the newcomer must be able to read why something failed.
      if (flag.appearance !== 'error') {
        window.setTimeout(() => {
          dismiss(id);
        }, DISMISS_AFTER_MS);
      }
    },
    [dismiss],
  );

  const value = useMemo(() => ({ show }), [show]);
  return (
    <FlagsContext.Provider value={value}>
      {children}
      <div className="shell-flags" role="region" aria-label="Notifications" aria-live="polite">
        {flags.map((flag) => (
          <div className="shell-flag" key={flag.id} data-testid="shell-flag">
            <SectionMessage appearance={flag.appearance} title={flag.title}>
              {flag.messages?.map((message) => (
                <p key={message}>{message}</p>
              ))}
              <div className="shell-flag-actions">
                <Button
                  spacing="compact"
                  appearance="subtle"
                  onClick={() => {
                    dismiss(flag.id);
                  }}
                >
                  Dismiss
                </Button>
              </div>
            </SectionMessage>
          </div>
        ))}
      </div>
    </FlagsContext.Provider>
  );
}

export function useFlags(): Flags {
  const flags = useContext(FlagsContext);
  if (flags === null) throw new Error('useFlags outside FlagsProvider');
  return flags;
}
