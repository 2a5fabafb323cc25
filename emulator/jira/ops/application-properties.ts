// Get application property: only the site's default language, which the app reads to write its
// comments and workflow refusals in it. Other keys answer 404 as Jira does for a key it lacks.
import type { Ctx, Operation } from '../context';
import { json, jiraError } from '../http';
import { isAdmin } from '../permissions';
import { queryString } from '../values';

export const DEFAULT_LOCALE_PROPERTY = 'jira.i18n.default.locale';

/** The property as Jira describes it (General configuration › Default language). */
function localeProperty(locale: string): Record<string, unknown> {
  return {
    id: DEFAULT_LOCALE_PROPERTY,
    key: DEFAULT_LOCALE_PROPERTY,
    value: locale,
    name: 'Default language',
    desc: 'The default language of the site.',
    type: 'string',
    defaultValue: 'en_US',
  };
}

/** Needs Administer Jira, as documented; with `key` the one property comes back as an object. */
export function getApplicationProperty(ctx: Ctx, defaultLocale: string): ReturnType<Operation> {
  if (!isAdmin(ctx))
    return jiraError(403, [
      'You must have global administrator rights to read application properties.',
    ]);
  const key = queryString(ctx.query.key);
  if (key === undefined) return json(200, [localeProperty(defaultLocale)]);
  if (key !== DEFAULT_LOCALE_PROPERTY)
    return jiraError(404, [`The application property ${key} does not exist.`]);
  return json(200, localeProperty(defaultLocale));
}
