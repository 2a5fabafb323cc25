// The shell: top navigation, the page the URL names, and the Create dialog.
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { Loading } from './common/states';
import { TopNav } from './nav/top-nav';
import { HomePage } from './pages/home-page';
import { NotFoundPage } from './pages/not-found-page';
import { useLocation } from './routing/history';
import { parseRoute, productOf, type Route } from './routing/routes';
import { useShell } from './shell/shell-context';

// Each area loads its heavier Atlaskit components (table, modal, …) only when first visited.
const IssueListPage = lazy(() =>
  import('./pages/issue-list-page').then((m) => ({ default: m.IssueListPage })),
);
const IssuePage = lazy(() => import('./pages/issue-page').then((m) => ({ default: m.IssuePage })));
const AdminSettingsPage = lazy(() =>
  import('./pages/admin-settings-page').then((m) => ({ default: m.AdminSettingsPage })),
);
const GlobalPage = lazy(() =>
  import('./pages/global-page').then((m) => ({ default: m.GlobalPage })),
);
const ConfluencePage = lazy(() =>
  import('./pages/confluence-page').then((m) => ({ default: m.ConfluencePage })),
);
const CreateIssueDialog = lazy(() =>
  import('./issue/create-issue-dialog').then((m) => ({ default: m.CreateIssueDialog })),
);

function RouteView({ route, onCreate }: { route: Route; onCreate: () => void }) {
  switch (route.kind) {
    case 'home':
      return <HomePage onCreate={onCreate} />;
    case 'issue-list':
      return <IssueListPage projectKey={route.projectKey} jql={route.jql} />;
    case 'issue':
      return <IssuePage key={route.issueKey} issueKey={route.issueKey} />;
    case 'admin':
      return <AdminSettingsPage pageKey={route.pageKey} />;
    case 'global-page':
      return <GlobalPage appId={route.appId} envId={route.envId} />;
    case 'confluence':
      return <ConfluencePage spaceKey={route.spaceKey} pageId={route.pageId} />;
    case 'not-found':
      return <NotFoundPage path={route.path} />;
    default: {
      const _exhaustive: never = route;
      return _exhaustive;
    }
  }
}

export function App() {
  const location = useLocation();
  const shell = useShell();
  const route = parseRoute(location.pathname, location.search);
  const [creating, setCreating] = useState(false);
  const [createLoaded, setCreateLoaded] = useState(false);
  const main = useRef<HTMLElement>(null);
  const firstRender = useRef(true);

  useEffect(() => {
    // After in-app navigation, move focus to the new content, as a full page load would.
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    main.current?.focus({ preventScroll: true });
  }, [location.pathname]);

  const openCreate = (): void => {
    setCreateLoaded(true);
    setCreating(true);
  };
  return (
    <div className="shell">
      <a href="#main" className="skip-link">
        Skip to content
      </a>
      <TopNav product={productOf(route)} route={route} onCreate={openCreate} />
      <main
        id="main"
        ref={main}
        tabIndex={-1}
        className="shell-main"
        key={`${shell.accountId}:${String(shell.epoch)}`}
      >
        <Suspense fallback={<Loading label="Loading page" />}>
          <RouteView route={route} onCreate={openCreate} />
        </Suspense>
      </main>
      {createLoaded && (
        <Suspense fallback={null}>
          <CreateIssueDialog
            isOpen={creating}
            onClose={() => {
              setCreating(false);
            }}
          />
        </Suspense>
      )}
    </div>
  );
}
