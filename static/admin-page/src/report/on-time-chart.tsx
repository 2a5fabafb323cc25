// The report at a glance: for each quarter, one bar per tier with the share of first customer
// notices done on time. Drawn to SVG with visx (loaded only when the report is shown, see
// report-view.tsx); the table beneath carries the same numbers for anyone who cannot see the bars.
import { AxisBottom, AxisLeft } from '@visx/axis';
import { Group } from '@visx/group';
import { scaleBand, scaleLinear } from '@visx/scale';
import { Bar } from '@visx/shape';
import { useId } from 'react';
import type { NoticeReportView } from '../../../../src/contract/report-contract';
import { useAppEnv } from '../../../shared/app-env';
import { tierColour } from './tier-colours';

const WIDTH = 640;
const HEIGHT = 260;
const MARGIN = { top: 12, right: 12, bottom: 36, left: 48 };

export interface OnTimeChartProps {
  report: NoticeReportView;
  tierLabel: (tier: number) => string;
  percent: (share: number) => string;
}

export default function OnTimeChart({ report, tierLabel, percent }: OnTimeChartProps) {
  const { t } = useAppEnv();
  const id = useId();
  const innerWidth = WIDTH - MARGIN.left - MARGIN.right;
  const innerHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const x = scaleBand<string>({ domain: report.quarters, range: [0, innerWidth], padding: 0.2 });
  const group = scaleBand<number>({
    domain: report.tiers,
    range: [0, x.bandwidth()],
    padding: 0.1,
  });
  const y = scaleLinear<number>({ domain: [0, 1], range: [innerHeight, 0] });
  const axisText = { fill: 'var(--ds-text-subtle, #44546f)', fontSize: 11 };
  const shares = report.rows.filter((row) => row.onTimeShare !== null);
  const summary =
    shares.length === 0
      ? t('ui.report.chartNone')
      : shares
          .map((row) =>
            t('ui.report.chartBar', {
              tier: tierLabel(row.tier),
              quarter: row.quarter,
              share: percent(row.onTimeShare ?? 0),
            }),
          )
          .join('; ');

  return (
    <svg
      viewBox={`0 0 ${String(WIDTH)} ${String(HEIGHT)}`}
      width="100%"
      // Wide enough to read at a glance, never so wide that its labels outgrow the page's text.
      style={{ maxWidth: `${String(WIDTH + 80)}px` }}
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      data-chart="on-time"
    >
      <title id={`${id}-title`}>{t('ui.report.chartTitle')}</title>
      <desc id={`${id}-desc`}>{t('ui.report.chartDesc', { summary })}</desc>
      <Group left={MARGIN.left} top={MARGIN.top}>
        {report.quarters.map((quarter) => (
          <Group key={quarter} left={x(quarter) ?? 0}>
            {report.tiers.map((tier, index) => {
              const share = report.rows.find(
                (row) => row.tier === tier && row.quarter === quarter,
              )?.onTimeShare;
              if (share === null || share === undefined) return null;
              const top = y(share);
              return (
                <Bar
                  key={tier}
                  x={group(tier) ?? 0}
                  y={top}
                  width={group.bandwidth()}
                  // A 0 % bar keeps a hairline, so "none on time" does not read as "no data".
                  height={Math.max(1, innerHeight - top)}
                  fill={tierColour(index)}
                  data-tier={tier}
                  data-quarter={quarter}
                  data-share={share}
                />
              );
            })}
          </Group>
        ))}
        <AxisLeft
          scale={y}
          numTicks={5}
          tickFormat={(value) => percent(Number(value))}
          tickLabelProps={() => ({ ...axisText, textAnchor: 'end', dx: -4, dy: 3 })}
          stroke="var(--ds-border, #091e4224)"
          tickStroke="var(--ds-border, #091e4224)"
        />
        <AxisBottom
          scale={x}
          top={innerHeight}
          tickLabelProps={() => ({ ...axisText, textAnchor: 'middle' })}
          stroke="var(--ds-border, #091e4224)"
          tickStroke="var(--ds-border, #091e4224)"
        />
      </Group>
    </svg>
  );
}
