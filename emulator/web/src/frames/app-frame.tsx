// One of the app's Custom UI modules in an iframe, wired to the messages its bridge host posts:
// it grows to its content, routes navigation inside the shell, refreshes the host page and
// opens/closes itself in a modal as Jira does.
import Button from '@atlaskit/button/new';
import Modal, {
  ModalBody,
  ModalFooter,
  ModalHeader,
  ModalTitle,
  ModalTransition,
} from '@atlaskit/modal-dialog';
import Spinner from '@atlaskit/spinner';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { navigate } from '../routing/history';
import { resolveNavigation } from '../routing/navigation-request';
import { useIssueChanges } from '../issue/use-issue-changes';
import { useFlags } from '../shell/flags';
import { useShell } from '../shell/shell-context';
import { parseBridgeMessage, type OpenRequest } from './bridge-message';
import { frameUrl, type FrameContext } from './frame-url';

type FrameTarget = Omit<FrameContext, 'user' | 'locale' | 'theme'> & { locale?: string };

interface AppFrameProps {
  moduleKey: string;
  title: string;
  target: FrameTarget;
  /** The host page's data may have changed (bridge `refresh`, or a modal `submit`). */
  onRefresh?: () => void;
  /** Set for a frame shown inside a modal: `close`/`submit` end it. */
  onClose?: () => void;
  initialHeight?: number;
  /** Full-page modules (admin pages) may name the browser tab, as in Jira. */
  ownsWindowTitle?: boolean;
}

const MAX_HEIGHT = 20000;

function follow(payload: unknown): void {
  const destination = resolveNavigation(payload);
  if (destination === null) return;
  if (destination.kind === 'external' || destination.newTab) {
    const href = destination.kind === 'external' ? destination.url : destination.path;
    window.open(href, '_blank', 'noopener,noreferrer');
    return;
  }
  navigate(destination.path);
}

export function AppFrame({
  moduleKey,
  title,
  target,
  onRefresh,
  onClose,
  initialHeight = 160,
  ownsWindowTitle = false,
}: AppFrameProps) {
  const shell = useShell();
  const flags = useFlags();
  const frame = useRef<HTMLIFrameElement>(null);
  const [height, setHeight] = useState(initialHeight);
  const [loaded, setLoaded] = useState(false);
  const [modal, setModal] = useState<OpenRequest | null>(null);
  const src = frameUrl(moduleKey, {
    ...target,
    user: shell.accountId,
    locale: target.locale ?? shell.locale,
    theme: shell.theme,
  });

  // Keep the latest callbacks without re-subscribing on every render.
  const handlers = useRef({ onRefresh, onClose, flags, ownsWindowTitle });
  handlers.current = { onRefresh, onClose, flags, ownsWindowTitle };

  useEffect(() => {
    setLoaded(false);
  }, [src]);

  // On an issue, the frame hears when the issue changes, and the host page shows the change too, as in Jira.
  useIssueChanges(target.modal === true ? undefined : target.issueKey, (change) => {
    frame.current?.contentWindow?.postMessage(
      { source: 'forge-host-event', event: 'JIRA_ISSUE_CHANGED', payload: change },
      '*',
    );
    handlers.current.onRefresh?.();
  });

  // Subscribed in the commit that inserts the iframe, before the browser can run the frame's
  // bridge: its first size report is sent once and only repeated when the content changes, so a
  // report that arrived before a (later, passive) effect subscribed would leave the frame unsized.
  useLayoutEffect(() => {
    const onMessage = (event: MessageEvent): void => {
      const own = frame.current?.contentWindow;
      if (own === null || own === undefined || event.source !== own) return;
      const message = parseBridgeMessage(event.data);
      if (message === null) return;
      switch (message.command) {
        case 'resize':
          setHeight(Math.min(Math.max(message.height, 40), MAX_HEIGHT));
          return;
        case 'navigate':
          follow(message.payload);
          return;
        case 'refresh':
          handlers.current.onRefresh?.();
          return;
        case 'open':
          setModal(message.request);
          return;
        case 'submit':
          if (handlers.current.onClose !== undefined) {
            handlers.current.onRefresh?.();
            handlers.current.onClose();
          }
          return;
        case 'close':
          handlers.current.onClose?.();
          return;
        case 'showFlag':
          handlers.current.flags.show({
            appearance: message.kind,
            title: message.title,
            messages: message.description === undefined ? [] : [message.description],
          });
          return;
        case 'changeWindowTitle':
          if (handlers.current.ownsWindowTitle) document.title = message.title;
          return;
        default: {
          const _exhaustive: never = message;
          return _exhaustive;
        }
      }
    };
    window.addEventListener('message', onMessage);
    return () => {
      window.removeEventListener('message', onMessage);
    };
  }, []);

  return (
    <div className="app-frame" style={{ minHeight: loaded ? undefined : initialHeight }}>
      {!loaded && (
        <div className="app-frame-loading">
          <Spinner label={`Loading ${title}`} />
        </div>
      )}
      <iframe
        ref={frame}
        title={title}
        src={src}
        className="app-frame-iframe"
        style={{ height }}
        data-module-key={moduleKey}
        onLoad={() => {
          setLoaded(true);
        }}
      />
      <ModalTransition>
        {modal !== null && (
          <Modal
            width="large"
            onClose={() => {
              setModal(null);
            }}
            label={modal.title ?? title}
          >
            <ModalHeader>
              <ModalTitle>{modal.title ?? title}</ModalTitle>
            </ModalHeader>
            <ModalBody>
              <AppFrame
                moduleKey={modal.moduleKey ?? moduleKey}
                title={modal.title ?? title}
                target={{ ...target, modal: true, modalContext: modal.context }}
                onRefresh={onRefresh}
                onClose={() => {
                  setModal(null);
                }}
              />
            </ModalBody>
            <ModalFooter>
              <Button
                appearance="subtle"
                onClick={() => {
                  setModal(null);
                }}
              >
                Close
              </Button>
            </ModalFooter>
          </Modal>
        )}
      </ModalTransition>
    </div>
  );
}
