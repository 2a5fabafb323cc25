// The macro's configuration form, which Confluence opens in its config modal (the manifest's
// `config.resource`). It speaks the author's language, whatever language the tables are set to.
import { mount } from '../../../shared/bootstrap';
import { readMacroConfig } from '../macro-config';
import { MacroConfigForm } from './macro-config-form';

void mount({
  render: ({ context }) => <MacroConfigForm initial={readMacroConfig(context)} />,
});
