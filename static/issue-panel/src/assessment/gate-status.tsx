// Can the change request be approved or scheduled yet, and if not, why.
import Lozenge from '@atlaskit/lozenge';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import type { IssueView } from '../../../../src/contract/resolver-contract';
import type { GateDecision } from '../../../../src/domain/gates';
import { useAppEnv } from '../../../shared/app-env';

function Gate({ label, decision }: { label: string; decision: GateDecision }) {
  const { t } = useAppEnv();
  return (
    <Stack space="space.050">
      <Inline space="space.100" alignBlock="center">
        <Text weight="bold">{label}</Text>
        {decision.pass ? (
          <Lozenge appearance="success">{t('ui.panel.gates.open')}</Lozenge>
        ) : (
          <Lozenge appearance="moved">{t('ui.panel.gates.blocked')}</Lozenge>
        )}
      </Inline>
      {!decision.pass && <Text color="color.text.subtle">{decision.message}</Text>}
    </Stack>
  );
}

export function GateStatus({ gates }: { gates: IssueView['gates'] }) {
  const { t } = useAppEnv();
  return (
    <Stack space="space.150">
      <Gate label={t('ui.panel.gates.approve')} decision={gates.approve} />
      <Gate label={t('ui.panel.gates.schedule')} decision={gates.schedule} />
    </Stack>
  );
}
