// A region of a page named by its own heading, so screen readers list it under that name.
import Heading from '@atlaskit/heading';
import { Stack } from '@atlaskit/primitives';
import type { ReactNode } from 'react';

interface TitledSectionProps {
  /** The heading's id, which names the section. */
  id: string;
  title: ReactNode;
  /** A module's own tables are its top level (h2); a panel's parts sit under the host's title (h3). */
  level?: 'h2' | 'h3';
  children: ReactNode;
}

export function TitledSection({ id, title, level = 'h3', children }: TitledSectionProps) {
  return (
    <section aria-labelledby={id}>
      <Stack space="space.100">
        <Heading size={level === 'h2' ? 'medium' : 'small'} as={level} id={id}>
          {title}
        </Heading>
        {children}
      </Stack>
    </section>
  );
}
