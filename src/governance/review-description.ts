// The post-launch review ticket carries the change's objectives, so whoever runs the review sees what
// to measure without opening the change request: a table of KPI, baseline → target and unit, and the
// day to measure by, in the site's language.
import {
  doc,
  heading,
  p,
  table,
  tableCell,
  tableHeader,
  tableRow,
  text,
} from '@atlaskit/adf-utils/builders';
import { isPostLaunchReviewStep, type DesiredComms, type Locale, type Objective } from '../domain';
import { formatCalendarDate, translate } from '../i18n/translate';

type Document = ReturnType<typeof doc>;

/** What a create needs to recognise the review step and describe its objectives. */
export interface PostLaunchReviewContext {
  objectives: readonly Objective[];
  /** The configuration's emergency review step id (`emergency.review.id`). */
  emergencyReviewId: string;
}

const cell = (value: string) => tableCell({})(p(text(value)));
const header = (value: string) => tableHeader({})(p(text(value)));

/** A number as the locale writes it, never rounded away (a KPI may be 0.25 %). */
const numberIn = (value: number, locale: Locale) =>
  new Intl.NumberFormat(locale, { maximumFractionDigits: 20 }).format(value);

/** The objectives as ADF blocks: a heading and the table; nothing when there are none. */
export function objectivesBlocks(
  objectives: readonly Objective[],
  locale: Locale,
): Document['content'] {
  if (objectives.length === 0) return [];
  const say = (key: string, values?: Record<string, string>) =>
    translate(locale, `server.objectives.${key}`, values);
  return [
    heading({ level: 3 })(text(say('heading'))),
    p(text(say('intro'))),
    table(
      tableRow([header(say('kpi')), header(say('change')), header(say('measureBy'))]),
      ...objectives.map((o) =>
        tableRow([
          cell(o.kpi),
          cell(
            say('baselineToTarget', {
              baseline: numberIn(o.baseline, locale),
              target: numberIn(o.target, locale),
              unit: o.unit,
            }),
          ),
          cell(formatCalendarDate(o.measureBy, locale)),
        ]),
      ),
    ),
  ];
}

/** A comms ticket's description, with the objectives added when the step is the post-launch review. */
export function withReviewObjectives(
  description: Document,
  ticket: Pick<DesiredComms, 'stepId' | 'offsetDays'>,
  review: PostLaunchReviewContext | undefined,
  locale: Locale,
): Document {
  if (!review || !isPostLaunchReviewStep(ticket, review.emergencyReviewId)) return description;
  const blocks = objectivesBlocks(review.objectives, locale);
  return blocks.length === 0 ? description : doc(...description.content, ...blocks);
}
