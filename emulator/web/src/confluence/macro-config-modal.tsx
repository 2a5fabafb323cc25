// Confluence's macro configuration modal for a Forge macro with custom config: the app's config
// resource in a frame. The app saves with view.submit({ config }) and leaves with view.close();
// Escape or the close button leave unchanged.
import Modal, { ModalBody, ModalHeader, ModalTitle } from '@atlaskit/modal-dialog';
import SectionMessage from '@atlaskit/section-message';
import Spinner from '@atlaskit/spinner';
import { useLayoutEffect, useRef, useState } from 'react';
import { parseBridgeMessage } from '../frames/bridge-message';
import { frameUrl, type FrameContext } from '../frames/frame-url';
import { configSubmit } from './macro-config-write';

interface MacroConfigModalProps {
  moduleKey: string;
  title: string;
  context: FrameContext;
  onSubmit: (config: Record<string, unknown>) => Promise<void>;
  onClose: () => void;
}

/** The config resource lives under its own prefix, with the same query as the macro's frame. */
export function configFrameUrl(moduleKey: string, context: FrameContext): string {
  const query = frameUrl(moduleKey, context).split('?')[1] ?? '';
  return `/emulator/config-frame/${encodeURIComponent(moduleKey)}/?${query}`;
}

export function MacroConfigModal({
  moduleKey,
  title,
  context,
  onSubmit,
  onClose,
}: MacroConfigModalProps) {
  const frame = useRef<HTMLIFrameElement>(null);
  const [height, setHeight] = useState(360);
  const [loaded, setLoaded] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const latest = useRef({ onSubmit, onClose });
  latest.current = { onSubmit, onClose };

  // Subscribed before the frame can run, so its first size report is not missed.
  useLayoutEffect(() => {
    const onMessage = (event: MessageEvent): void => {
      const own = frame.current?.contentWindow;
      if (own === null || own === undefined || event.source !== own) return;
      const message = parseBridgeMessage(event.data);
      if (message === null) return;
      switch (message.command) {
        case 'resize':
          setHeight(Math.min(Math.max(message.height, 120), 2000));
          return;
        case 'close':
          latest.current.onClose();
          return;
        case 'submit': {
          const submitted = configSubmit.safeParse(message.payload);
          if (!submitted.success) {
            setProblem('The app submitted no configuration object: nothing was saved.');
            return;
          }
          latest.current.onSubmit(submitted.data.config).then(
            () => {
              latest.current.onClose();
            },
            (error: unknown) => {
              setProblem(
                `Saving the page failed: ${error instanceof Error ? error.message : String(error)}`,
              );
            },
          );
          return;
        }
        case 'navigate':
        case 'refresh':
        case 'open':
        case 'showFlag':
        case 'changeWindowTitle':
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

  // The caller wraps this in a ModalTransition, so closing animates as in Confluence.
  return (
    <Modal width="medium" onClose={onClose} label={title} shouldScrollInViewport>
      <ModalHeader>
        <ModalTitle>{title}</ModalTitle>
      </ModalHeader>
      <ModalBody>
        {problem !== null && (
          <SectionMessage appearance="error">
            <p role="alert">{problem}</p>
          </SectionMessage>
        )}
        <div className="app-frame" style={{ minHeight: loaded ? undefined : 200 }}>
          {!loaded && (
            <div className="app-frame-loading">
              <Spinner label={`Loading ${title}`} />
            </div>
          )}
          <iframe
            ref={frame}
            title={title}
            src={configFrameUrl(moduleKey, context)}
            className="app-frame-iframe"
            style={{ height }}
            data-module-key={moduleKey}
            data-frame-part="config"
            onLoad={() => {
              setLoaded(true);
            }}
          />
        </div>
      </ModalBody>
    </Modal>
  );
}
