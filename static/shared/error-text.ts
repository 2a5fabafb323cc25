// A resolver error in the user's language: the code picks the sentence, the message adds detail.
import type { ResolverError } from '../../src/contract/resolver-contract';
import type { Translate } from './i18n';

export function errorTitle(t: Translate, error: ResolverError): string {
  return t(`ui.errors.${error.code.replace('.', '_')}`);
}
