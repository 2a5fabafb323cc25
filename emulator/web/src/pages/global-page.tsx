// Jira's Apps menu → the app's global page (/jira/apps/{appId}/{envId}): the page's title over the
// app's frame, in the main content area, as Jira shows a `jira:globalPage` with the default layout.
import Heading from '@atlaskit/heading';
import { usePageTitle } from '../common/page-title';
import { Empty, ErrorState, Loading } from '../common/states';
import { AppFrame } from '../frames/app-frame';
import { useShell } from '../shell/shell-context';

export function GlobalPage({ appId, envId }: { appId: string; envId: string }) {
  const shell = useShell();
  const app = shell.app.state === 'ready' ? shell.app.data : null;
  // One global page per app (Forge refuses to deploy a second), so the URL names the app, not a module.
  const current =
    app !== null && app.appId === appId && app.environmentId === envId
      ? app.modules.globalPages[0]
      : undefined;
  usePageTitle(current === undefined ? 'Apps - Jira' : `${current.title} - Jira`);

  return (
    <div className="page global-page">
      {shell.app.state === 'loading' && <Loading label="Loading the app's modules" />}
      {shell.app.state === 'failed' && (
        <ErrorState title="The app's modules could not be read" error={shell.app.error} />
      )}
      {app !== null && current === undefined && (
        <Empty title="No app page here.">
          <p>The installed app has no global page at this address.</p>
        </Empty>
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
            initialHeight={500}
            ownsWindowTitle
          />
        </>
      )}
    </div>
  );
}
