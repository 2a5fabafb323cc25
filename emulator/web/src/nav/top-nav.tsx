// The bar across the top of every Atlassian product: switcher, product, its main links, Create,
// and on the right the emulator's controls and the acting user.
import Button from '@atlaskit/button/new';
import { Link } from '../routing/link';
import { paths, type Product, type Route } from '../routing/routes';
import { useShell } from '../shell/shell-context';
import { AppsMenu } from './apps-menu';
import { EmulatorMenu } from './emulator-menu';
import { ConfluenceLogo, EmulatorLogo, JiraLogo } from './icons';
import { LanguageSelect } from './language-select';
import { ProductSwitcher } from './product-switcher';
import { ThemeToggle } from './theme-toggle';
import { UserSwitcher } from './user-switcher';

interface NavLinkSpec {
  label: string;
  href: string;
  active: boolean;
}

function productLinks(
  product: Product,
  route: Route,
  firstAdminPage: string | undefined,
): NavLinkSpec[] {
  switch (product) {
    case 'jira':
      return [
        {
          label: 'Issues',
          href: paths.issueList('CHG'),
          active: route.kind === 'issue-list' || route.kind === 'issue',
        },
        // Jira settings → Apps: the app's admin pages (the Apps menu beside these links holds its global page).
        { label: 'Settings', href: paths.admin(firstAdminPage), active: route.kind === 'admin' },
      ];
    case 'confluence':
      return [{ label: 'Spaces', href: paths.spaces(), active: route.kind === 'confluence' }];
    case null:
      return [
        { label: 'Jira', href: paths.issueList('CHG'), active: false },
        { label: 'Confluence', href: paths.space('GOV'), active: false },
      ];
    default: {
      const _exhaustive: never = product;
      return _exhaustive;
    }
  }
}

function ProductHome({ product }: { product: Product }) {
  switch (product) {
    case 'jira':
      return (
        <Link href={paths.issueList('CHG')} className="product-home">
          <JiraLogo /> <span>Jira</span>
        </Link>
      );
    case 'confluence':
      return (
        <Link href={paths.space('GOV')} className="product-home">
          <ConfluenceLogo /> <span>Confluence</span>
        </Link>
      );
    case null:
      return (
        <Link href={paths.home()} className="product-home">
          <EmulatorLogo /> <span>Cloud emulator</span>
        </Link>
      );
    default: {
      const _exhaustive: never = product;
      return _exhaustive;
    }
  }
}

interface TopNavProps {
  product: Product;
  route: Route;
  onCreate: () => void;
}

export function TopNav({ product, route, onCreate }: TopNavProps) {
  const shell = useShell();
  const firstAdminPage =
    shell.app.state === 'ready' ? shell.app.data.modules.adminPages[0]?.key : undefined;
  return (
    <header className="top-nav">
      <nav className="top-nav-start" aria-label="Main">
        <ProductSwitcher current={product} />
        <ProductHome product={product} />
        <ul className="top-nav-links">
          {productLinks(product, route, firstAdminPage).map((link) => (
            <li key={link.label}>
              <Link
                href={link.href}
                className="top-nav-link"
                aria-current={link.active ? 'page' : undefined}
              >
                {link.label}
              </Link>
            </li>
          ))}
          {product === 'jira' && (
            <li>
              <AppsMenu active={route.kind === 'global-page'} />
            </li>
          )}
        </ul>
        {product !== 'confluence' && (
          <Button appearance="primary" onClick={onCreate}>
            Create
          </Button>
        )}
      </nav>
      <div className="top-nav-end">
        <EmulatorMenu />
        <LanguageSelect />
        <ThemeToggle />
        <UserSwitcher />
      </div>
    </header>
  );
}
