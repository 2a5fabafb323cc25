// A labelled form field with its own error and help text, wired with aria-describedby so a
// screen reader reads the problem together with the field.
import { ErrorMessage, HelperMessage, Label } from '@atlaskit/form';
import { Box, Stack } from '@atlaskit/primitives';
import type { ReactNode } from 'react';

export interface FieldControlProps {
  id: string;
  describedBy: string | undefined;
  invalid: boolean;
}

interface FieldProps {
  id: string;
  label: ReactNode;
  problems?: readonly string[] | undefined;
  helper?: ReactNode;
  children: (control: FieldControlProps) => ReactNode;
}

export function Field({ id, label, problems, helper, children }: FieldProps) {
  const invalid = (problems?.length ?? 0) > 0;
  const errorId = `${id}-error`;
  const helperId = `${id}-helper`;
  const describedBy =
    [invalid ? errorId : null, helper ? helperId : null].filter((x) => x !== null).join(' ') ||
    undefined;
  return (
    <Stack space="space.050">
      <Label htmlFor={id}>{label}</Label>
      {children({ id, describedBy, invalid })}
      {helper && (
        <Box id={helperId}>
          <HelperMessage>{helper}</HelperMessage>
        </Box>
      )}
      {invalid && <FieldErrors id={errorId} problems={problems ?? []} />}
    </Stack>
  );
}

export function FieldErrors({ id, problems }: { id: string; problems: readonly string[] }) {
  if (problems.length === 0) return null;
  return (
    <Box id={id}>
      {problems.map((message) => (
        <ErrorMessage key={message}>{message}</ErrorMessage>
      ))}
    </Box>
  );
}
