// What one saved version contains, read only: tiers with their lead time and threshold, criteria
// with their weight (next to the weight in force where it differs), escalation rules,
// responsibilities and comms plans per tier.
import Heading from '@atlaskit/heading';
import { Stack, Text } from '@atlaskit/primitives';
import type { ReactNode } from 'react';
import { type GovernanceConfig, localize } from '../../../../src/contract/ui-kit';
import { useAppEnv } from '../../../shared/app-env';
import { type Column, DataTable } from '../../../shared/data-table';

interface VersionContentsProps {
  version: number;
  config: GovernanceConfig;
  /** The configuration in force, to point out the weights that differ; null when unknown. */
  inForce: GovernanceConfig | null;
}

function Part({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id}>
      <Stack space="space.075">
        <Heading size="xxsmall" as="h6" id={id}>
          {title}
        </Heading>
        {children}
      </Stack>
    </section>
  );
}

interface TablePartProps {
  id: string;
  title: string;
  caption: string;
  columns: Column[];
  children: ReactNode;
}

/** A titled part that is one scrolling table, as most parts of a version are. */
function TablePart({ id, title, caption, columns, children }: TablePartProps) {
  return (
    <Part id={id} title={title}>
      <DataTable scroll caption={caption} columns={columns}>
        {children}
      </DataTable>
    </Part>
  );
}

export function VersionContents({ version, config, inForce }: VersionContentsProps) {
  const { t, locale } = useAppEnv();
  const roleName = (id: string): string => {
    const role = config.roles.find((r) => r.id === id);
    return role ? localize(role.name, locale) : id;
  };
  const roleNames = (ids: readonly string[]): string =>
    ids.length === 0 ? '—' : ids.map(roleName).join(', ');
  const tierName = (tier: number): string => {
    const found = config.tiers.find((x) => x.tier === tier);
    return t('ui.common.tierNamed', { tier, name: found ? localize(found.name, locale) : '' });
  };
  const prefix = `cfg-version-${String(version)}`;

  return (
    <Stack space="space.200">
      <TablePart
        id={`${prefix}-tiers`}
        title={t('ui.admin.tabs.tiers')}
        caption={t('ui.admin.history.tiersCaption', { version })}
        columns={[
          t('ui.admin.history.tier'),
          t('ui.admin.tiers.name'),
          { label: t('ui.admin.tiers.leadTime'), numeric: true },
          { label: t('ui.admin.history.minScore'), numeric: true },
        ]}
      >
        {config.tiers.map((tier) => {
          const threshold = config.thresholds.find((x) => x.tier === tier.tier);
          return (
            <tr key={tier.tier}>
              <th scope="row">{String(tier.tier)}</th>
              <td>{localize(tier.name, locale)}</td>
              <td className="cg-num">{tier.leadTimeDays ?? '—'}</td>
              <td className="cg-num">{threshold ? String(threshold.minScore) : '—'}</td>
            </tr>
          );
        })}
      </TablePart>

      <TablePart
        id={`${prefix}-criteria`}
        title={t('ui.admin.tabs.criteria')}
        caption={t('ui.admin.history.criteriaCaption', { version })}
        columns={[
          t('ui.admin.criteria.question'),
          { label: t('ui.admin.criteria.weight'), numeric: true },
          t('ui.admin.history.inForceColumn'),
        ]}
      >
        {config.criteria.map((criterion) => {
          const current = inForce?.criteria.find((c) => c.id === criterion.id);
          const note =
            inForce === null
              ? ''
              : current === undefined
                ? t('ui.admin.history.notInForce')
                : current.weight === criterion.weight
                  ? t('ui.admin.history.sameInForce')
                  : t('ui.admin.history.weightInForce', { weight: current.weight });
          return (
            <tr key={criterion.id}>
              <th scope="row">{localize(criterion.question, locale)}</th>
              <td className="cg-num">{String(criterion.weight)}</td>
              <td>{note}</td>
            </tr>
          );
        })}
      </TablePart>

      <Part id={`${prefix}-rules`} title={t('ui.admin.scoring.rulesTitle')}>
        {config.escalations.length === 0 ? (
          <Text>{t('ui.admin.history.noRules')}</Text>
        ) : (
          <ul className="cg-list">
            {config.escalations.map((rule) => (
              <li key={rule.id}>
                {t('ui.admin.preview.escalation', {
                  rule: localize(rule.description, locale),
                  tier: rule.minimumTier,
                })}
              </li>
            ))}
          </ul>
        )}
      </Part>

      <TablePart
        id={`${prefix}-roles`}
        title={t('ui.admin.roles.perTierTitle')}
        caption={t('ui.admin.history.rolesCaption', { version })}
        columns={[
          t('ui.admin.history.tier'),
          t('ui.admin.roles.reviewers'),
          t('ui.admin.roles.approvers'),
          t('ui.admin.roles.commsOwner'),
        ]}
      >
        {config.tierRoles.map((row) => (
          <tr key={row.tier}>
            <th scope="row">{tierName(row.tier)}</th>
            <td>{roleNames(row.reviewers)}</td>
            <td>{roleNames(row.approvers)}</td>
            <td>{roleName(row.commsOwner)}</td>
          </tr>
        ))}
      </TablePart>

      <TablePart
        id={`${prefix}-comms`}
        title={t('ui.admin.tabs.comms')}
        caption={t('ui.admin.history.commsCaption', { version })}
        columns={[t('ui.admin.history.tier'), t('ui.admin.history.steps')]}
      >
        {config.commsPlans.map((plan) => (
          <tr key={plan.tier}>
            <th scope="row">{tierName(plan.tier)}</th>
            <td>
              {plan.steps.length === 0 ? (
                '—'
              ) : (
                <ul className="cg-list">
                  {plan.steps.map((step) => (
                    <li key={step.id}>
                      {t('ui.admin.history.step', {
                        offset: step.offsetDays,
                        title: localize(step.title, locale),
                        owner: roleName(step.ownerRole),
                      })}
                    </li>
                  ))}
                </ul>
              )}
            </td>
          </tr>
        ))}
      </TablePart>
    </Stack>
  );
}
