// The Schedule gate's freeze refusal as the validator writes it into Jira, in each site language:
// the window's own name in that language, its dates and the first launch day after it.
import type { GateDecision } from '../../src/domain';
import { gateRefusalText } from '../../src/i18n/gate-text';

const refusal: Extract<GateDecision, { pass: false }> = {
  pass: false,
  code: 'GATE.FREEZE_WINDOW',
  message: 'English, for logs',
  params: {
    launchDate: '2027-12-24',
    freezeWindow: {
      name: { 'en-US': 'Year-end billing', 'it-IT': 'Fatturazione di fine anno' },
      start: '2027-12-20',
      end: '2028-01-05',
      earliestLaunch: '2028-01-06',
    },
  },
};

describe('the freeze refusal', () => {
  it('in English names the window, its days and the first day after it', () => {
    expect(gateRefusalText(refusal, 'en-US')).toBe(
      'The launch on Dec 24, 2027 falls in the freeze window “Year-end billing” (Dec 20, 2027 to Jan 5, 2028). ' +
        'Move the launch to Jan 6, 2028 or later, or flag the change as an emergency with a justification ' +
        '(this adds an emergency approval and a post-launch review).',
    );
  });

  it('in Italian says it in Italian, with the window’s Italian name', () => {
    const text = gateRefusalText(refusal, 'it-IT');
    expect(text).toContain('“Fatturazione di fine anno”');
    expect(text).toContain('24 dic 2027');
    expect(text).toContain('6 gen 2028');
    expect(text).not.toContain('{');
  });
});
