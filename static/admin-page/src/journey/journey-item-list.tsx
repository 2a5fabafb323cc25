// The list editor every level of the journey shares (stages, a stage's steps, a step's
// touchpoints): a card per item with its move and remove buttons, the item's own editor inside,
// and the button that adds one more.
import type { ReactNode } from 'react';
import { removeAt, replaceAt } from '../immutable';
import { AddButton } from '../parts/tab-parts';
import { JourneyItemCard } from './journey-item-card';
import { moveItem } from './journey-edits';

interface JourneyItemListProps<T> {
  /** The list's configuration path, e.g. `journey.stages[1].steps`. */
  listPath: string;
  items: readonly T[];
  level: 'h3' | 'h4' | 'h5';
  /** The item's name, for its heading and its buttons' labels. */
  nameOf: (item: T) => string;
  titleOf: (item: T, index: number, name: string) => string;
  /** Whether items may not be removed (the registry needs one stage). */
  removeBlocked?: boolean;
  addLabel: string;
  /** The schema's limit for this list. */
  max: number;
  newItem: () => T;
  onChange: (items: T[]) => void;
  /** The item's own fields and nested lists. */
  children: (item: T, path: string, onItemChange: (next: T) => void) => ReactNode;
}

export function JourneyItemList<T>(props: JourneyItemListProps<T>) {
  const { listPath, items, level, nameOf, titleOf, removeBlocked, addLabel, max } = props;
  const { newItem, onChange, children } = props;
  const at = (index: number) => `${listPath}[${String(index)}]`;
  return (
    <>
      {items.map((item, index) => {
        const name = nameOf(item);
        return (
          <JourneyItemCard
            key={index}
            path={at(index)}
            pathAt={at}
            index={index}
            count={items.length}
            level={level}
            title={titleOf(item, index, name)}
            name={name}
            {...(removeBlocked === undefined ? {} : { removeBlocked })}
            onMove={(to) => {
              onChange(moveItem(items, index, to));
            }}
            onRemove={() => {
              onChange(removeAt(items, index));
            }}
          >
            {children(item, at(index), (next) => {
              onChange(replaceAt(items, index, next));
            })}
          </JourneyItemCard>
        );
      })}
      <AddButton
        label={addLabel}
        isDisabled={items.length >= max}
        onClick={() => {
          onChange([...items, newItem()]);
        }}
      />
    </>
  );
}
