// Jira settings → Apps: the sidebar lists the app's admin pages, the main area hosts one.
import Heading from '@atlaskit/heading';
import { useEffect } from 'react';
import { usePageTitle } from '../common/page-title';
import { Empty, ErrorState, Loading } from '../common/states';
import { AppFrame } from '../frames/app-frame';
import { navigate } from '../routing/history';
import { Link } from '../routing/link';
import { paths } from '../routing/routes';
import { useShell } from '../shell/shell-context';

export function AdminSettingsPage({ pageKey }: { pageKey: string | null }) {
  const shell = useShell();
  const adminPages = shell.app.state === 'ready' ? shell.app.data.modules.adminPages : [];
  const current = adminPages.find((page) => page.key === pageKey);
  const first = adminPages[0];
  usePageTitle(current === undefined ? 'Apps - Jira settings' : `${current.title} - Jira settings`);

  useEffect(() => {
    // /jira/settings/apps alone opens the first admin page, as "Manage apps" lands somewhere.
    if (pageKey === null && first !== undefined)
      navigate(paths.admin(first.key), { replace: true });
  }, [pageKey, first]);

  return (
    <div className="settings-layout">
      <nav className="sidebar" aria-label="Jira settings">
        <p className="sidebar-title">Jira settings</p>
        <p className="sidebar-section">Apps</p>
        <ul className="sidebar-list">
          {adminPages.map((page) => (
            <li key={page.key}>
              <Link
                href={paths.admin(page.key)}
                className="sidebar-link"
                aria-current={page.key === pageKey ? 'page' : undefined}
              >
                {page.title}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <div className="page settings-main">
        {shell.app.state === 'loading' && <Loading label="Loading the app's modules" />}
        {shell.app.state === 'failed' && (
          <ErrorState title="The app's modules could not be read" error={shell.app.error} />
        )}
        {shell.app.state === 'ready' && current === undefined && pageKey !== null && (
          <>
            <Heading size="large" as="h1">
              Apps
            </Heading>
            <Empty title={`The app has no admin page "${pageKey}".`}>
              <p>Pick one of the app&apos;s pages in the sidebar.</p>
            </Empty>
          </>
        )}
        {shell.app.state === 'ready' && adminPages.length === 0 && (
          <Empty title="The installed app declares no admin page." />
        )}
        {current !== undefined && (
          <>
            <Heading size="large" as="h1">
              {current.title}
            </Heading>
            <AppFrame
              moduleKey={current.key}
              title={current.title}
              target={{}}
              initialHeight={400}
              ownsWindowTitle
            />
          </>
        )}
      </div>
    </div>
  );
}
