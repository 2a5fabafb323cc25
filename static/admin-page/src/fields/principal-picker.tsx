// Who a role maps to: a user, a group or a project role found through Jira, or the reporter.
import { AsyncSelect } from '@atlaskit/select';
import Select from '@atlaskit/select';
import { useRef } from 'react';
import type { PrincipalOption, RoleMapping } from '../../../../src/contract/ui-kit';
import { useT } from '../../../shared/app-env';
import { Field } from '../../../shared/field';
import { invoke } from '../../../shared/invoke';
import type { ProblemIndex } from '../../../shared/problems';
import { fieldId } from '../paths';

type Kind = RoleMapping['kind'];
const KINDS: readonly Kind[] = ['user', 'group', 'projectRole', 'reporter'];

interface Choice {
  value: string;
  label: string;
}

const idOf = (mapping: RoleMapping): string => {
  switch (mapping.kind) {
    case 'user':
      return mapping.accountId;
    case 'group':
      return mapping.groupName;
    case 'projectRole':
      return mapping.roleName;
    case 'reporter':
      return '';
    default: {
      const _exhaustive: never = mapping;
      return _exhaustive;
    }
  }
};

function mappingFor(kind: Kind, id: string): RoleMapping {
  switch (kind) {
    case 'user':
      return { kind, accountId: id };
    case 'group':
      return { kind, groupName: id };
    case 'projectRole':
      return { kind, roleName: id };
    case 'reporter':
      return { kind };
    default: {
      const _exhaustive: never = kind;
      return _exhaustive;
    }
  }
}

const pathOf = (base: string, kind: Kind): string => {
  switch (kind) {
    case 'user':
      return `${base}.accountId`;
    case 'group':
      return `${base}.groupName`;
    case 'projectRole':
      return `${base}.roleName`;
    case 'reporter':
      return base;
    default: {
      const _exhaustive: never = kind;
      return _exhaustive;
    }
  }
};

interface PrincipalPickerProps {
  /** The configuration path of the mapping, e.g. `roles[3].mapsTo`. */
  path: string;
  roleName: string;
  value: RoleMapping;
  problems: ProblemIndex;
  onChange: (value: RoleMapping) => void;
  /** The kinds offered; a touchpoint's owner, for one, cannot be the reporter. */
  kinds?: readonly Kind[];
}

export function PrincipalPicker({
  path,
  roleName,
  value,
  problems,
  onChange,
  kinds = KINDS,
}: PrincipalPickerProps) {
  const t = useT();
  // Names found by searching, so a chosen person shows by name rather than account id.
  const labels = useRef(new Map<string, string>());
  const kindChoices: Choice[] = kinds.map((kind) => ({
    value: kind,
    label: t(`ui.admin.roles.kinds.${kind}`),
  }));
  const currentId = idOf(value);
  const current: Choice | null =
    currentId === ''
      ? null
      : { value: currentId, label: labels.current.get(`${value.kind}:${currentId}`) ?? currentId };
  const principalPath = pathOf(path, value.kind);
  const kindPath = `${path}.kind`;

  const search = async (query: string): Promise<Choice[]> => {
    if (value.kind === 'reporter') return [];
    const answer = await invoke('searchPrincipals', {
      kind: value.kind,
      query: query.slice(0, 100),
    });
    if (!answer.ok) return [];
    return answer.data.map((option: PrincipalOption) => {
      labels.current.set(`${option.kind}:${option.id}`, option.label);
      return { value: option.id, label: option.label };
    });
  };

  return (
    <div className="cg-grid-2">
      <Field
        id={fieldId(kindPath)}
        label={t('ui.admin.roles.mapsToKind', { role: roleName })}
        problems={problems.get(kindPath)}
      >
        {({ id, describedBy }) => (
          <Select<Choice>
            inputId={id}
            aria-describedby={describedBy}
            options={kindChoices}
            value={kindChoices.find((choice) => choice.value === value.kind) ?? null}
            menuPosition="fixed"
            onChange={(choice) => {
              const kind = kinds.find((k) => k === choice?.value);
              if (kind && kind !== value.kind) onChange(mappingFor(kind, ''));
            }}
          />
        )}
      </Field>
      {value.kind !== 'reporter' && (
        <Field
          id={fieldId(principalPath)}
          label={t(`ui.admin.roles.pick.${value.kind}`, { role: roleName })}
          problems={[
            ...(problems.get(principalPath) ?? []),
            ...(principalPath === path ? [] : (problems.get(path) ?? [])),
          ]}
        >
          {({ id, describedBy, invalid }) => (
            <AsyncSelect<Choice>
              // A new kind searches a new list.
              key={value.kind}
              inputId={id}
              aria-describedby={describedBy}
              isInvalid={invalid}
              cacheOptions
              defaultOptions
              loadOptions={search}
              value={current}
              placeholder={t('ui.admin.roles.searchPlaceholder')}
              noOptionsMessage={() => t('ui.admin.roles.noMatches')}
              menuPosition="fixed"
              onChange={(choice) => {
                if (choice) onChange(mappingFor(value.kind, choice.value));
              }}
            />
          )}
        </Field>
      )}
    </div>
  );
}
