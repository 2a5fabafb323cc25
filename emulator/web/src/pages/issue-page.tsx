// A Jira issue: summary, workflow buttons, description, sub-tasks, links, the app's issue
// panel(s) and comments, with the details on the side.
import Heading from '@atlaskit/heading';
import { useCallback, useState } from 'react';
import { AdfView } from '../adf/adf-view';
import { HttpError } from '../api/http-error';
import { issue as issueSchema, type Issue } from '../api/jira-schemas';
import { useResource } from '../api/use-resource';
import { usePageTitle } from '../common/page-title';
import { ErrorState, Loading } from '../common/states';
import { AppFrame } from '../frames/app-frame';
import { CommentsSection } from '../issue/comments-section';
import { IssueDetails } from '../issue/issue-details';
import { LinksSection, SubtasksSection } from '../issue/related-issues';
import { StatusLozenge } from '../issue/status-lozenge';
import { TransitionBar } from '../issue/transition-bar';
import { Link } from '../routing/link';
import { paths } from '../routing/routes';
import { useShell } from '../shell/shell-context';

export function IssuePage({ issueKey }: { issueKey: string }) {
  const { api } = useShell();
  const [version, setVersion] = useState(0);
  const [issue] = useResource(
    (signal) => api.get(`/rest/api/3/issue/${encodeURIComponent(issueKey)}`, issueSchema, signal),
    [api, issueKey, version],
  );
  const refresh = useCallback(() => {
    setVersion((n) => n + 1);
  }, []);
  usePageTitle(
    issue.state === 'ready' ? `[${issue.data.key}] ${issue.data.fields.summary ?? ''}` : issueKey,
  );

  switch (issue.state) {
    case 'loading':
      return (
        <div className="page">
          <Loading label={`Loading ${issueKey}`} />
        </div>
      );
    case 'failed': {
      const missing = issue.error instanceof HttpError && issue.error.status === 404;
      return (
        <div className="page">
          <Heading size="large" as="h1">
            {issueKey}
          </Heading>
          <ErrorState
            title={
              missing
                ? 'This issue does not exist or you cannot see it'
                : 'The issue could not be loaded'
            }
            error={issue.error}
          >
            <p>
              <Link href={paths.issueList('CHG')}>Back to the issue list</Link>
            </p>
          </ErrorState>
        </div>
      );
    }
    case 'ready':
      return <IssueView issue={issue.data} version={version} onRefresh={refresh} />;
    default: {
      const _exhaustive: never = issue;
      return _exhaustive;
    }
  }
}

function IssueView({
  issue,
  version,
  onRefresh,
}: {
  issue: Issue;
  version: number;
  onRefresh: () => void;
}) {
  const shell = useShell();
  const f = issue.fields;
  const projectKey = f.project?.key ?? issue.key.split('-')[0] ?? 'CHG';
  const panels = shell.app.state === 'ready' ? shell.app.data.modules.issuePanels : [];
  return (
    <div className="page issue-page">
      <nav aria-label="Breadcrumbs" className="breadcrumbs">
        <ol>
          <li>
            <Link href={paths.issueList(projectKey)}>Projects</Link>
          </li>
          <li>
            <Link href={paths.issueList(projectKey)}>{f.project?.name ?? projectKey}</Link>
          </li>
          {f.parent && (
            <li>
              <Link href={paths.issue(f.parent.key)}>{f.parent.key}</Link>
            </li>
          )}
          <li aria-current="page">{issue.key}</li>
        </ol>
      </nav>
      <div className="issue-layout">
        <div className="issue-main">
          <p className="issue-type-line">
            <span className="issue-type-badge">{f.issuetype?.name}</span>
            <span className="issue-key">{issue.key}</span>
          </p>
          <Heading size="large" as="h1" testId="issue-summary">
            {f.summary ?? issue.key}
          </Heading>
          {f.parent && (
            <p className="issue-parent">
              Sub-task of <Link href={paths.issue(f.parent.key)}>{f.parent.key}</Link>{' '}
              <span>{f.parent.fields?.summary}</span>
            </p>
          )}
          <div className="status-line">
            <span className="status-label">Status</span>
            <StatusLozenge status={f.status} />
          </div>
          <TransitionBar issueKey={issue.key} version={version} onTransitioned={onRefresh} />

          <section className="issue-section" aria-labelledby="description-heading">
            <Heading size="small" as="h2" id="description-heading">
              Description
            </Heading>
            <AdfView document={f.description} emptyText="No description." />
          </section>

          <SubtasksSection subtasks={f.subtasks ?? []} />
          <LinksSection links={f.issuelinks ?? []} />

          {panels.map((panel) => (
            <section
              key={panel.key}
              className="issue-section app-panel"
              aria-labelledby={`panel-${panel.key}`}
            >
              <Heading size="small" as="h2" id={`panel-${panel.key}`}>
                {panel.title}
              </Heading>
              <AppFrame
                moduleKey={panel.key}
                title={panel.title}
                target={{ issueKey: issue.key, projectKey }}
                onRefresh={onRefresh}
              />
            </section>
          ))}

          <CommentsSection issueKey={issue.key} version={version} />
        </div>
        <aside className="issue-side" aria-label="Issue details">
          <IssueDetails fields={f} />
        </aside>
      </div>
    </div>
  );
}
