// How answers become a tier, under the impact criteria: each criterion's weight and answers, the
// score ranges per tier, and the escalation rules that raise a tier whatever the score.
import type { MacroScoring } from '../../../src/contract/ui-kit';
import type { Translate } from '../../shared/i18n';
import { useAppEnv } from '../../shared/app-env';
import { DataTable } from '../../shared/data-table';
import { TitledSection } from '../../shared/titled-section';
import { TextList } from './text-list';

const OPS = { eq: '=', neq: '≠', gte: '≥', lte: '≤' } as const;

/** `financial = 3 and reach ≥ 2`: the ids are the ones the criteria table lists. */
function conditionsText(when: MacroScoring['escalations'][number]['when'], t: Translate): string {
  return when
    .map((condition) => `${condition.criterion} ${OPS[condition.op]} ${String(condition.value)}`)
    .reduce((first, second) => t('ui.macro.scoring.and', { first, second }));
}

export function ScoringTables({ scoring }: { scoring: MacroScoring }) {
  const { t, locale } = useAppEnv();
  const number = new Intl.NumberFormat(locale);
  const tierNamed = (tier: number, name: string) => t('ui.common.tierNamed', { tier, name });
  return (
    <>
      <TitledSection id="cg-macro-scoring" title={t('ui.macro.scoring.criteriaTitle')}>
        <DataTable
          name="scoring-criteria"
          scroll
          caption={t('ui.macro.scoring.criteriaCaption')}
          columns={[
            t('ui.macro.scoring.criterion'),
            t('ui.macro.scoring.question'),
            { label: t('ui.macro.scoring.weight'), numeric: true },
            t('ui.macro.scoring.options'),
          ]}
        >
          {scoring.criteria.map((criterion) => (
            <tr key={criterion.id}>
              <th scope="row">
                <code>{criterion.id}</code>
              </th>
              <td>{criterion.question}</td>
              <td className="cg-num">{number.format(criterion.weight)}</td>
              <td>
                <TextList
                  items={criterion.options.map(
                    (option) => `${number.format(option.value)} · ${option.label}`,
                  )}
                />
              </td>
            </tr>
          ))}
        </DataTable>
      </TitledSection>
      <TitledSection id="cg-macro-thresholds" title={t('ui.macro.scoring.thresholdsTitle')}>
        <DataTable
          name="thresholds"
          caption={t('ui.macro.scoring.thresholdsCaption', {
            maxPoints: number.format(scoring.maxPoints),
          })}
          columns={[t('ui.macro.scoring.score'), t('ui.macro.columns.tier')]}
        >
          {scoring.thresholds.map((range) => (
            <tr key={range.tier}>
              <td className="cg-nowrap">
                {range.minScore === range.maxScore
                  ? number.format(range.minScore)
                  : `${number.format(range.minScore)}–${number.format(range.maxScore)}`}
              </td>
              <td>{tierNamed(range.tier, range.name)}</td>
            </tr>
          ))}
        </DataTable>
      </TitledSection>
      <TitledSection id="cg-macro-escalations" title={t('ui.macro.scoring.escalationsTitle')}>
        <DataTable
          name="escalations"
          scroll
          caption={t('ui.macro.scoring.escalationsCaption')}
          columns={[
            t('ui.macro.scoring.rule'),
            t('ui.macro.scoring.when'),
            t('ui.macro.scoring.minimumTier'),
          ]}
        >
          {scoring.escalations.length === 0 && (
            <tr>
              <td colSpan={3}>{t('ui.macro.scoring.noEscalations')}</td>
            </tr>
          )}
          {scoring.escalations.map((rule) => (
            <tr key={rule.id}>
              <td>{rule.description}</td>
              <td className="cg-nowrap">{conditionsText(rule.when, t)}</td>
              <td>{tierNamed(rule.minimumTier, rule.tierName)}</td>
            </tr>
          ))}
        </DataTable>
      </TitledSection>
    </>
  );
}
