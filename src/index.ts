// Every handler the manifest names (index.<name>), grouped by module kind. Nothing else lives here.
import { backgroundPorts, viewerJira } from './platform/forge-ports';
import { reassessmentJobQueue as queue } from './platform/queue';
import { sendReminders } from './governance/reminders';
import { handleIssueEvent } from './triggers/issue-events';
import { handleLifecycle } from './triggers/lifecycle';
import { handleMacroExport } from './triggers/macro-export';
import { handleReassessmentJob } from './triggers/reassessment-consumer';
import { handleSweep } from './triggers/sweep';
import { handleGate } from './triggers/validators';
import { uiResolverHandler } from './resolvers/ui-resolver';

// trigger
export const issueEvents = (event: unknown) => handleIssueEvent(backgroundPorts(), event);
export const lifecycle = () => handleLifecycle(backgroundPorts());

// scheduledTrigger
export const reminders = async () => {
  await sendReminders(backgroundPorts());
};
export const governanceSweep = async () => {
  await handleSweep(backgroundPorts(), queue);
};

// consumer
export const reassessment = (event: unknown) =>
  handleReassessmentJob(backgroundPorts(), queue, event);

// jira:workflowValidator
export const approvalsGate = (event: unknown) => handleGate(backgroundPorts(), 'approve', event);
export const leadTimeGate = (event: unknown) => handleGate(backgroundPorts(), 'schedule', event);

// jira:issuePanel, jira:adminPage, macro (Custom UI resolvers)
export const uiResolver = uiResolverHandler;

// macro adfExport
export const macroExport = (event: unknown) =>
  handleMacroExport(backgroundPorts(), event, viewerJira());
