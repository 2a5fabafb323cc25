// The change request's intake: what changes and why, when, how much impact on each criterion, who
// and what is touched, how it rolls out and back, and (once launched) how it went. Problems (the
// browser's and the backend's) appear on their fields.
import Button from '@atlaskit/button/new';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import SectionMessage from '@atlaskit/section-message';
import type { FormEvent } from 'react';
import type { PanelConfig } from '../../../../src/contract/ui-kit';
import { useAppEnv, useT } from '../../../shared/app-env';
import type { ProblemIndex } from '../../../shared/problems';
import { fieldName } from '../assessment/field-names';
import { ImpactSection, WhatSection, WhenSection } from './change-sections';
import {
  AfterLaunchSection,
  CustomersSection,
  EmergencySection,
  RolloutSection,
} from './delivery-sections';
import type { IntakeDraft } from './intake-draft';
import type { IntakeSectionProps } from './intake-section';

interface IntakeFormProps {
  config: PanelConfig;
  draft: IntakeDraft;
  problems: ProblemIndex;
  /** Problems the backend would refuse: the intake cannot be saved with them. */
  blockingCount: number;
  /** Unanswered fields: the intake saves as a draft, but the change is not tiered yet. */
  incompletePaths: readonly string[];
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
  const { config, draft, problems, canEdit, saving, dirty, suggestedHistory } = props;
  const { onChange, onSubmit, onReset } = props;
  const t = useT();
  const section: IntakeSectionProps = {
    draft,
    problems,
    disabled: !canEdit || saving,
    set: (key, value) => {
      onChange({ ...draft, [key]: value });
    },
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };

  return (
    <form onSubmit={submit} noValidate aria-label={t('ui.panel.intake.title')}>
      <Stack space="space.300">
        <IntakeNotices {...props} />
        <WhatSection {...section} />
        <WhenSection {...section} />
        <ImpactSection {...section} config={config} suggestedHistory={suggestedHistory} />
        <CustomersSection {...section} journey={config.journey} />
        <RolloutSection {...section} />
        <EmergencySection {...section} />
        <AfterLaunchSection {...section} />
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

/** Why the form cannot be edited or saved yet, above its first field. */
function IntakeNotices({ config, canEdit, blockingCount, incompletePaths }: IntakeFormProps) {
  const { t, locale } = useAppEnv();
  return (
    <>
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
      {blockingCount === 0 && incompletePaths.length > 0 && (
        <SectionMessage
          appearance="information"
          title={t('ui.panel.intake.incompleteTitle', { count: incompletePaths.length })}
        >
          <Stack space="space.100">
            <Text>{t('ui.panel.intake.incompleteBody')}</Text>
            {/* The count above is the length of this list: what is counted is what is shown. */}
            <ul className="cg-list">
              {incompletePaths.map((path) => (
                <li key={path}>{fieldName(path, config, t, locale)}</li>
              ))}
            </ul>
          </Stack>
        </SectionMessage>
      )}
    </>
  );
}
