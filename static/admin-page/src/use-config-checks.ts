// The backend's own configuration checks, run in the page as the admin types. They carry the
// domain's calendar arithmetic (freeze windows are dates), which is too heavy for the page's first
// load: the module is fetched as the page starts, beside the configuration, and the checks run
// as soon as it is there. The backend runs them again on every save.
import { useEffect, useState } from 'react';
import type * as ConfigChecks from '../../../src/contract/config-checks';

type Checks = typeof ConfigChecks;

let loaded: Checks | null = null;
const loading: Promise<Checks> = import('../../../src/contract/config-checks').then((checks) => {
  loaded = checks;
  return checks;
});

/** The checks, or null for the moment before they have arrived. */
export function useConfigChecks(): Checks | null {
  const [checks, setChecks] = useState<Checks | null>(loaded);
  useEffect(() => {
    if (checks !== null) return;
    let current = true;
    void loading.then((arrived) => {
      if (current) setChecks(arrived);
    });
    return () => {
      current = false;
    };
  }, [checks]);
  return checks;
}
