// Impact criteria: per tier, what it means for support, PR and finance, its lead time and examples.
import Heading from '@atlaskit/heading';
import { Stack } from '@atlaskit/primitives';
import type { MacroTables } from '../../../src/contract/resolver-contract';
import { useAppEnv } from '../../shared/app-env';
import { TextList } from './text-list';

export function CriteriaTable({ rows }: { rows: MacroTables['criteria'] }) {
  const { t, locale } = useAppEnv();
  const days = new Intl.NumberFormat(locale);
  return (
    <section aria-labelledby="cg-macro-criteria">
      <Stack space="space.100">
        <Heading size="medium" as="h2" id="cg-macro-criteria">
          {t('ui.macro.criteria.title')}
        </Heading>
        <div className="cg-table-scroll">
          <table className="cg-table" data-table="criteria">
            <caption>{t('ui.macro.criteria.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('ui.macro.columns.tier')}</th>
                <th scope="col">{t('ui.common.effects.cx')}</th>
                <th scope="col">{t('ui.common.effects.pr')}</th>
                <th scope="col">{t('ui.common.effects.finance')}</th>
                <th scope="col" className="cg-num">
                  {t('ui.macro.columns.leadTime')}
                </th>
                <th scope="col">{t('ui.macro.columns.examples')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.tier}>
                  <th scope="row">
                    {t('ui.common.tierNamed', { tier: row.tier, name: row.name })}
                  </th>
                  <td>{row.cx}</td>
                  <td>{row.pr}</td>
                  <td>{row.finance}</td>
                  <td className="cg-num">
                    {t('ui.macro.days', { days: days.format(row.leadTimeDays) })}
                  </td>
                  <td>
                    <TextList items={row.examples} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </Stack>
    </section>
  );
}
