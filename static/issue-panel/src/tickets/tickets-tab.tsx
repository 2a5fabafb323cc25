// The approvals and communication tickets the app created for the change request.
import SectionMessage from '@atlaskit/section-message';
import { Stack, Text } from '@atlaskit/primitives';
import type { IssueView } from '../../../../src/contract/ui-kit';
import { useT } from '../../../shared/app-env';
import { ErrorState } from '../../../shared/states';
import { TitledSection } from '../../../shared/titled-section';
import { ticketsPending } from '../use-issue-view';
import { ApprovalsTable } from './approvals-table';
import { CommsTimeline } from './comms-timeline';
import { RedesignTable } from './redesign-table';
import { useAskAgain } from './use-ask-again';

interface TicketsTabProps {
  view: IssueView;
  /** The view after the app changed the change request from this tab. */
  onChanged: (view: IssueView) => void;
}

export function TicketsTab({ view, onChanged }: TicketsTabProps) {
  const t = useT();
  const askAgain = useAskAgain(onChanged);
  return (
    <Stack space="space.300">
      {ticketsPending(view) && (
        <SectionMessage appearance="information" title={t('ui.panel.tickets.pendingTitle')}>
          <Text>{t('ui.panel.tickets.pendingBody')}</Text>
        </SectionMessage>
      )}
      {askAgain.error && <ErrorState error={askAgain.error} />}
      <TitledSection id="cg-approvals-heading" title={t('ui.panel.tickets.approvalsHeading')}>
        <ApprovalsTable
          approvals={view.approvals}
          asking={askAgain.asking}
          // Asking again answers the objection for the change: offered to whoever may edit it.
          {...(view.canEdit ? { onAskAgain: askAgain.ask } : {})}
        />
      </TitledSection>
      <TitledSection id="cg-comms-heading" title={t('ui.panel.tickets.commsHeading')}>
        <CommsTimeline comms={view.comms} />
      </TitledSection>
      <TitledSection id="cg-redesign-heading" title={t('ui.redesign.heading')}>
        <RedesignTable rows={view.redesign} />
      </TitledSection>
    </Stack>
  );
}
