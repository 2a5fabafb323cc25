// The issue panel offers the intake form only to people Jira lets edit the change request: `canEdit` comes
// from the viewer's own Edit Issues permission, never a constant.
import type { Emulator } from '../../emulator';
import {
  callResolver,
  inDays,
  PANEL,
  raiseChangeRequest,
  TIER_ANSWERS,
  useEmulator,
} from '../support';

const emu = useEmulator({ seedChangeRequests: false });

/** The project's permission scheme after a Jira admin left Edit Issues to the Administrators role only. */
function editIssuesForAdministratorsOnly(site: Emulator): void {
  const state = site.jira.exportState() as {
    permissionGrants: { project: Record<string, string[]> };
  };
  state.permissionGrants.project.EDIT_ISSUES = ['Administrators'];
  site.jira.importState(state);
}

const canEditAs = async (accountId: string, issueKey: string): Promise<unknown> => {
  const answer = await callResolver(emu, {
    moduleKey: PANEL,
    accountId,
    functionKey: 'getIssueView',
    issueKey,
  });
  if (!answer.ok) throw new Error(`getIssueView answered ${JSON.stringify(answer.error)}`);
  return (answer.data as { canEdit?: unknown }).canEdit;
};

it('a viewer who may browse but not edit the change request gets a read-only panel; an editor does not', async () => {
  const key = await raiseChangeRequest(emu, { launchDate: inDays(400), answers: TIER_ANSWERS[3] });
  expect(await canEditAs('requester', key)).toBe(true);

  editIssuesForAdministratorsOnly(emu);
  // Jira itself now refuses the requester's edit, and the panel says so before they try.
  const edit = await emu.rest('requester', 'PUT', `/rest/api/3/issue/${key}`, {
    fields: { summary: 'Edited without permission' },
  });
  expect(edit.status).toBe(403);
  expect(await canEditAs('requester', key)).toBe(false);
  expect(await canEditAs('admin', key)).toBe(true);
}, 60_000);
