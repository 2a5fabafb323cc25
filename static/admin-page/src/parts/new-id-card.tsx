// The card that adds a new item by id (a criterion, a role): the id must be well formed and unused,
// and the reason it is not is shown on the field while the add button stays disabled.
import Button from '@atlaskit/button/new';
import { Inline } from '@atlaskit/primitives';
import { useState } from 'react';
import { useT } from '../../../shared/app-env';
import { TextField } from '../fields/text-field';
import { SectionCard } from '../section-card';

const ID_PATTERN = /^[a-zA-Z][a-zA-Z0-9-]{0,63}$/;

interface NewIdCardProps {
  /** The list added to: it names the field's path (`criteria-new-id`) and the card's words. */
  list: 'criteria' | 'roles';
  /** The card's DOM id. */
  id: string;
  helper?: string;
  taken: readonly string[];
  /** The list is full: no more items may be added. */
  full: boolean;
  onAdd: (id: string) => void;
}

export function NewIdCard(props: NewIdCardProps) {
  const { list, id, helper, taken, full, onAdd } = props;
  const t = useT();
  const path = `${list}-new-id`;
  const [newId, setNewId] = useState('');
  const trimmed = newId.trim();
  const idTaken = taken.includes(trimmed);
  const idValid = ID_PATTERN.test(trimmed) && !idTaken;
  const problem = t(idTaken ? 'ui.admin.criteria.idTaken' : 'ui.admin.criteria.idInvalid');
  return (
    <SectionCard id={id} title={t(`ui.admin.${list}.addTitle`)}>
      <Inline space="space.100" alignBlock="end">
        <TextField
          path={path}
          label={t(`ui.admin.${list}.newId`)}
          helper={helper}
          value={newId}
          problems={new Map(trimmed !== '' && !idValid ? [[path, [problem]]] : [])}
          onChange={setNewId}
        />
        <Button
          isDisabled={!idValid || full}
          onClick={() => {
            onAdd(trimmed);
            setNewId('');
          }}
        >
          {t(`ui.admin.${list}.add`)}
        </Button>
      </Inline>
    </SectionCard>
  );
}
