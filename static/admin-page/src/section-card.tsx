// One editable item (a tier, a criterion, a rule) as a titled card with its actions.
import Heading from '@atlaskit/heading';
import { Inline, Stack } from '@atlaskit/primitives';
import type { ReactNode } from 'react';

interface SectionCardProps {
  id?: string;
  title: ReactNode;
  actions?: ReactNode;
  children: ReactNode;
}

export function SectionCard({ id, title, actions, children }: SectionCardProps) {
  const headingId = id ? `${id}-title` : undefined;
  return (
    <section className="cg-card" aria-labelledby={headingId}>
      <Stack space="space.150">
        <Inline spread="space-between" alignBlock="center">
          <Heading size="small" as="h3" id={headingId}>
            {title}
          </Heading>
          {actions}
        </Inline>
        {children}
      </Stack>
    </section>
  );
}
