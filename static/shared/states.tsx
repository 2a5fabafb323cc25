// The loading and failure states every module shares.
import Button from '@atlaskit/button/new';
import SectionMessage from '@atlaskit/section-message';
import Spinner from '@atlaskit/spinner';
import { Box, Inline, Stack, Text, xcss } from '@atlaskit/primitives';
import type { ResolverError } from '../../src/contract/ui-kit';
import { useT } from './app-env';
import { errorTitle } from './error-text';

const centred = xcss({ paddingBlock: 'space.300' });

export function Loading({ label }: { label: string }) {
  return (
    <Box xcss={centred} role="status" aria-live="polite">
      <Inline space="space.100" alignBlock="center" alignInline="center">
        <Spinner size="medium" label={label} />
        <Text color="color.text.subtle">{label}</Text>
      </Inline>
    </Box>
  );
}

export function ErrorState({ error, onRetry }: { error: ResolverError; onRetry?: () => void }) {
  const t = useT();
  return (
    <SectionMessage appearance="error" title={errorTitle(t, error)}>
      <Stack space="space.100">
        <Text>{error.message}</Text>
        {error.problems && error.problems.length > 0 && (
          <ul>
            {error.problems.map((problem, index) => (
              <li key={`${problem.path ?? ''}-${String(index)}`}>
                {problem.path ? <code>{problem.path}</code> : null} {problem.message}
              </li>
            ))}
          </ul>
        )}
        {onRetry && (
          <Box>
            <Button onClick={onRetry}>{t('ui.common.retry')}</Button>
          </Box>
        )}
      </Stack>
    </SectionMessage>
  );
}
