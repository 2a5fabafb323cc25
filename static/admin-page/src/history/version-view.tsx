// One old version, read only, before the admin restores it: what restoring would change against
// the version in force, and everything the version contains.
import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import SectionMessage from '@atlaskit/section-message';
import { useCallback, useEffect, useRef, useState } from 'react';
import type {
  ConfigVersionDetail,
  ResolverError,
  StoredConfig,
} from '../../../../src/contract/ui-kit';
import { useAppEnv } from '../../../shared/app-env';
import { formatTimestamp } from '../../../shared/dates';
import { invoke } from '../../../shared/invoke';
import { ErrorState, Loading } from '../../../shared/states';
import { RestoreConfirmation } from './restore-confirmation';
import { VersionContents } from './version-contents';
import { describeChange } from '../config-words';

type DetailState =
  | { kind: 'loading' }
  | { kind: 'failed'; error: ResolverError }
  | { kind: 'ready'; detail: ConfigVersionDetail };

interface VersionViewProps {
  version: number;
  /** The version in force as the page knows it. */
  inForce: StoredConfig;
  busy: boolean;
  confirming: boolean;
  onAskRestore: () => void;
  onConfirmRestore: () => void;
  onCancelRestore: () => void;
  onClose: () => void;
}

export function VersionView(props: VersionViewProps) {
  const { version, inForce, busy, confirming } = props;
  const { t, locale, context } = useAppEnv();
  const [state, setState] = useState<DetailState>({ kind: 'loading' });
  const heading = useRef<HTMLDivElement>(null);
  const titleId = `cfg-version-view-${String(version)}`;

  const load = useCallback(async () => {
    setState({ kind: 'loading' });
    const answer = await invoke('getConfigVersion', { version });
    setState(
      answer.ok ? { kind: 'ready', detail: answer.data } : { kind: 'failed', error: answer.error },
    );
  }, [version]);

  useEffect(() => {
    void load();
  }, [load]);

  // Opening a version takes the reader to it.
  useEffect(() => {
    heading.current?.focus();
  }, [version]);

  const detail = state.kind === 'ready' ? state.detail : null;
  const isInForce = detail !== null && detail.version === detail.inForceVersion;

  return (
    <section
      className="cg-card"
      aria-labelledby={titleId}
      onKeyDown={(event) => {
        if (event.key === 'Escape') props.onClose();
      }}
    >
      <Stack space="space.200">
        <Inline spread="space-between" alignBlock="center" shouldWrap space="space.100">
          <div ref={heading} tabIndex={-1}>
            <Heading size="small" as="h4" id={titleId}>
              {t('ui.admin.history.viewTitle', { version })}
            </Heading>
          </div>
          <Inline space="space.100">
            {detail !== null && !isInForce && (
              <Button
                appearance="primary"
                isDisabled={busy || confirming}
                onClick={props.onAskRestore}
              >
                {t('ui.admin.history.restoreThis')}
              </Button>
            )}
            <Button appearance="subtle" onClick={props.onClose}>
              {t('ui.admin.history.close')}
            </Button>
          </Inline>
        </Inline>

        {state.kind === 'loading' && (
          <Loading label={t('ui.admin.history.viewLoading', { version })} />
        )}
        {state.kind === 'failed' && <ErrorState error={state.error} onRetry={() => void load()} />}
        {detail !== null && (
          <>
            <Text color="color.text.subtle">
              {t('ui.admin.history.viewSaved', {
                at: formatTimestamp(detail.savedAt, locale, context.timezone),
                by: detail.savedBy,
              })}
            </Text>
            {confirming && (
              <RestoreConfirmation
                version={version}
                onCancel={props.onCancelRestore}
                onConfirm={props.onConfirmRestore}
              />
            )}
            <Changes detail={detail} isInForce={isInForce} />
            <section aria-labelledby={`${titleId}-contents`}>
              <Stack space="space.150">
                <Heading size="xsmall" as="h5" id={`${titleId}-contents`}>
                  {t('ui.admin.history.contentsTitle')}
                </Heading>
                <VersionContents
                  version={version}
                  config={detail.config}
                  inForce={detail.inForceVersion === inForce.version ? inForce.config : null}
                />
              </Stack>
            </section>
          </>
        )}
      </Stack>
    </section>
  );
}

function Changes({ detail, isInForce }: { detail: ConfigVersionDetail; isInForce: boolean }) {
  const { t } = useAppEnv();
  if (isInForce || detail.inForceVersion === null) {
    return (
      <SectionMessage appearance="information">
        <Text>{t('ui.admin.history.isInForce', { version: detail.version })}</Text>
      </SectionMessage>
    );
  }
  const current = detail.inForceVersion;
  const headingId = `cfg-version-view-${String(detail.version)}-changes`;
  return (
    <section aria-labelledby={headingId}>
      <Stack space="space.075">
        <Heading size="xsmall" as="h5" id={headingId}>
          {t('ui.admin.history.changesTitle', { current })}
        </Heading>
        {detail.changesFromInForce.length === 0 ? (
          <Text>{t('ui.admin.history.sameContent', { current })}</Text>
        ) : (
          <>
            <Text>{t('ui.admin.history.changesIntro', { version: detail.version, current })}</Text>
            <ul className="cg-list" aria-labelledby={headingId}>
              {detail.changesFromInForce.map((change, index) => (
                <li key={index}>{describeChange(t, change)}</li>
              ))}
            </ul>
          </>
        )}
      </Stack>
    </section>
  );
}
