// Jira colours a status by its category: to do grey, in progress blue, done green.
import Lozenge from '@atlaskit/lozenge';
import type { Status } from '../api/jira-schemas';

type Appearance = 'default' | 'inprogress' | 'success' | 'removed' | 'moved' | 'new';

function appearanceOf(status: Status): Appearance {
  switch (status.statusCategory?.key) {
    case 'indeterminate':
      return 'inprogress';
    case 'done':
      return 'success';
    case undefined:
    default:
      return 'default';
  }
}

export function StatusLozenge({ status }: { status: Status | undefined }) {
  if (status === undefined) return null;
  return (
    <Lozenge appearance={appearanceOf(status)} testId="status-lozenge">
      {status.name}
    </Lozenge>
  );
}
