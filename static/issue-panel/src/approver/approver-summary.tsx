// On a Change Approval: what the approver is deciding, in the order they need it: which change and which of its
// approvals, why it got its tier, how much time it leaves, what the plan is, who else decides, and what the
// decision buttons do.
import Lozenge from '@atlaskit/lozenge';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import SectionMessage from '@atlaskit/section-message';
import {
  type ApprovalContext,
  type Assessed,
  type IssueView,
  localize,
} from '../../../../src/contract/ui-kit';
import { useAppEnv } from '../../../shared/app-env';
import { formatCalendarDate } from '../../../shared/dates';
import { TierLozenge } from '../../../shared/tier-lozenge';
import { TitledSection } from '../../../shared/titled-section';
import { EscalationsList } from '../assessment/escalations-list';
import { LeadTimeSection } from '../assessment/lead-time-status';
import { IssueLink } from '../tickets/issue-link';
import { STANDING_APPEARANCE } from '../tickets/standing';

interface ApproverSummaryProps {
  view: IssueView;
  approvalOf: ApprovalContext;
}

export function ApproverSummary({ view, approvalOf }: ApproverSummaryProps) {
  const { t, locale } = useAppEnv();
  const mine = view.approvals.find((a) => a.stepId === approvalOf.stepId);
  const others = view.approvals.filter((a) => a.stepId !== approvalOf.stepId);
  const assessed = view.assessment?.status === 'assessed' ? view.assessment : null;
  const role = mine ? localize(mine.roleName, locale) : approvalOf.stepId;
  const title = t('ui.panel.approver.title', { key: approvalOf.changeRequestKey, role });
  return (
    <section aria-label={title}>
      <SectionMessage
        appearance={approvalOf.standing === 'history' ? 'warning' : 'information'}
        title={title}
      >
        <Stack space="space.150">
          <Inline space="space.100" alignBlock="center" shouldWrap>
            <Text>{t('ui.panel.approver.change')}</Text>
            <IssueLink issueKey={approvalOf.changeRequestKey} />
            {approvalOf.standing !== 'history' && (
              <Lozenge appearance={STANDING_APPEARANCE[approvalOf.standing]}>
                {t(`ui.panel.standing.${approvalOf.standing}`)}
              </Lozenge>
            )}
          </Inline>
          {approvalOf.standing === 'history' && <Text>{t('ui.panel.approver.history')}</Text>}
          {assessed ? (
            <AssessedSummary view={view} assessed={assessed} />
          ) : (
            <Text>{t('ui.panel.approver.notAssessed')}</Text>
          )}
          <TitledSection id="cg-approver-others" title={t('ui.panel.approver.othersHeading')}>
            {others.length === 0 ? (
              <Text>{t('ui.panel.approver.noOthers')}</Text>
            ) : (
              <ul className="cg-list">
                {others.map((row) => (
                  <li key={row.stepId}>
                    <Text>
                      {t('ui.panel.approver.other', {
                        role: localize(row.roleName, locale),
                        approver: row.approver?.displayName ?? t('ui.panel.tickets.unassigned'),
                      })}
                    </Text>{' '}
                    <Lozenge appearance={STANDING_APPEARANCE[row.standing]}>
                      {t(`ui.panel.standing.${row.standing}`)}
                    </Lozenge>
                  </li>
                ))}
              </ul>
            )}
          </TitledSection>
          <TitledSection id="cg-approver-decide" title={t('ui.panel.approver.decideHeading')}>
            <ul className="cg-list">
              <li>
                <Text>{t('ui.panel.approver.approveEffect')}</Text>
              </li>
              <li>
                <Text>{t('ui.panel.approver.declineEffect')}</Text>
              </li>
            </ul>
            {mine && (
              <Text>
                {t('ui.panel.approver.decideBy', {
                  date: formatCalendarDate(mine.dueDate, locale, 'long'),
                })}
              </Text>
            )}
          </TitledSection>
        </Stack>
      </SectionMessage>
    </section>
  );
}

function AssessedSummary({ view, assessed }: { view: IssueView; assessed: Assessed }) {
  const { t, locale } = useAppEnv();
  const first = view.comms[0];
  return (
    <>
      <TitledSection id="cg-approver-tier" title={t('ui.panel.approver.tierHeading')}>
        <Inline space="space.100" alignBlock="center" shouldWrap>
          <TierLozenge tier={assessed.tier} name={assessed.tierName} config={view.config} />
          <Text>
            {t('ui.panel.approver.score', {
              score: assessed.score,
              tier: assessed.scoreTier,
            })}
          </Text>
        </Inline>
        <EscalationsList assessment={assessed} config={view.config} />
      </TitledSection>
      <LeadTimeSection id="cg-approver-lead" assessment={assessed} />
      <TitledSection id="cg-approver-plan" title={t('ui.panel.approver.planHeading')}>
        <Text>
          {first
            ? t('ui.panel.approver.plan', {
                count: view.comms.length,
                first: localize(first.title, locale),
                date: formatCalendarDate(first.dueDate, locale, 'long'),
              })
            : t('ui.panel.tickets.noComms')}
        </Text>
      </TitledSection>
    </>
  );
}
