// The touchpoint registry read for one change: which touchpoints an intake touches, who owns them,
// and how intakes written before the registry (journey-stage words) are read.
import {
  assess,
  intakeTouchpointProblems,
  journeyOf,
  parseIntake,
  retiredTouchpoints,
  touchedStages,
  touchedTouchpoints,
  touchpointOwners,
  type GovernanceConfig,
  type Journey,
} from '../../src/domain';
import { DEFAULT_JOURNEY } from '../../src/domain/default-journey';
import { config, context, intakeOf } from './helpers';

const withoutJourney = (): GovernanceConfig => {
  const { journey: _dropped, ...rest } = config();
  return rest;
};

/** A small journey written out by hand, so the expectations below do not come from the shipped one. */
const JOURNEY: Journey = {
  allowOtherTouchpoints: false,
  stages: [
    {
      id: 'buy',
      name: { 'en-US': 'Buy' },
      steps: [
        {
          id: 'pay',
          name: { 'en-US': 'Pays' },
          touchpoints: [
            { id: 'cart', name: { 'en-US': 'Cart' }, owner: { kind: 'user', accountId: 'ana' } },
            {
              id: 'receipt',
              name: { 'en-US': 'Receipt' },
              owner: { kind: 'group', groupName: 'billing' },
            },
          ],
        },
      ],
    },
    {
      id: 'help',
      name: { 'en-US': 'Help' },
      steps: [
        {
          id: 'ask',
          name: { 'en-US': 'Asks' },
          touchpoints: [
            { id: 'chat', name: { 'en-US': 'Chat' }, owner: { kind: 'user', accountId: 'ana' } },
          ],
        },
        {
          id: 'read',
          name: { 'en-US': 'Reads' },
          touchpoints: [
            {
              id: 'faq',
              name: { 'en-US': 'FAQ' },
              owner: { kind: 'projectRole', roleName: 'Writers' },
            },
          ],
        },
      ],
    },
  ],
};

describe('journeyOf', () => {
  it('is the shipped journey for a configuration saved before the registry', () => {
    expect(journeyOf(withoutJourney())).toBe(DEFAULT_JOURNEY);
  });

  it("is the configuration's own journey when it has one", () => {
    expect(journeyOf({ ...config(), journey: JOURNEY })).toBe(JOURNEY);
  });
});

describe('touchedTouchpoints', () => {
  it('finds each named touchpoint once, in journey order, with its stage, step and owner', () => {
    const touched = touchedTouchpoints(
      { touchpoints: ['faq', 'cart', 'nowhere', 'cart'] },
      JOURNEY,
    );
    expect(
      touched.map(({ stage, step, touchpoint }) => [stage.id, step.id, touchpoint.id]),
    ).toEqual([
      ['buy', 'pay', 'cart'],
      ['help', 'read', 'faq'],
    ]);
    expect(touched[1]?.touchpoint.owner).toEqual({ kind: 'projectRole', roleName: 'Writers' });
  });

  it('touches nothing for an intake without touchpoints, or with only stage words', () => {
    expect(touchedTouchpoints({}, JOURNEY)).toEqual([]);
    expect(touchedTouchpoints({ touchpoints: ['billing', 'support'] }, DEFAULT_JOURNEY)).toEqual(
      [],
    );
  });

  it('reads the shipped journey: checkout is a purchase touchpoint owned by the finance partner', () => {
    const [checkout] = touchedTouchpoints({ touchpoints: ['checkout'] }, DEFAULT_JOURNEY);
    expect(checkout?.stage.id).toBe('purchase');
    expect(checkout?.touchpoint.owner).toEqual({ kind: 'user', accountId: 'finance-partner' });
  });
});

describe('touchedStages and touchpointOwners', () => {
  const touched = touchedTouchpoints({ touchpoints: ['chat', 'cart', 'faq', 'receipt'] }, JOURNEY);

  it('groups the touched touchpoints by stage and step', () => {
    expect(
      touchedStages(touched).map(({ stage, steps }) => [
        stage.id,
        steps.map(({ step, touchpoints }) => [step.id, touchpoints.map((tp) => tp.id)]),
      ]),
    ).toEqual([
      ['buy', [['pay', ['cart', 'receipt']]]],
      [
        'help',
        [
          ['ask', ['chat']],
          ['read', ['faq']],
        ],
      ],
    ]);
  });

  it('names an owner of several touchpoints once, with all of them', () => {
    expect(touchpointOwners(touched)).toEqual([
      { owner: { kind: 'user', accountId: 'ana' }, touchpointIds: ['cart', 'chat'] },
      { owner: { kind: 'group', groupName: 'billing' }, touchpointIds: ['receipt'] },
      { owner: { kind: 'projectRole', roleName: 'Writers' }, touchpointIds: ['faq'] },
    ]);
  });
});

describe('intakes written before the registry', () => {
  it('still parse their journey-stage words, which the registry does not hold', () => {
    const intake = parseIntake({ launchDate: '2027-12-01', touchpoints: ['billing', 'checkout'] });
    expect(intake.problems).toEqual([]);
    expect(intake.details.touchpoints).toEqual(['billing', 'checkout']);
    expect(retiredTouchpoints(intake.details, DEFAULT_JOURNEY)).toEqual(['billing']);
  });

  it('keep their tier: the stage words are read, not refused, when the change is assessed', () => {
    const assessment = assess(
      intakeOf({ reach: 2 }, '2027-12-01', { touchpoints: ['billing', 'renewal-cancellation'] }),
      config(),
      context(),
    );
    expect(assessment.status).toBe('assessed');
  });

  it('make no touchpoint owner a reviewer', () => {
    expect(
      touchpointOwners(touchedTouchpoints({ touchpoints: ['billing'] }, DEFAULT_JOURNEY)),
    ).toEqual([]);
  });
});

describe('intakeTouchpointProblems', () => {
  it('refuses at save an id the registry lacks, stage words included, naming it', () => {
    expect(
      intakeTouchpointProblems({ touchpoints: ['cart', 'billing', 'moon'] }, JOURNEY, 'save'),
    ).toEqual([
      expect.objectContaining({
        field: 'touchpoints',
        params: { rule: 'notInRegistry', value: 'billing' },
      }),
      expect.objectContaining({
        field: 'touchpoints',
        params: { rule: 'notInRegistry', value: 'moon' },
      }),
    ]);
  });

  it('at assessment refuses only ids that were never stage words', () => {
    expect(
      intakeTouchpointProblems({ touchpoints: ['billing', 'moon'] }, JOURNEY, 'assess').map(
        (p) => p.params?.value,
      ),
    ).toEqual(['moon']);
  });

  it('refuses free-text touchpoints unless the admin allows them', () => {
    const details = { touchpoints: ['cart'], otherTouchpoints: ['Partner portal'] };
    expect(intakeTouchpointProblems(details, JOURNEY, 'save')).toEqual([
      expect.objectContaining({
        field: 'otherTouchpoints',
        params: { rule: 'otherTouchpointsOff' },
      }),
    ]);
    expect(
      intakeTouchpointProblems(details, { ...JOURNEY, allowOtherTouchpoints: true }, 'save'),
    ).toEqual([]);
  });

  it('makes a change naming an unknown touchpoint need input on that field', () => {
    const assessment = assess(
      intakeOf({ reach: 2 }, '2027-12-01', { touchpoints: ['nowhere'] }),
      config(),
      context(),
    );
    expect(assessment.status).toBe('needs-input');
    expect(assessment.missing).toEqual(['touchpoints']);
  });

  it('refuses a free-text touchpoint with a line break on its element', () => {
    const intake = parseIntake({
      launchDate: '2027-12-01',
      otherTouchpoints: ['ok', 'two\nlines'],
    });
    expect(intake.problems.map((p) => [p.field, p.code])).toEqual([
      ['otherTouchpoints[1]', 'INTAKE.INVALID_TEXT'],
    ]);
  });
});
