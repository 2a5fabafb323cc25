// History lines name the people a role maps to by account id (that is what is stored); an admin reads names.
import { displayNameOf } from '../jira/users';
import type { JiraHttp } from '../jira/http';

/** `"accountId":"x"` inside a shown object, or a quoted value on a line whose field is an `accountId`. */
const IN_OBJECT = /"accountId":"([^"]+)"/g;
const FIELD_LINE = /^(.*\.accountId: )(.*)$/;
const QUOTED = /"([^"]+)"/g;

function idsIn(line: string): string[] {
  const ids = [...line.matchAll(IN_OBJECT)].map((m) => m[1] ?? '');
  const field = FIELD_LINE.exec(line);
  if (field) ids.push(...[...(field[2] ?? '').matchAll(QUOTED)].map((m) => m[1] ?? ''));
  return ids.filter((id) => id !== '');
}

/**
 * The lines with each account id followed by the person's display name, as the admin may see it (looked up as the
 * admin, once per person). An id Jira does not show stays as it is.
 */
export async function withDisplayNames(
  jiraAsAdmin: JiraHttp,
  lines: readonly string[],
): Promise<string[]> {
  const ids = [...new Set(lines.flatMap(idsIn))].slice(0, 50);
  if (ids.length === 0) return [...lines];
  const names = new Map<string, string>();
  await Promise.all(
    ids.map(async (id) => {
      const name = await displayNameOf(jiraAsAdmin, id);
      if (name !== null && name !== id) names.set(id, name);
    }),
  );
  const named = (id: string) => {
    const name = names.get(id);
    return name === undefined ? null : `${id} (${name})`;
  };
  return lines.map((line) => {
    let out = line.replace(IN_OBJECT, (whole, id: string) => {
      const n = named(id);
      return n === null ? whole : `"accountId":"${n}"`;
    });
    const field = FIELD_LINE.exec(out);
    if (field)
      out =
        (field[1] ?? '') +
        (field[2] ?? '').replace(QUOTED, (whole, id: string) => {
          const n = named(id);
          return n === null ? whole : `"${n}"`;
        });
    return out;
  });
}
