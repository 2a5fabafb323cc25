// The "Details" panel on the right of a Jira issue.
import Heading from '@atlaskit/heading';
import type { ReactNode } from 'react';
import type { IssueFields } from '../api/jira-schemas';
import { formatCalendarDate, formatInstant } from '../common/format';

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="details-row">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function none(text: string) {
  return <span className="shell-muted">{text}</span>;
}

export function IssueDetails({ fields }: { fields: IssueFields }) {
  const labels = fields.labels ?? [];
  return (
    <section className="details-panel" aria-labelledby="details-heading">
      <Heading size="xsmall" as="h2" id="details-heading">
        Details
      </Heading>
      <dl className="details-list">
        <Row label="Assignee">
          {fields.assignee?.displayName ?? fields.assignee?.accountId ?? none('Unassigned')}
        </Row>
        <Row label="Reporter">
          {fields.reporter?.displayName ?? fields.reporter?.accountId ?? none('None')}
        </Row>
        <Row label="Due date">{formatCalendarDate(fields.duedate) ?? none('None')}</Row>
        <Row label="Labels">
          {labels.length === 0 ? (
            none('None')
          ) : (
            <ul className="label-list" aria-label="Labels">
              {labels.map((label) => (
                <li key={label} className="label-chip">
                  {label}
                </li>
              ))}
            </ul>
          )}
        </Row>
        <Row label="Issue type">{fields.issuetype?.name ?? none('None')}</Row>
        <Row label="Created">{formatInstant(fields.created) ?? none('Unknown')}</Row>
        <Row label="Updated">{formatInstant(fields.updated) ?? none('Unknown')}</Row>
      </dl>
    </section>
  );
}
