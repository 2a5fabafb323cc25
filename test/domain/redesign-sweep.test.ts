// The hourly sweep finds a change request whose transition event was lost, when its redesign tasks hang on it.
import { governanceStaleness, intakeDigest } from '../../src/domain';
import { staleSelectionJql } from '../../src/governance/sweep-selection';

const intake = { launchDate: '2027-06-30', answers: {}, touchpoints: ['website'] };
const governed = (status?: string) => ({
  configVersion: 3,
  intakeDigest: intakeDigest(intake),
  ...(status !== undefined ? { status } : {}),
});

describe('a lost transition', () => {
  it('is stale when the status the last finished run recorded is not the one the request is in', () => {
    expect(
      governanceStaleness(
        {
          key: 'CHG-1',
          intake,
          governed: governed('In review'),
          status: 'Approved',
          provisioningInFlight: false,
        },
        3,
      ),
    ).toEqual({ stale: true, reason: 'status-changed' });
  });

  it('is not looked for when the record names no status (no redesign hangs on it, or an older record)', () => {
    expect(
      governanceStaleness(
        {
          key: 'CHG-1',
          intake,
          governed: governed(),
          status: 'Approved',
          provisioningInFlight: false,
        },
        3,
      ),
    ).toEqual({ stale: false });
    expect(
      governanceStaleness(
        {
          key: 'CHG-1',
          intake,
          governed: governed('Approved'),
          status: 'Approved',
          provisioningInFlight: false,
        },
        3,
      ),
    ).toEqual({ stale: false });
  });

  it('of a request closed since (declined) is found: recently closed requests are selected too', () => {
    const first = staleSelectionJql({
      configVersion: 3,
      reassessmentRunning: false,
      since: null,
      now: 0,
    });
    expect(first).toBe(
      '(issuetype = "Change Request" AND statusCategory != Done) OR ' +
        '(issuetype = "Change Request" AND statusCategory = Done AND updated >= -7d) ORDER BY key ASC',
    );
    // 45 minutes since the last complete sweep, plus the 15-minute overlap.
    const later = staleSelectionJql({
      configVersion: 3,
      reassessmentRunning: false,
      since: 0,
      now: 45 * 60_000,
    });
    expect(later).toContain(
      'OR (issuetype = "Change Request" AND statusCategory = Done AND updated >= -60m) ORDER BY key ASC',
    );
  });
});
