// Asking a declined approval's role again: one step at a time, the refreshed view replacing the panel's.
import { useState } from 'react';
import type { IssueView, ResolverError } from '../../../../src/contract/ui-kit';
import { invoke } from '../../../shared/invoke';

export function useAskAgain(onAsked: (view: IssueView) => void) {
  const [asking, setAsking] = useState<string | null>(null);
  const [error, setError] = useState<ResolverError | null>(null);
  const ask = async (stepId: string) => {
    setAsking(stepId);
    setError(null);
    const answer = await invoke('askApprovalAgain', { stepId });
    setAsking(null);
    if (answer.ok) onAsked(answer.data);
    else setError(answer.error);
  };
  return {
    asking,
    error,
    ask: (stepId: string) => {
      void ask(stepId);
    },
  };
}
