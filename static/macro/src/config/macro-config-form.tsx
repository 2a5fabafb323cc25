// The author's form: which tables the macro shows and in which language. Save hands the
// configuration to Confluence with view.submit({ config }); Cancel closes the modal unchanged.
import Button from '@atlaskit/button/new';
import { Checkbox } from '@atlaskit/checkbox';
import { Fieldset, HelperMessage } from '@atlaskit/form';
import Heading from '@atlaskit/heading';
import { Box, Inline, Stack } from '@atlaskit/primitives';
import SectionMessage from '@atlaskit/section-message';
import Select from '@atlaskit/select';
import { view } from '@forge/bridge';
import { useRef, useState, type FormEvent } from 'react';
import {
  type Locale,
  LOCALES,
  MACRO_TABLES,
  type MacroConfig,
} from '../../../../src/contract/ui-kit';
import { useT } from '../../../shared/app-env';
import { Field, FieldErrors } from '../../../shared/field';
import { configOf, draftOf, toggleTable, type ConfigDraft } from './config-draft';

interface LanguageChoice {
  value: Locale | null;
  label: string;
}

/** Each language by its own name, as language pickers show them. */
const ENDONYMS: Record<Locale, string> = { 'en-US': 'English (US)', 'it-IT': 'Italiano' };

export function MacroConfigForm({ initial }: { initial: MacroConfig }) {
  const t = useT();
  const [draft, setDraft] = useState<ConfigDraft>(() => draftOf(initial));
  const [noTables, setNoTables] = useState(false);
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);
  const firstTable = useRef<HTMLInputElement>(null);

  const languages: LanguageChoice[] = [
    { value: null, label: t('ui.macroConfig.readerLanguage') },
    ...LOCALES.map((locale) => ({ value: locale, label: ENDONYMS[locale] })),
  ];
  const language = languages.find((choice) => choice.value === draft.locale) ?? languages[0];

  const onSubmit = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    const result = configOf(draft);
    if (!result.ok) {
      setNoTables(result.noTables);
      // Keyboard and screen-reader users land where the problem is.
      firstTable.current?.focus();
      return;
    }
    setSaving(true);
    setSaveError(null);
    try {
      // Confluence stores `config` on the macro and re-renders it; the modal closes.
      await view.submit({ config: result.config });
    } catch (error) {
      setSaveError(error instanceof Error ? error.message : String(error));
      setSaving(false);
    }
  };

  return (
    <Box padding="space.200">
      <form noValidate onSubmit={(event) => void onSubmit(event)} aria-labelledby="config-title">
        <Stack space="space.300">
          <Heading size="medium" as="h1" id="config-title">
            {t('ui.macroConfig.title')}
          </Heading>
          {saveError !== null && (
            <SectionMessage appearance="error">
              <p role="alert">{t('ui.macroConfig.saveFailed', { message: saveError })}</p>
            </SectionMessage>
          )}
          <Fieldset legend={t('ui.macroConfig.tables')}>
            <Stack space="space.050">
              {MACRO_TABLES.map((table, index) => (
                <Checkbox
                  key={table}
                  name="tables"
                  value={table}
                  label={
                    table === 'report' ? t('ui.report.macro.title') : t(`ui.macro.${table}.title`)
                  }
                  isChecked={draft.tables.includes(table)}
                  isInvalid={noTables}
                  aria-describedby={noTables ? 'tables-error tables-helper' : 'tables-helper'}
                  {...(index === 0 ? { ref: firstTable } : {})}
                  onChange={(event) => {
                    const next = toggleTable(draft, table, event.currentTarget.checked);
                    setDraft(next);
                    if (next.tables.length > 0) setNoTables(false);
                  }}
                />
              ))}
              <Box id="tables-helper">
                <HelperMessage>{t('ui.macroConfig.tablesHelp')}</HelperMessage>
              </Box>
              {noTables && (
                <FieldErrors id="tables-error" problems={[t('ui.macroConfig.noTables')]} />
              )}
            </Stack>
          </Fieldset>
          <Field
            id="config-locale"
            label={t('ui.macroConfig.language')}
            helper={t('ui.macroConfig.languageHelp')}
          >
            {({ id, describedBy }) => (
              <Select<LanguageChoice>
                inputId={id}
                options={languages}
                value={language}
                aria-describedby={describedBy}
                getOptionValue={(choice) => choice.value ?? ''}
                onChange={(choice) => {
                  if (choice) setDraft({ ...draft, locale: choice.value });
                }}
              />
            )}
          </Field>
          <Inline space="space.100" alignInline="end">
            <Button appearance="subtle" onClick={() => void view.close()}>
              {t('ui.macroConfig.cancel')}
            </Button>
            <Button appearance="primary" type="submit" isLoading={saving}>
              {t('ui.macroConfig.save')}
            </Button>
          </Inline>
        </Stack>
      </form>
    </Box>
  );
}
