// The pieces every configuration tab is built from: a titled section, a card per tier, and the
// remove / add buttons, so each tab states only what is its own.
import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import { Inline, Stack } from '@atlaskit/primitives';
import type { ReactNode } from 'react';
import { type GovernanceConfig, localize } from '../../../../src/contract/ui-kit';
import { useAppEnv } from '../../../shared/app-env';
import { fieldId } from '../paths';
import { SectionCard } from '../section-card';

interface TabSectionProps {
  /** The DOM id stem: the heading is `${id}-title`. */
  id: string;
  title: ReactNode;
  /** A configuration path whose problems point at this whole section. */
  path?: string;
  space?: 'space.100' | 'space.150';
  children: ReactNode;
}

export function TabSection({ id, title, path, space = 'space.150', children }: TabSectionProps) {
  const headingId = `${id}-title`;
  return (
    <section aria-labelledby={headingId} id={path === undefined ? undefined : fieldId(path)}>
      <Stack space={space}>
        <Heading size="small" as="h3" id={headingId}>
          {title}
        </Heading>
        {children}
      </Stack>
    </section>
  );
}

interface TierCardProps {
  config: GovernanceConfig;
  tier: number;
  /** The card id is `${idPrefix}-${tier}`. */
  idPrefix: string;
  children: ReactNode;
}

/** A card titled with the tier's number and name ('?' while the tier is not defined). */
export function TierCard({ config, tier, idPrefix, children }: TierCardProps) {
  const { t, locale } = useAppEnv();
  const found = config.tiers.find((x) => x.tier === tier);
  return (
    <SectionCard
      id={`${idPrefix}-${String(tier)}`}
      title={t('ui.common.tierNamed', { tier, name: found ? localize(found.name, locale) : '?' })}
    >
      {children}
    </SectionCard>
  );
}

interface ActionButtonProps {
  label: string;
  isDisabled?: boolean;
  onClick: () => void;
}

/** A quiet button that removes one item. */
export function RemoveButton({ label, isDisabled, onClick }: ActionButtonProps) {
  return (
    <Button appearance="subtle" isDisabled={isDisabled} onClick={onClick}>
      {label}
    </Button>
  );
}

/** The button under a list that appends one item, on its own row. */
export function AddButton({ label, isDisabled, onClick }: ActionButtonProps) {
  return (
    <Inline>
      <Button isDisabled={isDisabled} onClick={onClick}>
        {label}
      </Button>
    </Inline>
  );
}
