// Reads whose results a user sees run as that user (issue "Nobody can approve their own change", finding 5): the
// gates read every ticket as the app, but a ticket the viewer cannot browse (a stricter issue security level, which
// the emulator does not model) keeps its role or step in the panel and loses its key, status and people.
import type { JiraHttp, JiraResponse } from '../../src/jira/http';
import type { UserPorts } from '../../src/governance/ports';
import { DEFAULT_CONFIG } from '../../src/domain';
import { panelConfig, viewForCaller } from '../../src/resolvers/panel-view';
import type { IssueView } from '../../src/contract/resolver-contract';
import { Temporal } from 'temporal-polyfill';

/** Jira as a user who may browse only `visible`: a bulk fetch leaves the other issues out, as Jira does. */
function jiraSeeing(visible: readonly string[]): JiraHttp {
  return {
    requestJira(route, request): Promise<JiraResponse> {
      const body = request?.body as { issueIdsOrKeys?: string[] } | undefined;
      if (!route.value.startsWith('/rest/api/3/issue/bulkfetch') || !body?.issueIdsOrKeys)
        return Promise.reject(new Error(`unexpected ${route.value}`));
      const issues = body.issueIdsOrKeys
        .filter((k) => visible.includes(k))
        .map((key, i) => ({ id: String(100 + i), key, fields: { status: { name: 'Pending' } } }));
      return Promise.resolve({ status: 200, retryAfterSeconds: null, body: { issues } });
    },
  };
}

const refuseAll: JiraHttp = {
  requestJira: () => Promise.reject(new Error('the app must not be asked here')),
};

const ports = (visible: readonly string[]): UserPorts => ({
  jira: refuseAll,
  jiraAsUser: jiraSeeing(visible),
  accountId: 'requester',
  store: {
    get: () => Promise.resolve(undefined),
    set: () => Promise.resolve(),
    setIfAbsent: () => Promise.resolve(true),
    delete: () => Promise.resolve(),
    listByPrefix: () => Promise.resolve([]),
  },
  today: () => Temporal.PlainDate.from('2026-12-01'),
  nowIso: () => '2026-12-01T00:00:00.000Z',
});

const view: IssueView = {
  issueKey: 'CHG-1',
  isChangeRequest: true,
  canEdit: true,
  intake: null,
  assessment: null,
  approvals: [
    {
      key: 'CHG-2',
      stepId: 'cx-manager',
      roleName: { 'en-US': 'CX manager' },
      approver: { accountId: 'cx-manager', displayName: 'CX Manager' },
      dueDate: '2027-01-01',
      status: 'Pending',
      standing: 'pending',
    },
  ],
  comms: [
    {
      key: 'CHG-3',
      stepId: 'release-note',
      title: { 'en-US': 'Release note' },
      dueDate: '2027-02-01',
      channel: { 'en-US': 'Email' },
      owner: { accountId: 'requester', displayName: 'Requester' },
      ownerRoleName: { 'en-US': 'Requesting team' },
      status: 'To Do',
      done: false,
      overdue: false,
    },
  ],
  redesign: [
    {
      key: 'CHG-4',
      touchpointId: 'help-centre',
      touchpoint: { 'en-US': 'Help-centre articles' },
      stage: { 'en-US': 'Support' },
      owner: { accountId: 'cx-lead', displayName: 'CX lead' },
      dueDate: '2027-02-20',
      status: 'To Do',
      done: false,
      overdue: false,
    },
  ],
  gates: { approve: { pass: true }, schedule: { pass: true } },
  config: panelConfig(DEFAULT_CONFIG),
};

describe('the panel’s ticket rows', () => {
  it('show every ticket the viewer may browse as it is', async () => {
    const shown = await viewForCaller(
      ports(['CHG-2', 'CHG-3', 'CHG-4']),
      { id: '1', key: 'CHG-1', fields: {} },
      view,
    );
    expect(shown.approvals[0]).toMatchObject({ key: 'CHG-2', status: 'Pending' });
    expect(shown.comms[0]).toMatchObject({ key: 'CHG-3', status: 'To Do' });
    expect(shown.redesign[0]).toMatchObject({ key: 'CHG-4', owner: { accountId: 'cx-lead' } });
  });

  it('keep the step of a ticket the viewer may not browse, without its key, status or people', async () => {
    const shown = await viewForCaller(
      ports(['CHG-2']),
      { id: '1', key: 'CHG-1', fields: {} },
      view,
    );
    expect(shown.approvals[0]).toMatchObject({ key: 'CHG-2' });
    expect(shown.comms[0]).toMatchObject({
      stepId: 'release-note',
      key: null,
      status: null,
      owner: null,
    });
    expect(shown.redesign[0]).toMatchObject({
      touchpointId: 'help-centre',
      key: null,
      status: null,
      owner: null,
    });
    expect(JSON.stringify(shown)).not.toContain('CHG-3');
    expect(JSON.stringify(shown)).not.toContain('CHG-4');
  });
});
