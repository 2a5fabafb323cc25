// Roles: who each role is in Jira (user, group, project role or the reporter), and per tier who
// reviews, approves and owns customer communication.
import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import { useState } from 'react';
import { localize, type Role, type TierRoles } from '../../../../src/contract/ui-kit';
import { useAppEnv } from '../../../shared/app-env';
import { FieldErrors } from '../../../shared/field';
import { roleChoices } from '../choices';
import type { EditorProps } from '../editor-props';
import { CommaListField } from '../fields/comma-list-field';
import { LocalizedTextField } from '../fields/localized-text-field';
import { PrincipalPicker } from '../fields/principal-picker';
import { MultiSelectField, SelectField } from '../fields/select-field';
import { TextField } from '../fields/text-field';
import { removeAt, replaceAt } from '../immutable';
import { fieldId } from '../paths';
import { SectionCard } from '../section-card';

const ID_PATTERN = /^[a-zA-Z][a-zA-Z0-9-]{0,63}$/;

export function RolesTab({ config, problems, onChange }: EditorProps) {
  const { t, locale } = useAppEnv();
  const [newId, setNewId] = useState('');
  const roles = roleChoices(config, locale);
  const idTaken = config.roles.some((role) => role.id === newId.trim());
  const idValid = ID_PATTERN.test(newId.trim()) && !idTaken;
  const setRoles = (next: Role[]) => {
    onChange({ ...config, roles: next });
  };
  const setTierRoles = (index: number, entry: TierRoles) => {
    onChange({ ...config, tierRoles: replaceAt(config.tierRoles, index, entry) });
  };
  const inUse = (roleId: string): boolean =>
    config.tierRoles.some(
      (e) =>
        e.reviewers.includes(roleId) || e.approvers.includes(roleId) || e.commsOwner === roleId,
    ) ||
    config.commsPlans.some((plan) => plan.steps.some((step) => step.ownerRole === roleId)) ||
    config.emergency.approverRole === roleId;

  return (
    <Stack space="space.300">
      <section aria-labelledby="cfg-tier-roles-title" id={fieldId('tierRoles')}>
        <Stack space="space.150">
          <Heading size="small" as="h3" id="cfg-tier-roles-title">
            {t('ui.admin.roles.perTierTitle')}
          </Heading>
          <FieldErrors id="cfg-tierRoles-error" problems={problems.get('tierRoles') ?? []} />
          {config.tierRoles.map((entry, index) => {
            const base = `tierRoles[${String(index)}]`;
            const tier = config.tiers.find((x) => x.tier === entry.tier);
            return (
              <SectionCard
                key={entry.tier}
                id={`cfg-tier-roles-${String(entry.tier)}`}
                title={t('ui.common.tierNamed', {
                  tier: entry.tier,
                  name: tier ? localize(tier.name, locale) : '?',
                })}
              >
                <MultiSelectField
                  path={`${base}.reviewers`}
                  label={t('ui.admin.roles.reviewers')}
                  options={roles}
                  values={entry.reviewers}
                  problems={problems}
                  onChange={(reviewers) => {
                    setTierRoles(index, { ...entry, reviewers });
                  }}
                />
                <MultiSelectField
                  path={`${base}.approvers`}
                  label={t('ui.admin.roles.approvers')}
                  options={roles}
                  values={entry.approvers}
                  problems={problems}
                  onChange={(approvers) => {
                    setTierRoles(index, { ...entry, approvers });
                  }}
                />
                <SelectField
                  path={`${base}.commsOwner`}
                  label={t('ui.admin.roles.commsOwner')}
                  options={roles}
                  value={entry.commsOwner}
                  problems={problems}
                  onChange={(commsOwner) => {
                    setTierRoles(index, { ...entry, commsOwner });
                  }}
                />
              </SectionCard>
            );
          })}
        </Stack>
      </section>

      <section aria-labelledby="cfg-roles-title">
        <Stack space="space.150">
          <Heading size="small" as="h3" id="cfg-roles-title">
            {t('ui.admin.roles.rolesTitle')}
          </Heading>
          <Text>{t('ui.admin.roles.rolesIntro')}</Text>
          {config.roles.map((role, index) => {
            const base = `roles[${String(index)}]`;
            const name = localize(role.name, locale);
            return (
              <SectionCard
                key={role.id}
                id={`cfg-role-${role.id}`}
                title={`${name} (${role.id})`}
                actions={
                  <Button
                    appearance="subtle"
                    isDisabled={inUse(role.id)}
                    onClick={() => {
                      setRoles(removeAt(config.roles, index));
                    }}
                  >
                    {t('ui.admin.roles.remove', { role: name })}
                  </Button>
                }
              >
                <LocalizedTextField
                  path={`${base}.name`}
                  label={t('ui.admin.roles.name')}
                  value={role.name}
                  problems={problems}
                  onChange={(value) => {
                    setRoles(replaceAt(config.roles, index, { ...role, name: value }));
                  }}
                />
                <PrincipalPicker
                  path={`${base}.mapsTo`}
                  roleName={name}
                  value={role.mapsTo}
                  problems={problems}
                  onChange={(mapsTo) => {
                    setRoles(replaceAt(config.roles, index, { ...role, mapsTo }));
                  }}
                />
              </SectionCard>
            );
          })}
          <SectionCard id="cfg-role-new" title={t('ui.admin.roles.addTitle')}>
            <Inline space="space.100" alignBlock="end">
              <TextField
                path="roles-new-id"
                label={t('ui.admin.roles.newId')}
                value={newId}
                problems={
                  new Map(
                    newId.trim() !== '' && !idValid
                      ? [
                          [
                            'roles-new-id',
                            [
                              t(
                                idTaken
                                  ? 'ui.admin.criteria.idTaken'
                                  : 'ui.admin.criteria.idInvalid',
                              ),
                            ],
                          ],
                        ]
                      : [],
                  )
                }
                onChange={setNewId}
              />
              <Button
                isDisabled={!idValid || config.roles.length >= 60}
                onClick={() => {
                  const id = newId.trim();
                  setRoles([
                    ...config.roles,
                    { id, name: { 'en-US': id }, mapsTo: { kind: 'reporter' } },
                  ]);
                  setNewId('');
                }}
              >
                {t('ui.admin.roles.add')}
              </Button>
            </Inline>
          </SectionCard>
        </Stack>
      </section>

      <section aria-labelledby="cfg-emergency-title">
        <Stack space="space.150">
          <Heading size="small" as="h3" id="cfg-emergency-title">
            {t('ui.admin.roles.emergencyTitle')}
          </Heading>
          <SelectField
            path="emergency.approverRole"
            label={t('ui.admin.roles.emergencyApprover')}
            options={roles}
            value={config.emergency.approverRole}
            problems={problems}
            onChange={(approverRole) => {
              onChange({ ...config, emergency: { ...config.emergency, approverRole } });
            }}
          />
          <CommaListField
            path="approvalStatuses.approved"
            label={t('ui.admin.roles.approvedStatuses')}
            helper={t('ui.admin.roles.statusesHelp')}
            values={config.approvalStatuses.approved}
            problems={problems}
            onChange={(approved) => {
              onChange({ ...config, approvalStatuses: { ...config.approvalStatuses, approved } });
            }}
          />
          <CommaListField
            path="approvalStatuses.declined"
            label={t('ui.admin.roles.declinedStatuses')}
            helper={t('ui.admin.roles.statusesHelp')}
            values={config.approvalStatuses.declined}
            problems={problems}
            onChange={(declined) => {
              onChange({ ...config, approvalStatuses: { ...config.approvalStatuses, declined } });
            }}
          />
        </Stack>
      </section>
    </Stack>
  );
}
