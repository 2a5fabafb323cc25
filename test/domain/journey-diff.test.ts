// How a journey edit reads in the version history: by place, matched by id.
import type { GovernanceConfig } from '../../src/domain';
import { describeConfigChanges } from '../../src/storage/config-diff';
import { config } from './helpers';

describe('journey changes in the version history', () => {
  it('reads a version saved before the registry as holding the shipped journey', () => {
    const { journey: _dropped, ...older } = config();
    expect(describeConfigChanges(older as GovernanceConfig, config())).toEqual(['No changes']);
  });

  it('names the touchpoint whose owner changed, one added and one removed', () => {
    const after = config();
    const support = after.journey!.stages[4]!.steps[0]!;
    support.touchpoints[0]!.owner = { kind: 'user', accountId: 'cx-team-lead' };
    support.touchpoints.splice(1, 1);
    after.journey!.stages[1]!.steps[0]!.touchpoints.push({
      id: 'kiosk',
      name: { 'en-US': 'Kiosk' },
      owner: { kind: 'group', groupName: 'retail' },
    });
    expect(describeConfigChanges(config(), after)).toEqual([
      'journey.stages[1].steps[0].touchpoints[1] added',
      'journey.stages[4].steps[0].touchpoints[0].owner.accountId: "cx-lead" → "cx-team-lead"',
      'journey.stages[4].steps[0].touchpoints[1] removed',
    ]);
  });
});
