// One touchpoint of the registry: its id (what intakes name), its name, the people, process and
// technology behind it (the service blueprint's lanes), and its owner, who reviews changes to it.
import Button from '@atlaskit/button/new';
import { Inline } from '@atlaskit/primitives';
import { useState } from 'react';
import { localize, type LocalizedText } from '../../../../src/contract/ui-kit';
import { useAppEnv } from '../../../shared/app-env';
import type { ProblemIndex } from '../../../shared/problems';
import { binder } from '../fields/bind';
import { LocalizedTextField } from '../fields/localized-text-field';
import { PrincipalPicker } from '../fields/principal-picker';
import { TextField } from '../fields/text-field';
import { fieldId } from '../paths';
import type { Touchpoint } from './journey-edits';

const LANES = ['people', 'process', 'technology'] as const;
const OWNER_KINDS = ['user', 'group', 'projectRole'] as const;
const EMPTY: LocalizedText = { 'en-US': '' };

interface TouchpointEditorProps {
  path: string;
  touchpoint: Touchpoint;
  problems: ProblemIndex;
  onChange: (next: Touchpoint) => void;
}

export function TouchpointEditor({ path, touchpoint, problems, onChange }: TouchpointEditorProps) {
  const { t, locale } = useAppEnv();
  const bind = binder(path, touchpoint, problems, onChange);
  const name = localize(touchpoint.name, locale) || touchpoint.id;
  // The blueprint lanes fold away so the journey reads at a glance; a problem in them keeps them open.
  const [lanesOpen, setLanesOpen] = useState(false);
  const laneProblem = [...problems.keys()].some((p) =>
    LANES.some((lane) => p === `${path}.${lane}` || p.startsWith(`${path}.${lane}.`)),
  );
  const lanesShown = lanesOpen || laneProblem;
  const lanesId = `${fieldId(path)}-lanes`;
  /** A lane left empty in both languages is left out: it is optional, not an empty text. */
  const setLane = (lane: (typeof LANES)[number], text: LocalizedText) => {
    const { [lane]: _dropped, ...rest } = touchpoint;
    onChange(text['en-US'] === '' && !text['it-IT'] ? rest : { ...rest, [lane]: text });
  };
  return (
    <>
      <TextField
        {...bind('id')}
        label={t('ui.journey.admin.touchpointId')}
        helper={t('ui.journey.admin.touchpointIdHelp')}
        maxLength={64}
      />
      <LocalizedTextField {...bind('name')} label={t('ui.journey.admin.touchpointName')} />
      <Inline>
        <Button
          appearance="subtle"
          aria-expanded={lanesShown}
          aria-controls={lanesId}
          isDisabled={laneProblem}
          onClick={() => {
            setLanesOpen(!lanesOpen);
          }}
        >
          {t(lanesShown ? 'ui.journey.admin.hideLanes' : 'ui.journey.admin.showLanes', { name })}
        </Button>
      </Inline>
      {lanesShown && (
        <div id={lanesId}>
          {LANES.map((lane) => (
            <LocalizedTextField
              key={lane}
              path={`${path}.${lane}`}
              label={t(`ui.journey.admin.lanes.${lane}`)}
              value={touchpoint[lane] ?? EMPTY}
              problems={problems}
              onChange={(text) => {
                setLane(lane, text);
              }}
            />
          ))}
        </div>
      )}
      <PrincipalPicker
        path={`${path}.owner`}
        roleName={t('ui.journey.admin.ownerOf', { touchpoint: name })}
        value={touchpoint.owner}
        problems={problems}
        kinds={OWNER_KINDS}
        onChange={(owner) => {
          // The picker also knows the reporter, which it is not offered here.
          if (owner.kind !== 'reporter') onChange({ ...touchpoint, owner });
        }}
      />
    </>
  );
}
