// One stage, step or touchpoint of the journey as a card: its heading at the level that nests it
// (stage h3, step h4, touchpoint h5) and the buttons that move it one place or remove it. After a
// move the button pressed keeps the focus at the item's new place, so a keyboard user can go on.
import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import { Inline, Stack } from '@atlaskit/primitives';
import type { ReactNode } from 'react';
import { useT } from '../../../shared/app-env';
import { fieldId } from '../paths';

interface JourneyItemCardProps {
  /** The item's configuration path, e.g. `journey.stages[1].steps[0]`. */
  path: string;
  /** The path the item would have at another index of the same list. */
  pathAt: (index: number) => string;
  index: number;
  count: number;
  level: 'h3' | 'h4' | 'h5';
  title: string;
  /** The item's name, for the buttons' labels ("Move Checkout up"). */
  name: string;
  /** Why it cannot be removed (the last stage), or null. */
  removeBlocked?: boolean;
  onMove: (to: number) => void;
  onRemove: () => void;
  children: ReactNode;
}

const SIZES = { h3: 'small', h4: 'xsmall', h5: 'xxsmall' } as const;

const buttonId = (path: string, action: 'up' | 'down') => `${fieldId(path)}-${action}`;

export function JourneyItemCard(props: JourneyItemCardProps) {
  const {
    path,
    pathAt,
    index,
    count,
    level,
    title,
    name,
    removeBlocked,
    onMove,
    onRemove,
    children,
  } = props;
  const t = useT();
  const headingId = `${fieldId(path)}-title`;
  const move = (action: 'up' | 'down') => {
    const to = action === 'up' ? index - 1 : index + 1;
    onMove(to);
    // The list re-renders by position: the button of the item's new place takes the focus.
    window.setTimeout(() => {
      const target = document.getElementById(buttonId(pathAt(to), action));
      const fallback = document.getElementById(
        buttonId(pathAt(to), action === 'up' ? 'down' : 'up'),
      );
      const usable = target instanceof HTMLButtonElement && !target.disabled ? target : fallback;
      usable?.focus();
    }, 0);
  };
  return (
    <section className="cg-card" aria-labelledby={headingId} id={fieldId(path)}>
      <Stack space="space.150">
        <Inline spread="space-between" alignBlock="center" shouldWrap space="space.100">
          <Heading size={SIZES[level]} as={level} id={headingId}>
            {title}
          </Heading>
          <Inline space="space.050">
            <Button
              id={buttonId(path, 'up')}
              appearance="subtle"
              isDisabled={index === 0}
              onClick={() => {
                move('up');
              }}
            >
              {t('ui.journey.admin.moveUp', { name })}
            </Button>
            <Button
              id={buttonId(path, 'down')}
              appearance="subtle"
              isDisabled={index === count - 1}
              onClick={() => {
                move('down');
              }}
            >
              {t('ui.journey.admin.moveDown', { name })}
            </Button>
            <Button appearance="subtle" isDisabled={removeBlocked} onClick={onRemove}>
              {t('ui.journey.admin.remove', { name })}
            </Button>
          </Inline>
        </Inline>
        {children}
      </Stack>
    </section>
  );
}
