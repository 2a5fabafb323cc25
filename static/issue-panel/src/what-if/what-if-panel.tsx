// The same change at other launch dates: does each leave the lead time, and what comms timeline
// would it give. Nothing is saved: it only answers "what if".
import Button from '@atlaskit/button/new';
import DatePicker from '@atlaskit/datetime-picker/date-picker';
import Heading from '@atlaskit/heading';
import { Box, Inline, Stack, Text } from '@atlaskit/primitives';
import SectionMessage from '@atlaskit/section-message';
import { RemovableTag } from '@atlaskit/tag';
import { useState } from 'react';
import {
  type Assessed,
  localize,
  type PanelConfig,
  type ResolverError,
  type WhatIfOutcome,
} from '../../../../src/contract/ui-kit';
import { useAppEnv } from '../../../shared/app-env';
import { DataTable } from '../../../shared/data-table';
import { addDaysIso, formatCalendarDate } from '../../../shared/dates';
import { Field } from '../../../shared/field';
import { invoke } from '../../../shared/invoke';
import { ErrorState, Loading } from '../../../shared/states';
import { ScenarioCalendar } from '../assessment/calendar-warnings';
import { LeadTimeLozenge } from '../assessment/lead-time-status';

const MAX_DATES = 6;

type Result =
  | { kind: 'idle' }
  | { kind: 'loading' }
  | { kind: 'failed'; error: ResolverError }
  | { kind: 'done'; outcome: WhatIfOutcome };

function initialDates(assessment: Assessed): string[] {
  const candidates = [
    assessment.launchDate,
    assessment.leadTime.earliestCompliantLaunch,
    addDaysIso(assessment.launchDate, 30),
  ];
  return [...new Set(candidates)].sort();
}

export function WhatIfPanel({ assessment, config }: { assessment: Assessed; config: PanelConfig }) {
  const { t, locale } = useAppEnv();
  const [dates, setDates] = useState<string[]>(() => initialDates(assessment));
  const [pending, setPending] = useState('');
  const [result, setResult] = useState<Result>({ kind: 'idle' });

  const add = () => {
    if (pending === '' || dates.includes(pending) || dates.length >= MAX_DATES) return;
    setDates([...dates, pending].sort());
    setPending('');
  };
  const compare = async () => {
    setResult({ kind: 'loading' });
    const answer = await invoke('whatIf', { launchDates: dates });
    setResult(
      answer.ok ? { kind: 'done', outcome: answer.data } : { kind: 'failed', error: answer.error },
    );
  };
  const roleName = (roleId: string) => {
    const role = config.roles.find((r) => r.id === roleId);
    return role ? localize(role.name, locale) : roleId;
  };

  return (
    <Stack space="space.200">
      <Text>{t('ui.panel.whatIf.intro')}</Text>
      <Inline space="space.100" alignBlock="end" shouldWrap>
        <Box>
          <Field id="what-if-date" label={t('ui.panel.whatIf.addDate')}>
            {({ id }) => (
              <DatePicker
                id={id}
                value={pending}
                locale={locale}
                shouldShowCalendarButton
                inputLabel={t('ui.panel.whatIf.addDate')}
                placeholder={t('ui.panel.intake.datePlaceholder')}
                openCalendarLabel={t('ui.panel.intake.openCalendar')}
                clearControlLabel={t('ui.panel.intake.clearDate')}
                previousMonthLabel={t('ui.panel.intake.previousMonth')}
                nextMonthLabel={t('ui.panel.intake.nextMonth')}
                onChange={setPending}
              />
            )}
          </Field>
        </Box>
        <Button isDisabled={pending === '' || dates.length >= MAX_DATES} onClick={add}>
          {t('ui.common.add')}
        </Button>
      </Inline>
      <ul className="cg-tag-list" aria-label={t('ui.panel.whatIf.datesLabel')}>
        {dates.map((date) => (
          <li key={date}>
            <RemovableTag
              text={formatCalendarDate(date, locale)}
              removeButtonLabel={t('ui.common.removeItem', {
                item: formatCalendarDate(date, locale),
              })}
              onAfterRemoveAction={() => {
                setDates(dates.filter((d) => d !== date));
              }}
            />
          </li>
        ))}
      </ul>
      <Box>
        <Button
          appearance="primary"
          isDisabled={dates.length === 0}
          isLoading={result.kind === 'loading'}
          onClick={() => void compare()}
        >
          {t('ui.panel.whatIf.compare')}
        </Button>
      </Box>
      {result.kind === 'loading' && <Loading label={t('ui.panel.whatIf.loading')} />}
      {result.kind === 'failed' && <ErrorState error={result.error} />}
      {result.kind === 'done' && result.outcome.status === 'needs-input' && (
        <SectionMessage appearance="warning" title={t('ui.panel.needsInput.title')}>
          <Text>
            {t('ui.panel.whatIf.needsInput', { fields: result.outcome.missing.join(', ') })}
          </Text>
        </SectionMessage>
      )}
      {result.kind === 'done' &&
        result.outcome.status === 'assessed' &&
        result.outcome.scenarios.map((scenario) => (
          <section
            key={scenario.launchDate}
            className="cg-card"
            aria-label={formatCalendarDate(scenario.launchDate, locale, 'long')}
          >
            <Stack space="space.100">
              <Inline space="space.100" alignBlock="center" shouldWrap>
                <Heading size="xsmall" as="h4">
                  {formatCalendarDate(scenario.launchDate, locale, 'long')}
                </Heading>
                <LeadTimeLozenge leadTime={scenario.leadTime} />
                <Text color="color.text.subtle">
                  {t('ui.panel.whatIf.days', {
                    actual: scenario.leadTime.actualDays,
                    required: scenario.leadTime.requiredDays,
                  })}
                </Text>
              </Inline>
              {!scenario.leadTime.compliant && (
                <Text>
                  {t('ui.panel.leadTime.earliest', {
                    date: formatCalendarDate(
                      scenario.leadTime.earliestCompliantLaunch,
                      locale,
                      'long',
                    ),
                  })}
                </Text>
              )}
              <ScenarioCalendar
                calendar={scenario.calendar}
                launchDate={scenario.launchDate}
                config={config}
                partial={
                  result.outcome.status === 'assessed' && result.outcome.calendarPartial === true
                }
              />
              <DataTable
                caption={t('ui.panel.whatIf.timelineCaption', {
                  date: formatCalendarDate(scenario.launchDate, locale),
                })}
                columns={[
                  t('ui.panel.tickets.due'),
                  t('ui.panel.tickets.step'),
                  t('ui.panel.tickets.channel'),
                  t('ui.panel.tickets.owner'),
                ]}
              >
                {scenario.timeline.map((step) => (
                  <tr key={step.stepId} className={step.overdue ? 'cg-overdue' : undefined}>
                    <td className="cg-nowrap">
                      {formatCalendarDate(step.dueDate, locale)}
                      {step.overdue && (
                        <>
                          {' '}
                          <span className="cg-badge-overdue">{t('ui.panel.tickets.overdue')}</span>
                        </>
                      )}
                    </td>
                    <th scope="row">{localize(step.title, locale)}</th>
                    <td>{localize(step.channel, locale)}</td>
                    <td>{roleName(step.ownerRole)}</td>
                  </tr>
                ))}
              </DataTable>
            </Stack>
          </section>
        ))}
    </Stack>
  );
}
