// Jira's Apps menu: the installed app's global page (each app may register one), then "Manage
// apps", which leads to the app's admin pages under Jira settings.
import { Disclosure } from '../common/disclosure';
import { Link } from '../routing/link';
import { paths } from '../routing/routes';
import { useShell } from '../shell/shell-context';

export function AppsMenu({ active }: { active: boolean }) {
  const shell = useShell();
  const app = shell.app.state === 'ready' ? shell.app.data : null;
  const globalPages = app?.modules.globalPages ?? [];
  const firstAdminPage = app?.modules.adminPages[0]?.key;
  return (
    <Disclosure
      label="Apps"
      trigger={
        <span className="top-nav-link" aria-current={active ? 'page' : undefined}>
          Apps
        </span>
      }
      className="apps-menu"
    >
      {(close) => (
        <div className="menu">
          <p className="menu-heading">Your apps</p>
          <ul className="menu-list">
            {app !== null &&
              globalPages.map((page) => (
                <li key={page.key}>
                  <Link
                    href={paths.globalPage(app.appId, app.environmentId)}
                    className="menu-item"
                    onClick={close}
                  >
                    {page.title}
                  </Link>
                </li>
              ))}
            {globalPages.length === 0 && <li className="menu-note">No app pages</li>}
            <li>
              <Link href={paths.admin(firstAdminPage)} className="menu-item" onClick={close}>
                Manage apps
              </Link>
            </li>
          </ul>
        </div>
      )}
    </Disclosure>
  );
}
