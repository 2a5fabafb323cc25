// Sub-tasks and issue links, each a line with key, summary and status as Jira lists them.
import Heading from '@atlaskit/heading';
import type { IssueLink, IssueSummary } from '../api/jira-schemas';
import { Link } from '../routing/link';
import { paths } from '../routing/routes';
import { StatusLozenge } from './status-lozenge';

function IssueLine({ issue }: { issue: IssueSummary }) {
  return (
    <li className="issue-line">
      <span className="issue-line-type">{issue.fields?.issuetype?.name}</span>
      <Link href={paths.issue(issue.key)}>{issue.key}</Link>
      <span className="issue-line-summary">{issue.fields?.summary}</span>
      <StatusLozenge status={issue.fields?.status} />
    </li>
  );
}

export function SubtasksSection({ subtasks }: { subtasks: readonly IssueSummary[] }) {
  return (
    <section className="issue-section" aria-labelledby="subtasks-heading">
      <Heading size="small" as="h2" id="subtasks-heading">
        Sub-tasks
      </Heading>
      {subtasks.length === 0 ? (
        <p className="shell-muted">No sub-tasks.</p>
      ) : (
        <ul className="plain-list" aria-label="Sub-tasks">
          {subtasks.map((subtask) => (
            <IssueLine key={subtask.key} issue={subtask} />
          ))}
        </ul>
      )}
    </section>
  );
}

/** Jira groups links by how they read from this issue ("blocks", "is blocked by", "relates to"). */
export function groupLinks(links: readonly IssueLink[]): [string, IssueSummary[]][] {
  const groups = new Map<string, IssueSummary[]>();
  for (const link of links) {
    const entries: [string, IssueSummary | undefined][] = [
      [link.type.outward, link.outwardIssue],
      [link.type.inward, link.inwardIssue],
    ];
    for (const [label, other] of entries) {
      if (other === undefined) continue;
      const list = groups.get(label) ?? [];
      list.push(other);
      groups.set(label, list);
    }
  }
  return [...groups.entries()];
}

export function LinksSection({ links }: { links: readonly IssueLink[] }) {
  const groups = groupLinks(links);
  return (
    <section className="issue-section" aria-labelledby="links-heading">
      <Heading size="small" as="h2" id="links-heading">
        Linked issues
      </Heading>
      {groups.length === 0 ? (
        <p className="shell-muted">No linked issues.</p>
      ) : (
        groups.map(([label, issues]) => (
          <div key={label} className="link-group">
            <h3 className="link-group-title">{label}</h3>
            <ul className="plain-list" aria-label={label}>
              {issues.map((issue) => (
                <IssueLine key={issue.key} issue={issue} />
              ))}
            </ul>
          </div>
        ))
      )}
    </section>
  );
}
