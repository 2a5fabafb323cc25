// Jira answers errors as { errorMessages, errors }; Confluence v2 as { errors: [{ title, detail }] }.
// Both are folded into one shape the pages can show.
import { z } from 'zod';

const jiraErrorBody = z.object({
  errorMessages: z.array(z.string()).optional(),
  errors: z.record(z.string(), z.string()).optional(),
});

const confluenceErrorBody = z.object({
  errors: z.array(
    z.object({
      title: z.string().optional(),
      detail: z.string().nullish(),
      code: z.string().optional(),
    }),
  ),
});

const messageBody = z.object({ message: z.string() });

export class HttpError extends Error {
  readonly status: number;
  /** Messages about the request as a whole. */
  readonly messages: readonly string[];
  /** Messages about one field of the request, keyed by field id. */
  readonly fieldErrors: Readonly<Record<string, string>>;

  constructor(status: number, messages: readonly string[], fieldErrors: Record<string, string>) {
    super(messages[0] ?? Object.values(fieldErrors)[0] ?? `Request failed with status ${status}`);
    this.name = 'HttpError';
    this.status = status;
    this.messages = messages;
    this.fieldErrors = fieldErrors;
  }

  /** Every message, field errors included, for places that cannot show them per field. */
  allMessages(): string[] {
    const fields = Object.entries(this.fieldErrors).map(([field, text]) => `${field}: ${text}`);
    const all = [...this.messages, ...fields];
    return all.length > 0 ? all : [this.message];
  }
}

export function httpErrorFrom(status: number, body: unknown): HttpError {
  const jira = jiraErrorBody.safeParse(body);
  if (jira.success && (jira.data.errorMessages !== undefined || jira.data.errors !== undefined)) {
    return new HttpError(status, jira.data.errorMessages ?? [], jira.data.errors ?? {});
  }
  const confluence = confluenceErrorBody.safeParse(body);
  if (confluence.success) {
    const messages = confluence.data.errors.map((e) =>
      [e.title, e.detail]
        .filter((part) => part !== undefined && part !== null && part !== '')
        .join(': '),
    );
    return new HttpError(
      status,
      messages.filter((m) => m !== ''),
      {},
    );
  }
  const plain = messageBody.safeParse(body);
  if (plain.success) return new HttpError(status, [plain.data.message], {});
  return new HttpError(status, [], {});
}

export function errorMessages(error: unknown): string[] {
  if (error instanceof HttpError) return error.allMessages();
  if (error instanceof Error) return [error.message];
  return [String(error)];
}
