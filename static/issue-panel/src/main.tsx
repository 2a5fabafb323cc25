// The Change Request's issue panel: intake, assessment, tickets and what-if.
import { mount } from '../../shared/bootstrap';
import { IssuePanel } from './issue-panel';

void mount({ render: () => <IssuePanel /> });
