// The space sidebar's page tree, nested by parentId as Confluence shows it.
import type { PageSummary } from '../api/confluence-schemas';
import { Link } from '../routing/link';
import { paths } from '../routing/routes';

interface TreeNode {
  page: PageSummary;
  children: TreeNode[];
}

export function buildTree(pages: readonly PageSummary[]): TreeNode[] {
  const byId = new Map(pages.map((page) => [page.id, { page, children: [] as TreeNode[] }]));
  const roots: TreeNode[] = [];
  for (const node of byId.values()) {
    const parent =
      node.page.parentId === null || node.page.parentId === undefined
        ? undefined
        : byId.get(node.page.parentId);
    if (parent === undefined) roots.push(node);
    else parent.children.push(node);
  }
  return roots;
}

function Branch({
  nodes,
  spaceKey,
  currentId,
}: {
  nodes: TreeNode[];
  spaceKey: string;
  currentId: string | null;
}) {
  return (
    <ul className="sidebar-list page-tree">
      {nodes.map((node) => (
        <li key={node.page.id}>
          <Link
            href={paths.page(spaceKey, node.page.id)}
            className="sidebar-link"
            aria-current={node.page.id === currentId ? 'page' : undefined}
          >
            {node.page.title}
          </Link>
          {node.children.length > 0 && (
            <Branch nodes={node.children} spaceKey={spaceKey} currentId={currentId} />
          )}
        </li>
      ))}
    </ul>
  );
}

export function PageTree({
  pages,
  spaceKey,
  currentId,
}: {
  pages: readonly PageSummary[];
  spaceKey: string;
  currentId: string | null;
}) {
  if (pages.length === 0) return <p className="shell-muted">This space has no pages.</p>;
  return <Branch nodes={buildTree(pages)} spaceKey={spaceKey} currentId={currentId} />;
}
