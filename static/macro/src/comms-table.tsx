// The customer-communication plan: per tier, each step's offset from launch, channel and owner.
import Heading from '@atlaskit/heading';
import { Stack } from '@atlaskit/primitives';
import type { MacroTables } from '../../../src/contract/resolver-contract';
import type { Translate } from '../../shared/i18n';
import { useAppEnv } from '../../shared/app-env';

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
    <section aria-labelledby="cg-macro-comms">
      <Stack space="space.100">
        <Heading size="medium" as="h2" id="cg-macro-comms">
          {t('ui.macro.comms.title')}
        </Heading>
        <div className="cg-table-scroll">
          <table className="cg-table" data-table="comms">
            <caption>{t('ui.macro.comms.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('ui.macro.columns.tier')}</th>
                <th scope="col">{t('ui.macro.columns.when')}</th>
                <th scope="col">{t('ui.macro.columns.step')}</th>
                <th scope="col">{t('ui.macro.columns.channel')}</th>
                <th scope="col">{t('ui.macro.columns.owner')}</th>
              </tr>
            </thead>
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
          </table>
        </div>
      </Stack>
    </section>
  );
}
