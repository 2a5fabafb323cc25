// A resolver error in the user's language: the code picks the sentence, the message adds detail.
import type { ResolverError } from '../../src/contract/ui-kit';
import type { Translate } from './i18n';

/** HH:MM in the reader's own time zone (24-hour, as both locales write it). */
export function clockTime(iso: string): string | undefined {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return undefined;
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(at.getHours())}:${two(at.getMinutes())}`;
}

export function errorTitle(t: Translate, error: ResolverError): string {
  const key = `ui.errors.${error.code.replace('.', '_')}`;
  // A size refusal names its limit in the title, in the reader's units.
  if (error.limitBytes !== undefined)
    return t(key, { limitKb: Math.floor(error.limitBytes / 1024) });
  // Jira's hourly quota is spent: the work is deferred, and the reader is told when it will be done.
  const time = error.until === undefined ? undefined : clockTime(error.until);
  if (error.code === 'JIRA.BUSY') return time === undefined ? t(`${key}_SOON`) : t(key, { time });
  return t(key);
}
