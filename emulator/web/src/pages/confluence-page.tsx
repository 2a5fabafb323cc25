// Confluence: the spaces, a space's page tree, and a page whose ADF body may embed the app's
// macro (rendered as the macro's Custom UI frame with its configuration).
import Heading from '@atlaskit/heading';
import { useEffect } from 'react';
import { AdfView } from '../adf/adf-view';
import type { Api } from '../api/client';
import {
  page as pageSchema,
  pages as pagesSchema,
  spaces as spacesSchema,
  type Page,
  type PageSummary,
  type Space,
} from '../api/confluence-schemas';
import { useResource } from '../api/use-resource';
import { usePageTitle } from '../common/page-title';
import { Empty, ErrorState, Loading } from '../common/states';
import { macroInstance } from '../confluence/macro-extension';
import { PageMacro } from '../confluence/page-macro';
import { PageTree } from '../confluence/page-tree';
import { navigate } from '../routing/history';
import { Link } from '../routing/link';
import { paths } from '../routing/routes';
import { useShell } from '../shell/shell-context';

interface SpaceView {
  spaces: Space[];
  space: Space | null;
  page: Page | null;
  pages: PageSummary[];
}

async function loadSpaceView(
  api: Api,
  spaceKey: string | null,
  pageId: string | null,
  signal: AbortSignal,
): Promise<SpaceView> {
  const [spaceList, page] = await Promise.all([
    api.get('/wiki/api/v2/spaces?limit=250', spacesSchema, signal),
    pageId === null
      ? Promise.resolve(null)
      : api.get(
          `/wiki/api/v2/pages/${encodeURIComponent(pageId)}?body-format=atlas_doc_format`,
          pageSchema,
          signal,
        ),
  ]);
  const spaces = spaceList.results;
  const space =
    spaces.find((s) =>
      spaceKey !== null ? s.key === spaceKey : page !== null && s.id === page.spaceId,
    ) ?? null;
  const pages =
    space === null
      ? []
      : (
          await api.get(
            `/wiki/api/v2/spaces/${encodeURIComponent(space.id)}/pages?limit=250`,
            pagesSchema,
            signal,
          )
        ).results;
  return { spaces, space, page, pages };
}

export function ConfluencePage({
  spaceKey,
  pageId,
}: {
  spaceKey: string | null;
  pageId: string | null;
}) {
  const { api } = useShell();
  const [view, reload] = useResource(
    (signal) => loadSpaceView(api, spaceKey, pageId, signal),
    [api, spaceKey, pageId],
  );

  const landing =
    view.state === 'ready' && pageId === null && view.data.space !== null
      ? (view.data.space.homepageId ??
        view.data.pages.find((p) => p.parentId === null || p.parentId === undefined)?.id ??
        view.data.pages[0]?.id ??
        null)
      : null;
  const landingSpace = view.state === 'ready' ? view.data.space?.key : undefined;
  useEffect(() => {
    // A space opens on its home page, as in Confluence.
    if (landing !== null && landingSpace !== undefined)
      navigate(paths.page(landingSpace, landing), { replace: true });
  }, [landing, landingSpace]);

  switch (view.state) {
    case 'loading':
      return (
        <div className="page">
          <Loading label="Loading Confluence" />
        </div>
      );
    case 'failed':
      return (
        <div className="page">
          <Heading size="large" as="h1">
            Confluence
          </Heading>
          <ErrorState title="This page could not be loaded" error={view.error} />
        </div>
      );
    case 'ready':
      return (
        <ConfluenceLayout view={view.data} spaceKey={spaceKey} pageId={pageId} onSaved={reload} />
      );
    default: {
      const _exhaustive: never = view;
      return _exhaustive;
    }
  }
}

function SpaceList({ spaces }: { spaces: Space[] }) {
  usePageTitle('Spaces - Confluence');
  return (
    <div className="page">
      <Heading size="large" as="h1">
        Spaces
      </Heading>
      {spaces.length === 0 ? (
        <Empty title="There are no spaces on this site." />
      ) : (
        <ul className="plain-list link-list" aria-label="Spaces">
          {spaces.map((space) => (
            <li key={space.id}>
              <Link href={paths.space(space.key)}>{space.name}</Link>{' '}
              <span className="shell-muted">({space.key})</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function ConfluenceLayout({
  view,
  spaceKey,
  pageId,
  onSaved,
}: {
  view: SpaceView;
  spaceKey: string | null;
  pageId: string | null;
  onSaved: () => void;
}) {
  if (view.space === null) {
    if (spaceKey === null && pageId === null) return <SpaceList spaces={view.spaces} />;
    return (
      <div className="page">
        <Heading size="large" as="h1">
          Space not found
        </Heading>
        <Empty title={`There is no space ${spaceKey ?? ''} you can see.`}>
          <Link href={paths.spaces()}>All spaces</Link>
        </Empty>
      </div>
    );
  }
  const space = view.space;
  return (
    <div className="settings-layout">
      <nav className="sidebar" aria-label={`Space ${space.name}`}>
        <p className="sidebar-title">
          <Link href={paths.space(space.key)} className="quiet-link">
            {space.name}
          </Link>
        </p>
        <p className="sidebar-section">Content</p>
        <PageTree pages={view.pages} spaceKey={space.key} currentId={pageId} />
      </nav>
      <div className="page wiki-main">
        {view.page === null ? (
          <Empty
            title={
              view.pages.length === 0
                ? 'This space has no pages yet.'
                : 'Opening the space home page…'
            }
          />
        ) : (
          <PageView page={view.page} space={space} pages={view.pages} onSaved={onSaved} />
        )}
      </div>
    </div>
  );
}

function ancestors(page: Page, pages: PageSummary[]): PageSummary[] {
  const chain: PageSummary[] = [];
  let parentId = page.parentId ?? null;
  while (parentId !== null && chain.length < 20) {
    const parent = pages.find((p) => p.id === parentId);
    if (parent === undefined) break;
    chain.unshift(parent);
    parentId = parent.parentId ?? null;
  }
  return chain;
}

function PageView({
  page,
  space,
  pages,
  onSaved,
}: {
  page: Page;
  space: Space;
  pages: PageSummary[];
  onSaved: () => void;
}) {
  const shell = useShell();
  usePageTitle(`${page.title} - ${space.name} - Confluence`);
  const macros = shell.app.state === 'ready' ? shell.app.data.modules.macros : [];
  return (
    <article className="wiki-page">
      <nav aria-label="Breadcrumbs" className="breadcrumbs">
        <ol>
          <li>
            <Link href={paths.space(space.key)}>{space.name}</Link>
          </li>
          {ancestors(page, pages).map((ancestor) => (
            <li key={ancestor.id}>
              <Link href={paths.page(space.key, ancestor.id)}>{ancestor.title}</Link>
            </li>
          ))}
        </ol>
      </nav>
      <Heading size="xlarge" as="h1" testId="wiki-page-title">
        {page.title}
      </Heading>
      {page.version?.number !== undefined && (
        <p className="shell-muted small">Version {page.version.number}</p>
      )}
      <div className="wiki-body">
        <AdfView
          document={page.body?.atlas_doc_format?.value}
          emptyText="This page is empty."
          renderExtension={(node) => {
            const instance = macroInstance(node, macros);
            if (instance === null) return null;
            return <PageMacro page={page} instance={instance} onSaved={onSaved} />;
          }}
        />
      </div>
    </article>
  );
}
