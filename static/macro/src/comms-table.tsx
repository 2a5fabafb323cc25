// The customer-communication plan: per tier, each step's offset from launch, channel and owner.
import type { MacroTables } from '../../../src/contract/ui-kit';
import type { Translate } from '../../shared/i18n';
import { useAppEnv } from '../../shared/app-env';
import { DataTable } from '../../shared/data-table';
import { TitledSection } from '../../shared/titled-section';

function offsetText(offsetDays: number, t: Translate, format: Intl.NumberFormat): string {
  if (offsetDays === 0) return t('ui.macro.offset.launch');
  const days = format.format(Math.abs(offsetDays));
  return offsetDays < 0
    ? t('ui.macro.offset.before', { days })
    : t('ui.macro.offset.after', { days });
}

export function CommsTable({ plans }: { plans: MacroTables['comms'] }) {
  const { t, locale } = useAppEnv();
  const format = new Intl.NumberFormat(locale);
  return (
    <TitledSection id="cg-macro-comms" level="h2" title={t('ui.macro.comms.title')}>
      <DataTable
        name="comms"
        scroll
        grouped
        caption={t('ui.macro.comms.caption')}
        columns={[
          t('ui.macro.columns.tier'),
          t('ui.macro.columns.when'),
          t('ui.macro.columns.step'),
          t('ui.macro.columns.channel'),
          t('ui.macro.columns.owner'),
        ]}
      >
        {plans.map((plan) => (
          <tbody key={plan.tier}>
            {plan.steps.length === 0 && (
              <tr className="cg-group-start">
                <th scope="row">
                  {t('ui.common.tierNamed', { tier: plan.tier, name: plan.name })}
                </th>
                <td colSpan={4}>{t('ui.macro.comms.noSteps')}</td>
              </tr>
            )}
            {plan.steps.map((step, index) => (
              <tr
                key={`${String(plan.tier)}-${String(index)}`}
                className={index === 0 ? 'cg-group-start' : undefined}
              >
                {index === 0 && (
                  <th scope="rowgroup" rowSpan={plan.steps.length}>
                    {t('ui.common.tierNamed', { tier: plan.tier, name: plan.name })}
                  </th>
                )}
                <td className="cg-nowrap">{offsetText(step.offsetDays, t, format)}</td>
                <td>{step.title}</td>
                <td>{step.channel}</td>
                <td>{step.owner}</td>
              </tr>
            ))}
          </tbody>
        ))}
      </DataTable>
    </TitledSection>
  );
}
