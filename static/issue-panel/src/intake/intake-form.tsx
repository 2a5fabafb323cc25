// The change request's intake: what changes and why, when, how much impact on each criterion, who
// and what is touched, how it rolls out and back, and (once launched) how it went. Problems (the
// browser's and the backend's) appear on their fields.
import Button from '@atlaskit/button/new';
import { Checkbox } from '@atlaskit/checkbox';
import DatePicker from '@atlaskit/datetime-picker/date-picker';
import { Fieldset } from '@atlaskit/form';
import Heading from '@atlaskit/heading';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import SectionMessage from '@atlaskit/section-message';
import TextArea from '@atlaskit/textarea';
import Toggle from '@atlaskit/toggle';
import type { FormEvent } from 'react';
import { OUTCOMES, ROLLOUTS, TOUCHPOINTS } from '../../../../src/domain/intake';
import { localize } from '../../../../src/domain/localized';
import type { PanelConfig } from '../../../../src/contract/resolver-contract';
import { useAppEnv } from '../../../shared/app-env';
import { Field, FieldErrors } from '../../../shared/field';
import type { ProblemIndex } from '../../../shared/problems';
import { ChoiceGroup } from './choice-group';
import type { IntakeDraft, Touchpoint } from './intake-draft';
import { TagListField } from './tag-list-field';

interface IntakeFormProps {
  config: PanelConfig;
  draft: IntakeDraft;
  problems: ProblemIndex;
  /** Problems the backend would refuse: the intake cannot be saved with them. */
  blockingCount: number;
  /** Unanswered fields: the intake saves as a draft, but the change is not tiered yet. */
  incompleteCount: number;
  canEdit: boolean;
  saving: boolean;
  dirty: boolean;
  /** The `history` answer similar past changes suggest, if any. */
  suggestedHistory: number | null;
  onChange: (draft: IntakeDraft) => void;
  onSubmit: () => void;
  onReset: () => void;
}

export function IntakeForm(props: IntakeFormProps) {
  const {
    config,
    draft,
    problems,
    blockingCount,
    incompleteCount,
    canEdit,
    saving,
    dirty,
    suggestedHistory,
    onChange,
    onSubmit,
    onReset,
  } = props;
  const { t, locale } = useAppEnv();
  const disabled = !canEdit || saving;
  const set = <K extends keyof IntakeDraft>(key: K, value: IntakeDraft[K]) => {
    onChange({ ...draft, [key]: value });
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };

  return (
    <form onSubmit={submit} noValidate aria-label={t('ui.panel.intake.title')}>
      <Stack space="space.300">
        {!canEdit && (
          <SectionMessage appearance="information" title={t('ui.panel.intake.readOnlyTitle')}>
            <Text>{t('ui.panel.intake.readOnly')}</Text>
          </SectionMessage>
        )}
        {blockingCount > 0 && (
          <SectionMessage
            appearance="warning"
            title={t('ui.panel.intake.problemsTitle', { count: blockingCount })}
          >
            <Text>{t('ui.panel.intake.problemsBody')}</Text>
          </SectionMessage>
        )}
        {blockingCount === 0 && incompleteCount > 0 && (
          <SectionMessage
            appearance="information"
            title={t('ui.panel.intake.incompleteTitle', { count: incompleteCount })}
          >
            <Text>{t('ui.panel.intake.incompleteBody')}</Text>
          </SectionMessage>
        )}

        <Stack space="space.150">
          <Heading size="small" as="h3">
            {t('ui.panel.intake.whatHeading')}
          </Heading>
          <Field
            id="intake-description"
            label={t('ui.panel.fields.description')}
            helper={t('ui.panel.intake.descriptionHelp')}
            problems={problems.get('description')}
          >
            {({ id, describedBy, invalid }) => (
              <TextArea
                id={id}
                value={draft.description}
                isDisabled={disabled}
                isInvalid={invalid}
                aria-describedby={describedBy}
                maxLength={5000}
                minimumRows={3}
                onChange={(event) => {
                  set('description', event.currentTarget.value);
                }}
              />
            )}
          </Field>
        </Stack>

        <Stack space="space.150">
          <Heading size="small" as="h3">
            {t('ui.panel.intake.whenHeading')}
          </Heading>
          <Field
            id="intake-launch-date"
            label={t('ui.panel.fields.launchDate')}
            helper={t('ui.panel.intake.launchDateHelp')}
            problems={problems.get('launchDate')}
          >
            {({ id, describedBy, invalid }) => (
              <DatePicker
                id={id}
                value={draft.launchDate}
                locale={locale}
                isDisabled={disabled}
                isInvalid={invalid}
                aria-describedby={describedBy}
                shouldShowCalendarButton
                inputLabel={t('ui.panel.fields.launchDate')}
                placeholder={t('ui.panel.intake.datePlaceholder')}
                openCalendarLabel={t('ui.panel.intake.openCalendar')}
                clearControlLabel={t('ui.panel.intake.clearDate')}
                previousMonthLabel={t('ui.panel.intake.previousMonth')}
                nextMonthLabel={t('ui.panel.intake.nextMonth')}
                onChange={(value) => {
                  set('launchDate', value);
                }}
              />
            )}
          </Field>
        </Stack>

        <Stack space="space.150">
          <Heading size="small" as="h3">
            {t('ui.panel.intake.impactHeading')}
          </Heading>
          {config.criteria.map((criterion) => {
            const value = draft.answers[criterion.id];
            const suggestion =
              criterion.id === 'history' && suggestedHistory !== null
                ? criterion.options.find((option) => option.value === suggestedHistory)
                : undefined;
            return (
              <ChoiceGroup
                key={criterion.id}
                id={`intake-answer-${criterion.id}`}
                name={`answer-${criterion.id}`}
                legend={localize(criterion.question, locale)}
                value={value === undefined ? null : String(value)}
                isDisabled={disabled}
                problems={problems.get(`answers.${criterion.id}`)}
                options={criterion.options.map((option) => ({
                  value: String(option.value),
                  label: localize(option.label, locale),
                }))}
                hint={
                  suggestion ? (
                    <Text size="small" color="color.text.subtle">
                      {t('ui.panel.intake.historySuggestion', {
                        answer: localize(suggestion.label, locale),
                      })}
                    </Text>
                  ) : undefined
                }
                onChange={(next) => {
                  set('answers', { ...draft.answers, [criterion.id]: Number(next) });
                }}
              />
            );
          })}
        </Stack>

        <Stack space="space.150">
          <Heading size="small" as="h3">
            {t('ui.panel.intake.customersHeading')}
          </Heading>
          <TagListField
            id="intake-segments"
            label={t('ui.panel.fields.segments')}
            helper={t('ui.panel.intake.segmentsHelp')}
            values={draft.segments}
            max={50}
            maxLength={200}
            isDisabled={disabled}
            problems={problems.get('segments')}
            onChange={(values) => {
              set('segments', values);
            }}
          />
          <TagListField
            id="intake-channels"
            label={t('ui.panel.fields.channels')}
            helper={t('ui.panel.intake.channelsHelp')}
            values={draft.channels}
            max={20}
            maxLength={200}
            isDisabled={disabled}
            problems={problems.get('channels')}
            onChange={(values) => {
              set('channels', values);
            }}
          />
          <div id="intake-touchpoints">
            <Fieldset legend={t('ui.panel.fields.touchpoints')}>
              <Inline space="space.200" shouldWrap>
                {TOUCHPOINTS.map((touchpoint) => (
                  <Checkbox
                    key={touchpoint}
                    name="touchpoints"
                    value={touchpoint}
                    label={t(`ui.panel.touchpoints.${touchpoint}`)}
                    isChecked={draft.touchpoints.includes(touchpoint)}
                    isDisabled={disabled}
                    onChange={(event) => {
                      const checked = event.currentTarget.checked;
                      const next: Touchpoint[] = TOUCHPOINTS.filter((tp) =>
                        tp === touchpoint ? checked : draft.touchpoints.includes(tp),
                      );
                      set('touchpoints', next);
                    }}
                  />
                ))}
              </Inline>
              <FieldErrors
                id="intake-touchpoints-error"
                problems={problems.get('touchpoints') ?? []}
              />
            </Fieldset>
          </div>
          <Field
            id="intake-customer-action"
            label={t('ui.panel.fields.customerAction')}
            problems={problems.get('customerAction')}
          >
            {({ id, describedBy, invalid }) => (
              <TextArea
                id={id}
                value={draft.customerAction}
                isDisabled={disabled}
                isInvalid={invalid}
                aria-describedby={describedBy}
                maxLength={5000}
                minimumRows={2}
                onChange={(event) => {
                  set('customerAction', event.currentTarget.value);
                }}
              />
            )}
          </Field>
        </Stack>

        <Stack space="space.150">
          <Heading size="small" as="h3">
            {t('ui.panel.intake.rolloutHeading')}
          </Heading>
          <ChoiceGroup
            id="intake-rollout"
            name="rollout"
            legend={t('ui.panel.fields.rollout')}
            value={draft.rollout === '' ? null : draft.rollout}
            isDisabled={disabled}
            problems={problems.get('rollout')}
            options={ROLLOUTS.map((rollout) => ({
              value: rollout,
              label: t(`ui.panel.rollouts.${rollout}`),
            }))}
            onChange={(next) => {
              const rollout = ROLLOUTS.find((r) => r === next);
              if (rollout) set('rollout', rollout);
            }}
          />
          <Field
            id="intake-rollback"
            label={t('ui.panel.fields.rollbackPlan')}
            problems={problems.get('rollbackPlan')}
          >
            {({ id, describedBy, invalid }) => (
              <TextArea
                id={id}
                value={draft.rollbackPlan}
                isDisabled={disabled}
                isInvalid={invalid}
                aria-describedby={describedBy}
                maxLength={5000}
                minimumRows={2}
                onChange={(event) => {
                  set('rollbackPlan', event.currentTarget.value);
                }}
              />
            )}
          </Field>
          <TagListField
            id="intake-kpis"
            label={t('ui.panel.fields.kpis')}
            helper={t('ui.panel.intake.kpisHelp')}
            values={draft.kpis}
            max={20}
            maxLength={500}
            isDisabled={disabled}
            problems={problems.get('kpis')}
            onChange={(values) => {
              set('kpis', values);
            }}
          />
        </Stack>

        <Stack space="space.150">
          <Heading size="small" as="h3">
            {t('ui.panel.intake.emergencyHeading')}
          </Heading>
          <Inline space="space.100" alignBlock="center">
            <Toggle
              id="intake-emergency"
              isChecked={draft.emergency}
              isDisabled={disabled}
              onChange={(event) => {
                set('emergency', event.currentTarget.checked);
              }}
            />
            <label htmlFor="intake-emergency">{t('ui.panel.fields.emergency')}</label>
          </Inline>
          {draft.emergency && (
            <Field
              id="intake-justification"
              label={t('ui.panel.fields.justification')}
              helper={t('ui.panel.intake.justificationHelp')}
              problems={problems.get('emergency.justification') ?? problems.get('emergency')}
            >
              {({ id, describedBy, invalid }) => (
                <TextArea
                  id={id}
                  value={draft.justification}
                  isDisabled={disabled}
                  isInvalid={invalid}
                  aria-describedby={describedBy}
                  maxLength={5000}
                  minimumRows={2}
                  onChange={(event) => {
                    set('justification', event.currentTarget.value);
                  }}
                />
              )}
            </Field>
          )}
        </Stack>

        <Stack space="space.150">
          <Heading size="small" as="h3">
            {t('ui.panel.intake.afterLaunchHeading')}
          </Heading>
          <ChoiceGroup
            id="intake-outcome"
            name="outcome"
            legend={t('ui.panel.fields.outcome')}
            value={draft.outcome === '' ? null : draft.outcome}
            isDisabled={disabled}
            problems={problems.get('outcome')}
            hint={
              <Text size="small" color="color.text.subtle">
                {t('ui.panel.intake.outcomeHelp')}
              </Text>
            }
            options={OUTCOMES.map((outcome) => ({
              value: outcome,
              label: t(`ui.panel.outcomes.${outcome}`),
            }))}
            onChange={(next) => {
              const outcome = OUTCOMES.find((o) => o === next);
              if (outcome) set('outcome', outcome);
            }}
          />
        </Stack>

        {canEdit && (
          <Inline space="space.100">
            <Button type="submit" appearance="primary" isLoading={saving}>
              {t('ui.panel.intake.save')}
            </Button>
            <Button isDisabled={!dirty || saving} onClick={onReset}>
              {t('ui.panel.intake.discard')}
            </Button>
          </Inline>
        )}
      </Stack>
    </form>
  );
}
