// The project's issue navigator: a JQL box, the results table and "Load more" paging.
import Button from '@atlaskit/button/new';
import DynamicTable from '@atlaskit/dynamic-table';
import { Label } from '@atlaskit/form';
import Heading from '@atlaskit/heading';
import SectionMessage from '@atlaskit/section-message';
import Textfield from '@atlaskit/textfield';
import { useCallback, useEffect, useState } from 'react';
import { HttpError, errorMessages } from '../api/http-error';
import type { Issue } from '../api/jira-schemas';
import { Empty } from '../common/states';
import { formatCalendarDate } from '../common/format';
import { usePageTitle } from '../common/page-title';
import { searchIssues } from '../issue/search';
import { StatusLozenge } from '../issue/status-lozenge';
import { navigate } from '../routing/history';
import { Link } from '../routing/link';
import { paths } from '../routing/routes';
import { useShell } from '../shell/shell-context';

type Results =
  | { status: 'loading' }
  | { status: 'failed'; error: unknown }
  | {
      status: 'ready';
      issues: Issue[];
      next: string | null;
      loadingMore: boolean;
      moreError: unknown;
    };

export function defaultJql(projectKey: string): string {
  return `project = ${projectKey} ORDER BY created DESC`;
}

const head = {
  cells: [
    { key: 'type', content: 'Type' },
    { key: 'key', content: 'Key' },
    { key: 'summary', content: 'Summary' },
    { key: 'status', content: 'Status' },
    { key: 'assignee', content: 'Assignee' },
    { key: 'due', content: 'Due date' },
    { key: 'parent', content: 'Parent' },
  ],
};

function rowOf(issue: Issue) {
  const f = issue.fields;
  return {
    key: issue.key,
    testId: `issue-row-${issue.key}`,
    cells: [
      { key: 'type', content: f.issuetype?.name ?? '' },
      { key: 'key', content: <Link href={paths.issue(issue.key)}>{issue.key}</Link> },
      {
        key: 'summary',
        content: (
          <Link href={paths.issue(issue.key)} className="quiet-link">
            {f.summary ?? ''}
          </Link>
        ),
      },
      { key: 'status', content: <StatusLozenge status={f.status} /> },
      {
        key: 'assignee',
        content: f.assignee?.displayName ?? <span className="shell-muted">Unassigned</span>,
      },
      { key: 'due', content: formatCalendarDate(f.duedate) ?? '' },
      {
        key: 'parent',
        content: f.parent ? <Link href={paths.issue(f.parent.key)}>{f.parent.key}</Link> : '',
      },
    ],
  };
}

export function IssueListPage({ projectKey, jql }: { projectKey: string; jql: string | null }) {
  const { api } = useShell();
  const query = jql ?? defaultJql(projectKey);
  const [draft, setDraft] = useState(query);
  const [results, setResults] = useState<Results>({ status: 'loading' });
  // Pressing Search again with the same query searches again (the site may have changed).
  const [searchCount, setSearchCount] = useState(0);
  usePageTitle(`Issues - ${projectKey}`);

  useEffect(() => {
    setDraft(query);
    const controller = new AbortController();
    setResults({ status: 'loading' });
    searchIssues(api, query, {}, controller.signal).then(
      (page) => {
        setResults({
          status: 'ready',
          issues: page.issues,
          next: page.nextPageToken ?? null,
          loadingMore: false,
          moreError: null,
        });
      },
      (error: unknown) => {
        if (!controller.signal.aborted) setResults({ status: 'failed', error });
      },
    );
    return () => {
      controller.abort();
    };
  }, [api, query, searchCount]);

  const loadMore = useCallback(async (): Promise<void> => {
    if (results.status !== 'ready' || results.next === null) return;
    const token = results.next;
    setResults({ ...results, loadingMore: true, moreError: null });
    try {
      const page = await searchIssues(api, query, { nextPageToken: token });
      setResults((current) =>
        current.status === 'ready'
          ? {
              ...current,
              issues: [...current.issues, ...page.issues],
              next: page.nextPageToken ?? null,
              loadingMore: false,
            }
          : current,
      );
    } catch (error) {
      setResults((current) =>
        current.status === 'ready' ? { ...current, loadingMore: false, moreError: error } : current,
      );
    }
  }, [api, query, results]);

  return (
    <div className="page">
      <nav aria-label="Breadcrumbs" className="breadcrumbs">
        <ol>
          <li>
            <Link href={paths.issueList(projectKey)}>Projects</Link>
          </li>
          <li>{projectKey}</li>
        </ol>
      </nav>
      <Heading size="large" as="h1">
        Issues
      </Heading>
      <form
        role="search"
        className="jql-form"
        onSubmit={(event) => {
          event.preventDefault();
          const next = draft.trim() === '' ? defaultJql(projectKey) : draft.trim();
          if (next === query) setSearchCount((n) => n + 1);
          else navigate(paths.issueList(projectKey, next));
        }}
      >
        <Label htmlFor="jql-input">JQL</Label>
        <div className="jql-row">
          <Textfield
            id="jql-input"
            name="jql"
            isMonospaced
            value={draft}
            onChange={(event) => {
              setDraft(event.currentTarget.value);
            }}
            aria-describedby="jql-help"
          />
          <Button type="submit" appearance="primary">
            Search
          </Button>
        </div>
        <p id="jql-help" className="shell-muted small">
          For example <code>project = {projectKey} AND status = &quot;In Progress&quot;</code> or{' '}
          <code>issue.property[&quot;change-governance.assessment&quot;].tier = 1</code>
        </p>
      </form>
      <ResultsView results={results} onLoadMore={() => void loadMore()} />
    </div>
  );
}

function ResultsView({ results, onLoadMore }: { results: Results; onLoadMore: () => void }) {
  switch (results.status) {
    case 'loading':
      return (
        <DynamicTable
          head={head}
          rows={[]}
          isLoading
          loadingLabel="Searching issues"
          label="Issues"
        />
      );
    case 'failed': {
      const invalidQuery = results.error instanceof HttpError && results.error.status === 400;
      return (
        <div className="jql-error" data-testid="jql-error">
          <SectionMessage
            appearance="error"
            title={invalidQuery ? 'The JQL query is not valid' : 'Search failed'}
          >
            {errorMessages(results.error).map((message) => (
              <p key={message}>{message}</p>
            ))}
          </SectionMessage>
        </div>
      );
    }
    case 'ready':
      return (
        <div className="issue-results">
          <p className="shell-muted" role="status">
            {results.issues.length === 0
              ? 'No issues found'
              : `${results.issues.length} issue${results.issues.length === 1 ? '' : 's'} shown${results.next === null ? '' : ', more available'}`}
          </p>
          <DynamicTable
            head={head}
            rows={results.issues.map(rowOf)}
            label="Issues"
            emptyView={<Empty title="No issues match this query" />}
            testId="issue-table"
          />
          {results.moreError !== null && (
            <SectionMessage appearance="error" title="Could not load more issues">
              {errorMessages(results.moreError).map((message) => (
                <p key={message}>{message}</p>
              ))}
            </SectionMessage>
          )}
          {results.next !== null && (
            <div className="load-more">
              <Button onClick={onLoadMore} isDisabled={results.loadingMore}>
                {results.loadingMore ? 'Loading…' : 'Load more'}
              </Button>
            </div>
          )}
        </div>
      );
    default: {
      const _exhaustive: never = results;
      return _exhaustive;
    }
  }
}
