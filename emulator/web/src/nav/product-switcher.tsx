// The nine-dot switcher Atlassian products share: jump between Jira and Confluence.
import { Disclosure } from '../common/disclosure';
import { Link } from '../routing/link';
import { paths, type Product } from '../routing/routes';
import { AppSwitcherIcon, ConfluenceLogo, EmulatorLogo, JiraLogo } from './icons';

export function ProductSwitcher({ current }: { current: Product }) {
  return (
    <Disclosure label="Switch product" trigger={<AppSwitcherIcon />} className="product-switcher">
      {(close) => (
        <div className="menu">
          <p className="menu-heading">Switch to</p>
          <ul className="menu-list">
            <li>
              <Link
                href={paths.issueList('CHG')}
                className="menu-item"
                aria-current={current === 'jira' ? 'true' : undefined}
                onClick={close}
              >
                <JiraLogo /> Jira
              </Link>
            </li>
            <li>
              <Link
                href={paths.space('GOV')}
                className="menu-item"
                aria-current={current === 'confluence' ? 'true' : undefined}
                onClick={close}
              >
                <ConfluenceLogo /> Confluence
              </Link>
            </li>
            <li>
              <Link href={paths.home()} className="menu-item" onClick={close}>
                <EmulatorLogo /> Emulator home
              </Link>
            </li>
          </ul>
        </div>
      )}
    </Disclosure>
  );
}
