// The intake's first sections: what changes and why, when it launches, and its impact on each
// criterion of the configuration in force.
import { Text } from '@atlaskit/primitives';
import { localize, type PanelConfig } from '../../../../src/contract/ui-kit';
import { useAppEnv } from '../../../shared/app-env';
import { ChoiceGroup } from './choice-group';
import { DraftTextArea } from './draft-fields';
import { LaunchDateField } from './launch-date-field';
import { IntakeSection, type IntakeSectionProps } from './intake-section';

export function WhatSection(props: IntakeSectionProps) {
  return (
    <IntakeSection name="what">
      <DraftTextArea field="description" {...props} />
    </IntakeSection>
  );
}

export function WhenSection({ draft, problems, disabled, set }: IntakeSectionProps) {
  return (
    <IntakeSection name="when">
      <LaunchDateField
        value={draft.launchDate}
        problems={problems.get('launchDate')}
        disabled={disabled}
        onChange={(value) => {
          set('launchDate', value);
        }}
      />
    </IntakeSection>
  );
}

interface ImpactSectionProps extends IntakeSectionProps {
  config: PanelConfig;
  /** The `history` answer similar past changes suggest, if any. */
  suggestedHistory: number | null;
}

export function ImpactSection(props: ImpactSectionProps) {
  const { config, suggestedHistory, draft, problems, disabled, set } = props;
  const { t, locale } = useAppEnv();
  return (
    <IntakeSection name="impact">
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
    </IntakeSection>
  );
}
