// Loading, empty and error states, the same everywhere.
import SectionMessage from '@atlaskit/section-message';
import Spinner from '@atlaskit/spinner';
import type { ReactNode } from 'react';
import { errorMessages } from '../api/http-error';

export function Loading({ label }: { label: string }) {
  return (
    <div className="shell-state" role="status">
      <Spinner size="large" label={label} />
      <span className="shell-muted">{label}</span>
    </div>
  );
}

export function ErrorState({
  title,
  error,
  children,
}: {
  title: string;
  error: unknown;
  children?: ReactNode;
}) {
  return (
    <div className="shell-error" data-testid="error-state">
      <SectionMessage appearance="error" title={title}>
        {errorMessages(error).map((message) => (
          <p key={message}>{message}</p>
        ))}
        {children}
      </SectionMessage>
    </div>
  );
}

export function Empty({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="shell-empty">
      <p className="shell-empty-title">{title}</p>
      {children}
    </div>
  );
}
