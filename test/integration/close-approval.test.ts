// The app may close an approval the plan no longer needs only by withdrawing it: on a workflow whose done
// transitions are Approve and Decline (a site where the approver validator was never added), it must leave a
// comment and take neither, or it would approve the change's approvals itself.
import { route } from '@forge/api';
import type { JiraHttp, JiraRequest, JiraResponse } from '../../src/jira/http';
import { closeWithComment } from '../../src/jira/issues';

function fakeJira(transitions: Array<{ id: string; name: string; to: string }>) {
  const sent: Array<{ path: string; request: JiraRequest | undefined }> = [];
  const http: JiraHttp = {
    requestJira(r, request): Promise<JiraResponse> {
      sent.push({ path: r.value, request });
      const body =
        request?.method === undefined || request.method === 'GET'
          ? {
              transitions: transitions.map((t) => ({
                id: t.id,
                name: t.name,
                to: { name: t.to, statusCategory: { key: 'done' } },
              })),
            }
          : {};
      return Promise.resolve({ status: 204, retryAfterSeconds: null, body });
    },
  };
  return { http, sent };
}

const decisionsOnly = [
  { id: '21', name: 'Approve', to: 'Approved' },
  { id: '31', name: 'Decline', to: 'Declined' },
];

describe('closing a ticket the plan no longer needs', () => {
  it('an approval with only Approve and Decline is left open with the reason as a comment', async () => {
    const { http, sent } = fakeJira(decisionsOnly);
    const closed = await closeWithComment(http, 'CHG-9', { type: 'doc' }, 'approval');
    expect(closed).toBe(false);
    const posts = sent.filter((s) => s.request?.method === 'POST');
    expect(posts.map((p) => p.path)).toEqual([route`/rest/api/3/issue/${'CHG-9'}/comment`.value]);
  });

  it('an approval is withdrawn when its workflow offers Withdraw', async () => {
    const { http, sent } = fakeJira([
      ...decisionsOnly,
      { id: '41', name: 'Withdraw', to: 'Withdrawn' },
    ]);
    expect(await closeWithComment(http, 'CHG-9', { type: 'doc' }, 'approval')).toBe(true);
    const transition = sent.find(
      (s) => s.path.endsWith('/transitions') && s.request?.method === 'POST',
    );
    expect(transition?.request?.body).toMatchObject({ transition: { id: '41' } });
  });

  it('a comms task still closes through its done transition', async () => {
    const { http, sent } = fakeJira([{ id: '21', name: 'Done', to: 'Done' }]);
    expect(await closeWithComment(http, 'CHG-10', { type: 'doc' }, 'comms')).toBe(true);
    const transition = sent.find(
      (s) => s.path.endsWith('/transitions') && s.request?.method === 'POST',
    );
    expect(transition?.request?.body).toMatchObject({ transition: { id: '21' } });
  });
});
