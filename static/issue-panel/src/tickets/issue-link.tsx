// A Jira issue key that opens the issue in the host product (the frame itself never navigates).
import { Text } from '@atlaskit/primitives';
import { router } from '@forge/bridge';
import type { MouseEvent } from 'react';
import { useT } from '../../../shared/app-env';

export function IssueLink({ issueKey }: { issueKey: string }) {
  const t = useT();
  const path = `/browse/${encodeURIComponent(issueKey)}`;
  const open = (event: MouseEvent<HTMLAnchorElement>) => {
    // A modified click is the user's wish for a new tab; a plain one stays in the product.
    event.preventDefault();
    const wantsNewTab = event.metaKey || event.ctrlKey || event.shiftKey;
    void (wantsNewTab ? router.open(path) : router.navigate(path));
  };
  return (
    <a
      href={path}
      onClick={open}
      className="cg-issue-key"
      aria-label={t('ui.panel.tickets.openIssue', { key: issueKey })}
    >
      {issueKey}
    </a>
  );
}

/** What a ticket's cell shows: its key once the app has created it. */
export function TicketKey({ issueKey }: { issueKey: string | null }) {
  const t = useT();
  return issueKey ? (
    <IssueLink issueKey={issueKey} />
  ) : (
    <Text color="color.text.subtlest">{t('ui.panel.tickets.notCreated')}</Text>
  );
}
