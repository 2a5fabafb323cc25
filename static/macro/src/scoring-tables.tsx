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
          rows={scoring.criteria}
          rowKey={(criterion) => criterion.id}
          columns={[
            {
              header: t('ui.macro.scoring.criterion'),
              rowHeader: true,
              cell: (criterion) => <code>{criterion.id}</code>,
            },
            { header: t('ui.macro.scoring.question'), cell: (criterion) => criterion.question },
            {
              header: t('ui.macro.scoring.weight'),
              numeric: true,
              cell: (criterion) => number.format(criterion.weight),
            },
            {
              header: t('ui.macro.scoring.options'),
              cell: (criterion) => (
                <TextList
                  items={criterion.options.map(
                    (option) => `${number.format(option.value)} · ${option.label}`,
                  )}
                />
              ),
            },
          ]}
        />
      </TitledSection>
      <TitledSection id="cg-macro-thresholds" title={t('ui.macro.scoring.thresholdsTitle')}>
        <DataTable
          name="thresholds"
          caption={t('ui.macro.scoring.thresholdsCaption', {
            maxPoints: number.format(scoring.maxPoints),
          })}
          rows={scoring.thresholds}
          rowKey={(range) => range.tier}
          columns={[
            {
              header: t('ui.macro.scoring.score'),
              className: 'cg-nowrap',
              cell: (range) =>
                range.minScore === range.maxScore
                  ? number.format(range.minScore)
                  : `${number.format(range.minScore)}–${number.format(range.maxScore)}`,
            },
            {
              header: t('ui.macro.columns.tier'),
              cell: (range) => tierNamed(range.tier, range.name),
            },
          ]}
        />
      </TitledSection>
      <TitledSection id="cg-macro-escalations" title={t('ui.macro.scoring.escalationsTitle')}>
        <DataTable
          name="escalations"
          scroll
          caption={t('ui.macro.scoring.escalationsCaption')}
          rows={scoring.escalations}
          rowKey={(rule) => rule.id}
          empty={t('ui.macro.scoring.noEscalations')}
          columns={[
            { header: t('ui.macro.scoring.rule'), cell: (rule) => rule.description },
            {
              header: t('ui.macro.scoring.when'),
              className: 'cg-nowrap',
              cell: (rule) => conditionsText(rule.when, t),
            },
            {
              header: t('ui.macro.scoring.minimumTier'),
              cell: (rule) => tierNamed(rule.minimumTier, rule.tierName),
            },
          ]}
        />
      </TitledSection>
    </>
  );
}
