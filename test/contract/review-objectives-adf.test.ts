// The post-launch review ticket's description carries the change's objectives as a table: valid ADF in
// both languages, whatever a user typed as KPI or unit, and only on the review step.
import { LOCALES, type DesiredComms, type Objective } from '../../src/domain';
import { paragraphs } from '../../src/governance/adf';
import { withReviewObjectives } from '../../src/governance/review-description';
import { adfProblems, nodesOf, plainText, textsOf } from './adf-validation';

const OBJECTIVES: Objective[] = [
  {
    id: 'churn',
    kpi: 'Monthly churn',
    baseline: 2.5,
    target: 2,
    unit: '%',
    measureBy: '2027-06-01',
  },
  {
    id: 'hostile',
    kpi: '<script>alert(1)</script> **bold** [link](x) {"type":"doc"}',
    baseline: 1000,
    target: 1500,
    unit: '€/mese',
    measureBy: '2027-07-15',
  },
];
const review = { objectives: OBJECTIVES, emergencyReviewId: 'emergency-review' };
const step = (stepId: string, offsetDays: number): Pick<DesiredComms, 'stepId' | 'offsetDays'> => ({
  stepId,
  offsetDays,
});

describe('the post-launch review description', () => {
  it.each(LOCALES)('is valid ADF with a row per objective, in %s', (locale) => {
    const document = withReviewObjectives(
      paragraphs('Post-launch review for CHG-1.'),
      step('post-launch-review', 14),
      review,
      locale,
    );
    expect(adfProblems(document)).toEqual([]);
    const rows = nodesOf(document).filter((n) => n.type === 'tableRow');
    expect(rows.map((row) => (row.content ?? []).map(plainText))).toEqual(
      locale === 'en-US'
        ? [
            ['KPI', 'Baseline → target', 'Measure by'],
            ['Monthly churn', '2.5 → 2 %', 'Jun 1, 2027'],
            [OBJECTIVES[1]!.kpi, '1,000 → 1,500 €/mese', 'Jul 15, 2027'],
          ]
        : [
            ['KPI', 'Partenza → obiettivo', 'Misurare entro'],
            ['Monthly churn', '2,5 → 2 %', '1 giu 2027'],
            [OBJECTIVES[1]!.kpi, '1000 → 1500 €/mese', '15 lug 2027'],
          ],
    );
  });

  it('is added to the emergency review and the tier 3 review, never to other steps or without objectives', () => {
    const base = paragraphs('A comms step.');
    const has = (stepId: string, offset: number, objectives = OBJECTIVES) =>
      textsOf(
        withReviewObjectives(base, step(stepId, offset), { ...review, objectives }, 'en-US'),
      ).includes('Monthly churn');
    expect(has('emergency-review', 7)).toBe(true);
    expect(has('review', 14)).toBe(true);
    expect(has('customer-notice', -60)).toBe(false);
    expect(has('legal-review', -30)).toBe(false);
    expect(
      withReviewObjectives(base, step('review', 14), { ...review, objectives: [] }, 'en-US'),
    ).toBe(base);
  });
});
