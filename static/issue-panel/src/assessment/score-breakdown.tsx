// What explains the tier: each criterion's answer, weight and points, then the score they make.
import { Stack, Text } from '@atlaskit/primitives';
import { type Assessed, localize, type PanelConfig } from '../../../../src/contract/ui-kit';
import { useAppEnv } from '../../../shared/app-env';
import { DataTable } from '../../../shared/data-table';
import { formatNumber } from '../../../shared/dates';

export function ScoreBreakdown({
  assessment,
  config,
}: {
  assessment: Assessed;
  config: PanelConfig;
}) {
  const { t, locale } = useAppEnv();
  const total = assessment.points.reduce((sum, p) => sum + p.points, 0);
  const max = assessment.points.reduce((sum, p) => sum + p.maxPoints, 0);
  return (
    <Stack space="space.100">
      <DataTable
        caption={t('ui.panel.assessment.pointsCaption')}
        columns={[
          t('ui.panel.assessment.criterion'),
          t('ui.panel.assessment.answer'),
          { label: t('ui.panel.assessment.weight'), numeric: true },
          { label: t('ui.panel.assessment.points'), numeric: true },
        ]}
        footer={
          <tr>
            <th scope="row" colSpan={3}>
              {t('ui.panel.assessment.total')}
            </th>
            <td className="cg-num">
              {t('ui.panel.assessment.pointsOf', {
                points: formatNumber(total, locale),
                max: formatNumber(max, locale),
              })}
            </td>
          </tr>
        }
      >
        {assessment.points.map((p) => {
          const criterion = config.criteria.find((c) => c.id === p.criterion);
          const option = criterion?.options.find((o) => o.value === p.answer);
          return (
            <tr key={p.criterion} className={p.points > 0 ? undefined : 'cg-muted'}>
              <th scope="row">{criterion ? localize(criterion.question, locale) : p.criterion}</th>
              <td>
                {option
                  ? `${String(p.answer)} · ${localize(option.label, locale)}`
                  : String(p.answer)}
              </td>
              <td className="cg-num">{formatNumber(p.weight, locale)}</td>
              <td className="cg-num">
                {t('ui.panel.assessment.pointsOf', {
                  points: formatNumber(p.points, locale),
                  max: formatNumber(p.maxPoints, locale),
                })}
              </td>
            </tr>
          );
        })}
      </DataTable>
      <Text color="color.text.subtle">
        {t('ui.panel.assessment.scoreFormula', {
          points: formatNumber(total, locale),
          max: formatNumber(max, locale),
          score: assessment.score,
          tier: assessment.scoreTier,
        })}
      </Text>
    </Stack>
  );
}
