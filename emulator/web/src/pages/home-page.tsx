// Where a newcomer lands: what this is, and a link to every part of the demo site.
import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import { myself, searchResult } from '../api/jira-schemas';
import { useResource } from '../api/use-resource';
import { usePageTitle } from '../common/page-title';
import { StatusLozenge } from '../issue/status-lozenge';
import { Link } from '../routing/link';
import { paths } from '../routing/routes';
import { useShell } from '../shell/shell-context';

const CHANGE_REQUESTS_JQL = 'project = CHG AND issuetype = "Change Request" ORDER BY created DESC';

function RecentChangeRequests() {
  const { api } = useShell();
  const [recent] = useResource(
    (signal) =>
      api.send(
        'POST',
        '/rest/api/3/search/jql',
        { jql: CHANGE_REQUESTS_JQL, fields: ['summary', 'status', 'issuetype'], maxResults: 6 },
        searchResult,
        signal,
      ),
    [api],
  );
  switch (recent.state) {
    case 'loading':
      return <p className="shell-muted">Loading change requests…</p>;
    case 'failed':
      return <p className="shell-muted">Change requests could not be listed as this user.</p>;
    case 'ready':
      if (recent.data.issues.length === 0) {
        return (
          <p className="shell-muted">No change requests yet. Create one to see the app at work.</p>
        );
      }
      return (
        <ul className="plain-list" aria-label="Recent change requests">
          {recent.data.issues.map((issue) => (
            <li key={issue.key} className="issue-line">
              <Link href={paths.issue(issue.key)}>{issue.key}</Link>
              <span className="issue-line-summary">{issue.fields.summary}</span>
              <StatusLozenge status={issue.fields.status} />
            </li>
          ))}
        </ul>
      );
    default: {
      const _exhaustive: never = recent;
      return _exhaustive;
    }
  }
}

/** Jira's own answer to "who am I?": proof that the user switcher drives every call. */
function CurrentUser() {
  const shell = useShell();
  const [me] = useResource(
    (signal) => shell.api.get('/rest/api/3/myself', myself, signal),
    [shell.api],
  );
  const details =
    shell.users.state === 'ready'
      ? shell.users.data.find((u) => u.accountId === shell.accountId)
      : undefined;
  switch (me.state) {
    case 'loading':
      return <p className="shell-muted">Asking Jira who you are…</p>;
    case 'failed':
      return <p className="shell-muted">Jira does not know the user {shell.accountId}.</p>;
    case 'ready':
      return (
        <p data-testid="acting-as">
          Jira says you are <strong>{me.data.displayName ?? me.data.accountId}</strong> (
          <code>{me.data.accountId}</code>)
          {details?.siteAdmin === true ? ', a site administrator' : ''}
          {details?.groups !== undefined && details.groups.length > 0
            ? `, in ${details.groups.join(', ')}`
            : ''}
          .
        </p>
      );
    default: {
      const _exhaustive: never = me;
      return _exhaustive;
    }
  }
}

export function HomePage({ onCreate }: { onCreate: () => void }) {
  const shell = useShell();
  usePageTitle('Home');
  const app = shell.app.state === 'ready' ? shell.app.data : null;
  const modules = app === null ? null : app.modules;
  const appName = shell.app.state === 'ready' ? shell.app.data.appName : 'the app';
  return (
    <div className="page home-page">
      <section className="home-hero">
        <Heading size="xlarge" as="h1">
          Atlassian Cloud, offline
        </Heading>
        <p className="home-lead">
          This is a local emulator of a Jira and Confluence Cloud site with {appName} installed. The
          app runs unmodified: its Forge functions answer Jira events, gate workflow transitions and
          serve its panels below. Everything here talks to the emulator over the same REST API a
          real site offers.
        </p>
        <p>
          Pick who you are with <strong>Acting as</strong> in the top bar: every request carries
          that user, so approvers, requesters and admins each see what they would on a real site.
        </p>
        <CurrentUser />
      </section>

      <div className="home-grid">
        <section className="card" aria-labelledby="home-jira">
          <Heading size="medium" as="h2" id="home-jira">
            Jira
          </Heading>
          <ul className="plain-list link-list">
            <li>
              <Link href={paths.issueList('CHG')}>Project CHG: all issues</Link>
            </li>
            <li>
              <Link href={paths.issueList('CHG', CHANGE_REQUESTS_JQL)}>
                Change requests (JQL search)
              </Link>
            </li>
          </ul>
          <Button onClick={onCreate}>Create an issue</Button>
        </section>

        <section className="card" aria-labelledby="home-recent">
          <Heading size="medium" as="h2" id="home-recent">
            Recent change requests
          </Heading>
          <RecentChangeRequests />
        </section>

        <section className="card" aria-labelledby="home-admin">
          <Heading size="medium" as="h2" id="home-admin">
            Jira administration
          </Heading>
          {modules === null || modules.adminPages.length === 0 ? (
            <p className="shell-muted">The app declares no admin page.</p>
          ) : (
            <ul className="plain-list link-list">
              {modules.adminPages.map((page) => (
                <li key={page.key}>
                  <Link href={paths.admin(page.key)}>{page.title}</Link>
                </li>
              ))}
            </ul>
          )}
        </section>

        {modules !== null && modules.globalPages.length > 0 && app !== null && (
          <section className="card" aria-labelledby="home-apps">
            <Heading size="medium" as="h2" id="home-apps">
              Jira apps
            </Heading>
            <ul className="plain-list link-list">
              {modules.globalPages.map((page) => (
                <li key={page.key}>
                  <Link href={paths.globalPage(app.appId, app.environmentId)}>{page.title}</Link>
                </li>
              ))}
            </ul>
          </section>
        )}

        <section className="card" aria-labelledby="home-confluence">
          <Heading size="medium" as="h2" id="home-confluence">
            Confluence
          </Heading>
          <ul className="plain-list link-list">
            <li>
              <Link href={paths.space('GOV')}>
                Space GOV: governance pages with the app&apos;s macro
              </Link>
            </li>
            <li>
              <Link href={paths.spaces()}>All spaces</Link>
            </li>
          </ul>
        </section>

        <section className="card home-wide" aria-labelledby="home-emulator">
          <Heading size="medium" as="h2" id="home-emulator">
            Driving the emulator
          </Heading>
          <p>
            The <strong>Emulator</strong> menu resets the demo site and delivers pending events.
            Scripts and tests use the control API:
          </p>
          <ul className="plain-list code-list">
            <li>
              <code>POST /emulator/reset {'{ "seed": "demo" | "empty" }'}</code>
            </li>
            <li>
              <code>POST /emulator/drain</code> delivers every pending event and queued job
            </li>
            <li>
              <code>POST /emulator/faults {'{ "rules": [...] }'}</code> injects latency, 429s, 5xx
              and duplicate events
            </li>
            <li>
              <code>GET /emulator/requests</code> lists the REST calls the app made
            </li>
            <li>
              Jira REST under <code>/rest/api/3/…</code>, Confluence under{' '}
              <code>/wiki/api/v2/…</code>, acting user in the <code>x-emulator-user</code> header
            </li>
          </ul>
        </section>
      </div>
    </div>
  );
}
