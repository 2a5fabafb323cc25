// The intake form's own checks of objectives (static/issue-panel): the same fields the backend names,
// shown before anything is sent, and what the form sends for what was typed.
import {
  checkObjectives,
  newObjective,
  objectiveInputOf,
  objectivePaths,
  type ObjectiveDraft,
} from '../../static/issue-panel/src/intake/objective-draft';

const typed: ObjectiveDraft = {
  id: 'objective-1',
  kpi: 'Billing tickets per week',
  baseline: '120',
  target: '80',
  unit: 'tickets',
  measureBy: '2027-05-01',
};

describe('the form checks objectives before sending them', () => {
  it('a complete objective measured after launch has no problem', () => {
    expect(checkObjectives([typed], '2027-04-01')).toEqual([]);
  });

  it('names the missing unit, the empty numbers and a day before launch, each on its field, all blocking', () => {
    const problems = checkObjectives(
      [typed, { ...typed, id: 'objective-2', unit: ' ', baseline: '', measureBy: '2027-03-31' }],
      '2027-04-01',
    );
    expect(problems.map((p) => [p.path, p.messageKey, p.kind])).toEqual([
      ['objectives[1].baseline', 'ui.objectives.validation.numberRequired', 'blocking'],
      ['objectives[1].unit', 'ui.objectives.validation.unitRequired', 'blocking'],
      ['objectives[1].measureBy', 'ui.objectives.validation.beforeLaunchDraft', 'blocking'],
    ]);
    // A new objective is not all red at once: each problem waits for its field to be touched or a save.
    expect(problems.every((p) => p.quietUntilTouched === true)).toBe(true);
  });

  it('a target equal to the baseline is refused; without a launch date the day is not compared', () => {
    expect(checkObjectives([{ ...typed, target: '120.0' }], '').map((p) => p.path)).toEqual([
      'objectives[0].target',
    ]);
  });
});

describe('what the form sends', () => {
  it('numbers as numbers, empty boxes left out (so the backend names them), text that is no number as typed', () => {
    expect(objectiveInputOf(typed)).toEqual({
      id: 'objective-1',
      kpi: 'Billing tickets per week',
      baseline: 120,
      target: 80,
      unit: 'tickets',
      measureBy: '2027-05-01',
    });
    expect(objectiveInputOf({ ...typed, unit: '', target: '1e', baseline: '-2.5' })).toEqual({
      id: 'objective-1',
      kpi: 'Billing tickets per week',
      baseline: -2.5,
      target: '1e',
      measureBy: '2027-05-01',
    });
  });

  it('a new objective is numbered after the highest, so a removed id is not reused; an edit touches only its fields', () => {
    expect(newObjective([]).id).toBe('objective-1');
    expect(newObjective([typed, { ...typed, id: 'objective-3' }]).id).toBe('objective-4');
    expect(objectivePaths([typed], [{ ...typed, unit: '%' }])).toEqual(['objectives[0].unit']);
    expect(objectivePaths([], [typed])).toHaveLength(5);
  });
});
