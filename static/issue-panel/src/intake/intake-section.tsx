// What every section of the intake form gets, and the heading that opens it.
import Heading from '@atlaskit/heading';
import { Stack } from '@atlaskit/primitives';
import type { ReactNode } from 'react';
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

export function IntakeSection({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Stack space="space.150">
      <Heading size="small" as="h3">
        {title}
      </Heading>
      {children}
    </Stack>
  );
}
