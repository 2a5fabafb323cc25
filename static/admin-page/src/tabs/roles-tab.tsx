// Roles: who each role is in Jira (user, group, project role or the reporter), and per tier who
// reviews, approves and owns customer communication.
import { Stack, Text } from '@atlaskit/primitives';
import { localize, type Role } from '../../../../src/contract/ui-kit';
import { useAppEnv } from '../../../shared/app-env';
import { FieldErrors } from '../../../shared/field';
import { roleChoices } from '../choices';
import type { EditorProps } from '../editor-props';
import { binder } from '../fields/bind';
import { CommaListField } from '../fields/comma-list-field';
import { LocalizedTextField } from '../fields/localized-text-field';
import { PrincipalPicker } from '../fields/principal-picker';
import { MultiSelectField, SelectField } from '../fields/select-field';
import { removeAt, replaceAt } from '../immutable';
import { NewIdCard } from '../parts/new-id-card';
import { RemoveButton, TabSection, TierCard } from '../parts/tab-parts';
import { SectionCard } from '../section-card';

export function RolesTab({ config, problems, onChange }: EditorProps) {
  const { t, locale } = useAppEnv();
  const roles = roleChoices(config, locale);
  const setRoles = (next: Role[]) => {
    onChange({ ...config, roles: next });
  };
  const inUse = (roleId: string): boolean =>
    config.tierRoles.some(
      (e) =>
        e.reviewers.includes(roleId) || e.approvers.includes(roleId) || e.commsOwner === roleId,
    ) ||
    config.commsPlans.some((plan) => plan.steps.some((step) => step.ownerRole === roleId)) ||
    config.emergency.approverRole === roleId;
  const emergency = binder('emergency', config.emergency, problems, (next) => {
    onChange({ ...config, emergency: next });
  });
  const statuses = binder('approvalStatuses', config.approvalStatuses, problems, (next) => {
    onChange({ ...config, approvalStatuses: next });
  });

  return (
    <Stack space="space.300">
      <TabSection id="cfg-tier-roles" path="tierRoles" title={t('ui.admin.roles.perTierTitle')}>
        <FieldErrors id="cfg-tierRoles-error" problems={problems.get('tierRoles') ?? []} />
        {config.tierRoles.map((entry, index) => {
          const bind = binder(`tierRoles[${String(index)}]`, entry, problems, (next) => {
            onChange({ ...config, tierRoles: replaceAt(config.tierRoles, index, next) });
          });
          return (
            <TierCard key={entry.tier} config={config} tier={entry.tier} idPrefix="cfg-tier-roles">
              {(['reviewers', 'approvers'] as const).map((key) => (
                <MultiSelectField
                  key={key}
                  {...bind(key)}
                  label={t(`ui.admin.roles.${key}`)}
                  options={roles}
                />
              ))}
              <SelectField
                {...bind('commsOwner')}
                label={t('ui.admin.roles.commsOwner')}
                options={roles}
              />
            </TierCard>
          );
        })}
      </TabSection>

      <TabSection id="cfg-roles" title={t('ui.admin.roles.rolesTitle')}>
        <Text>{t('ui.admin.roles.rolesIntro')}</Text>
        {config.roles.map((role, index) => {
          const bind = binder(`roles[${String(index)}]`, role, problems, (next) => {
            setRoles(replaceAt(config.roles, index, next));
          });
          const name = localize(role.name, locale);
          return (
            <SectionCard
              key={role.id}
              id={`cfg-role-${role.id}`}
              title={`${name} (${role.id})`}
              actions={
                <RemoveButton
                  label={t('ui.admin.roles.remove', { role: name })}
                  isDisabled={inUse(role.id)}
                  onClick={() => {
                    setRoles(removeAt(config.roles, index));
                  }}
                />
              }
            >
              <LocalizedTextField {...bind('name')} label={t('ui.admin.roles.name')} />
              <PrincipalPicker {...bind('mapsTo')} roleName={name} />
            </SectionCard>
          );
        })}
        <NewIdCard
          list="roles"
          id="cfg-role-new"
          taken={config.roles.map((role) => role.id)}
          full={config.roles.length >= 60}
          onAdd={(id) => {
            setRoles([
              ...config.roles,
              { id, name: { 'en-US': id }, mapsTo: { kind: 'reporter' } },
            ]);
          }}
        />
      </TabSection>

      <TabSection id="cfg-emergency" title={t('ui.admin.roles.emergencyTitle')}>
        <SelectField
          {...emergency('approverRole')}
          label={t('ui.admin.roles.emergencyApprover')}
          options={roles}
        />
        {(['approved', 'declined'] as const).map((key) => (
          <CommaListField
            key={key}
            {...statuses(key)}
            label={t(`ui.admin.roles.${key}Statuses`)}
            helper={t('ui.admin.roles.statusesHelp')}
          />
        ))}
      </TabSection>
    </Stack>
  );
}
