// What every section of the intake form gets, and the heading that opens it.
import Heading from '@atlaskit/heading';
import { Stack } from '@atlaskit/primitives';
import type { ReactNode } from 'react';
import { useT } from '../../../shared/app-env';
import type { ProblemIndex } from '../../../shared/problems';
import type { IntakeDraft } from './intake-draft';

export type SetDraftField = <K extends keyof IntakeDraft>(key: K, value: IntakeDraft[K]) => void;

export interface IntakeSectionProps {
  draft: IntakeDraft;
  problems: ProblemIndex;
  /** Read-only for the user, or while a save is under way. */
  disabled: boolean;
  set: SetDraftField;
}

/** Each section's heading; written out whole so the locale check finds every key. */
const HEADINGS = {
  what: 'ui.panel.intake.whatHeading',
  when: 'ui.panel.intake.whenHeading',
  impact: 'ui.panel.intake.impactHeading',
  customers: 'ui.panel.intake.customersHeading',
  rollout: 'ui.panel.intake.rolloutHeading',
  emergency: 'ui.panel.intake.emergencyHeading',
  afterLaunch: 'ui.panel.intake.afterLaunchHeading',
} as const;

export function IntakeSection({
  name,
  children,
}: {
  name: keyof typeof HEADINGS;
  children: ReactNode;
}) {
  const t = useT();
  return (
    <Stack space="space.150">
      <Heading size="small" as="h3">
        {t(HEADINGS[name])}
      </Heading>
      {children}
    </Stack>
  );
}
