// The approvals and communication tickets the app created for the change request.
import SectionMessage from '@atlaskit/section-message';
import { Stack, Text } from '@atlaskit/primitives';
import type { IssueView } from '../../../../src/contract/ui-kit';
import { useT } from '../../../shared/app-env';
import { TitledSection } from '../../../shared/titled-section';
import { ticketsPending } from '../use-issue-view';
import { ApprovalsTable } from './approvals-table';
import { CommsTimeline } from './comms-timeline';

export function TicketsTab({ view }: { view: IssueView }) {
  const t = useT();
  return (
    <Stack space="space.300">
      {ticketsPending(view) && (
        <SectionMessage appearance="information" title={t('ui.panel.tickets.pendingTitle')}>
          <Text>{t('ui.panel.tickets.pendingBody')}</Text>
        </SectionMessage>
      )}
      <TitledSection id="cg-approvals-heading" title={t('ui.panel.tickets.approvalsHeading')}>
        <ApprovalsTable approvals={view.approvals} />
      </TitledSection>
      <TitledSection id="cg-comms-heading" title={t('ui.panel.tickets.commsHeading')}>
        <CommsTimeline comms={view.comms} />
      </TitledSection>
    </Stack>
  );
}
