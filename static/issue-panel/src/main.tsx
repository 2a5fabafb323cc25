// The Change Request's issue panel: intake, assessment, tickets and what-if.
import '../../shared/app.css';
import { mount } from '../../shared/bootstrap';
import { IssuePanel } from './issue-panel';

void mount({ render: () => <IssuePanel /> });
