// A resolver error in the user's language: the code picks the sentence, the message adds detail.
import type { ResolverError } from '../../src/contract/resolver-contract';
import type { Translate } from './i18n';

export function errorTitle(t: Translate, error: ResolverError): string {
  // A size refusal names its limit in the title, in the reader's units.
  const values =
    error.limitBytes === undefined ? undefined : { limitKb: Math.floor(error.limitBytes / 1024) };
  return t(`ui.errors.${error.code.replace('.', '_')}`, values);
}
