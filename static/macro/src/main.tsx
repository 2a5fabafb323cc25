// The Confluence macro: the governance tables from the live configuration, in the macro's language.
import { toLocale } from '../../../src/contract/ui-kit';
import { mount } from '../../shared/bootstrap';
import { GovernanceTables } from './governance-tables';
import { readMacroConfig } from './macro-config';

void mount({
  // The page author's choice of language wins; otherwise the reader's own.
  chooseLocale: (context) => readMacroConfig(context).locale ?? toLocale(context.locale),
  render: ({ context, locale }) => (
    <GovernanceTables config={{ ...readMacroConfig(context), locale }} />
  ),
});
