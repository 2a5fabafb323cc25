// Jira's issue view tells the app frames on it when the issue changes (the Custom UI event JIRA_ISSUE_CHANGED),
// so a panel shows another user's decision without a reload. The shell has no push from the site: it watches
// what that event covers here, the issue itself and its sub-tasks' statuses, and reports each change once.
import { useEffect, useRef } from 'react';
import { z } from 'zod';
import { useShell } from '../shell/shell-context';

const WATCH_MS = 2500;

const watched = z.object({
  id: z.string(),
  fields: z
    .object({
      updated: z.string().nullish(),
      status: z.object({ name: z.string() }).nullish(),
      project: z.object({ id: z.string() }).nullish(),
      subtasks: z
        .array(
          z.object({
            key: z.string(),
            fields: z
              .object({ status: z.object({ name: z.string() }).nullish() })
              .loose()
              .nullish(),
          }),
        )
        .nullish(),
    })
    .loose(),
});

/** The event's payload as Atlassian documents it for the issue view. */
export interface IssueChange {
  issueId: string;
  projectId: string;
  changes: Array<{ changeType: 'updated'; atlassianId: string }>;
}

const fingerprint = (issue: z.infer<typeof watched>): string =>
  JSON.stringify([
    issue.fields.updated ?? null,
    issue.fields.status?.name ?? null,
    (issue.fields.subtasks ?? []).map((s) => [s.key, s.fields?.status?.name ?? null]),
  ]);

/** Calls `onChange` when the issue or one of its sub-tasks changes; not for the first reading. */
export function useIssueChanges(
  issueKey: string | undefined,
  onChange: (change: IssueChange) => void,
): void {
  const { api } = useShell();
  const latest = useRef(onChange);
  latest.current = onChange;
  useEffect(() => {
    if (issueKey === undefined) return;
    const controller = new AbortController();
    let seen: string | null = null;
    let timer = 0;
    const look = async () => {
      try {
        const path = `/rest/api/3/issue/${encodeURIComponent(issueKey)}?fields=updated,status,project,subtasks`;
        const issue = await api.get(path, watched, controller.signal);
        const now = fingerprint(issue);
        if (seen !== null && now !== seen) {
          latest.current({
            issueId: issue.id,
            projectId: issue.fields.project?.id ?? '',
            changes: [{ changeType: 'updated', atlassianId: '' }],
          });
        }
        seen = now;
      } catch {
        // A missed look is caught up by the next one, as Jira's own events may arrive late or not at all.
      }
      if (!controller.signal.aborted) timer = window.setTimeout(() => void look(), WATCH_MS);
    };
    void look();
    return () => {
      controller.abort();
      window.clearTimeout(timer);
    };
  }, [api, issueKey]);
}
