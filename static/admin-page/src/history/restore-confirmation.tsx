// "Restore version N?" asked where the admin is, with the answer focused for keyboard users.
import Button from '@atlaskit/button/new';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import SectionMessage from '@atlaskit/section-message';
import { useEffect, useRef } from 'react';
import { useAppEnv } from '../../../shared/app-env';

interface RestoreConfirmationProps {
  version: number;
  onCancel: () => void;
  onConfirm: () => void;
}

/**
 * Asked in place rather than in a modal dialog: the question is small, and the dialog package
 * (focus lock, drag and drop, layering) would cost the page a fifth of its size budget.
 */
export function RestoreConfirmation({ version, onCancel, onConfirm }: RestoreConfirmationProps) {
  const { t } = useAppEnv();
  const confirmButton = useRef<HTMLButtonElement>(null);
  const titleId = `cfg-restore-title-${String(version)}`;
  useEffect(() => {
    confirmButton.current?.focus();
  }, []);
  return (
    <div
      role="group"
      aria-labelledby={titleId}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          // Only this question closes, not the version view around it.
          event.stopPropagation();
          onCancel();
        }
      }}
    >
      <SectionMessage appearance="warning" title={t('ui.admin.history.confirmTitle', { version })}>
        <Stack space="space.100">
          <span id={titleId} className="cg-visually-hidden">
            {t('ui.admin.history.confirmTitle', { version })}
          </span>
          <Text>{t('ui.admin.history.confirmBody', { version })}</Text>
          <Inline space="space.100">
            <Button ref={confirmButton} appearance="warning" onClick={onConfirm}>
              {t('ui.admin.history.confirm')}
            </Button>
            <Button appearance="subtle" onClick={onCancel}>
              {t('ui.common.cancel')}
            </Button>
          </Inline>
        </Stack>
      </SectionMessage>
    </div>
  );
}
