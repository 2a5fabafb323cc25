// What a product call costs under Atlassian's 2026 points model (Jira Cloud "Rate limiting"):
// every request starts at 1 point, reads add 1 point per object they return, writes cost the base only.
// The exact counting rule is the emulator's reading of that page, recorded in jira/ASSUMPTIONS.md.

/** POST endpoints that only read: they are charged like a GET (base + objects returned). */
const READ_POSTS: readonly RegExp[] = [
  /^\/rest\/api\/[23]\/search\/jql$/,
  /^\/rest\/api\/[23]\/search\/approximate-count$/,
  /^\/rest\/api\/[23]\/issue\/bulkfetch$/,
  /^\/rest\/api\/[23]\/changelog\/bulkfetch$/,
  /^\/rest\/api\/[23]\/permissions\/check$/,
  /^\/rest\/api\/[23]\/expression\/eval$/,
];

/** A call that reads (is charged for what it returns) rather than writes (charged the base only). */
export function isRead(method: string, path: string): boolean {
  return method === 'GET' || (method === 'POST' && READ_POSTS.some((p) => p.test(path)));
}

/** The lists Jira answers in, in the order they are looked for in an answer object. */
const LIST_FIELDS = [
  'issues',
  'values',
  'comments',
  'transitions',
  'histories',
  'keys',
  'issueTypes',
  'users',
  'groups',
  'projectRoles',
] as const;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** How many objects an answer returns: a list's entries, one for a single object, none for no body. */
export function objectsReturned(body: unknown): number {
  if (body === undefined || body === null || body === '') return 0;
  if (Array.isArray(body)) return body.length;
  if (!isObject(body)) return 1;
  // One issue is one object, whatever it embeds (expanded transitions, changelog, properties).
  if ('key' in body && 'fields' in body) return 1;
  // The changelog bulk fetch answers change histories grouped per issue: each history is one object.
  const logs = body.issueChangeLogs;
  if (Array.isArray(logs)) {
    return logs.reduce<number>((sum, log) => {
      const histories = isObject(log) ? log.changeHistories : undefined;
      return sum + (Array.isArray(histories) ? histories.length : 0);
    }, 0);
  }
  for (const field of LIST_FIELDS) {
    const list = body[field];
    if (Array.isArray(list)) return list.length;
  }
  return 1;
}

/** Base 1, plus the objects a successful read returned; a write, or a read that failed, costs the base. */
export function pointsFor(method: string, path: string, status: number, body: unknown): number {
  const ok = status >= 200 && status < 300;
  return 1 + (ok && isRead(method, path) ? objectsReturned(body) : 0);
}
