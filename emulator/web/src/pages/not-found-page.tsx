import Heading from '@atlaskit/heading';
import { usePageTitle } from '../common/page-title';
import { Link } from '../routing/link';
import { paths } from '../routing/routes';

export function NotFoundPage({ path }: { path: string }) {
  usePageTitle('Page not found');
  return (
    <div className="page">
      <Heading size="large" as="h1">
        Page not found
      </Heading>
      <p>
        Nothing lives at <code>{path}</code> on this emulated site.
      </p>
      <p>
        <Link href={paths.home()}>Go to the emulator home page</Link>
      </p>
    </div>
  );
}
