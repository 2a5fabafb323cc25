// One of the app's macros on a Confluence page: its frame with the macro's configuration, and the
// editor's "Edit macro" action, which opens the macro's config resource in Confluence's modal.
import Button from '@atlaskit/button/new';
import { ModalTransition } from '@atlaskit/modal-dialog';
import { Inline } from '@atlaskit/primitives';
import { useState } from 'react';
import type { Page } from '../api/confluence-schemas';
import { AppFrame } from '../frames/app-frame';
import { useShell } from '../shell/shell-context';
import { MacroConfigModal } from './macro-config-modal';
import { saveMacroConfig } from './macro-config-write';
import type { MacroInstance } from './macro-extension';

export function PageMacro({
  page,
  instance,
  onSaved,
}: {
  page: Page;
  instance: MacroInstance;
  /** The page was saved with the macro's new configuration. */
  onSaved: () => void;
}) {
  const shell = useShell();
  const [editing, setEditing] = useState(false);
  const { localId } = instance;
  return (
    <div className="macro-frame">
      {localId !== undefined && instance.macro.configurable === true && (
        // Confluence's macro toolbar: the author edits the macro's configuration in place.
        <Inline alignInline="end">
          <Button
            appearance="subtle"
            spacing="compact"
            aria-label={`Edit macro ${instance.macro.title}`}
            onClick={() => {
              setEditing(true);
            }}
          >
            Edit macro
          </Button>
        </Inline>
      )}
      <AppFrame
        moduleKey={instance.macro.key}
        title={instance.macro.title}
        target={{ pageId: page.id, config: instance.config, locale: instance.locale, localId }}
      />
      <ModalTransition>
        {editing && localId !== undefined && (
          <MacroConfigModal
            moduleKey={instance.macro.key}
            title={`Edit ${instance.macro.title}`}
            context={{
              user: shell.accountId,
              // The config form speaks the author's language, not the tables' language.
              locale: shell.locale,
              theme: shell.theme,
              pageId: page.id,
              localId,
              config: instance.config,
            }}
            onSubmit={async (config) => {
              await saveMacroConfig(shell.api, page, localId, config);
              onSaved();
            }}
            onClose={() => {
              setEditing(false);
            }}
          />
        )}
      </ModalTransition>
    </div>
  );
}
