// Text an admin writes per language: English is required, Italian falls back to English when empty.
import TextArea from '@atlaskit/textarea';
import Textfield from '@atlaskit/textfield';
import type { LocalizedText } from '../../../../src/contract/ui-kit';
import { useT } from '../../../shared/app-env';
import { Field } from '../../../shared/field';
import type { ProblemIndex } from '../../../shared/problems';
import { fieldId } from '../paths';

interface LocalizedTextFieldProps {
  path: string;
  label: string;
  value: LocalizedText;
  problems: ProblemIndex;
  multiline?: boolean;
  onChange: (value: LocalizedText) => void;
}

export function LocalizedTextField({
  path,
  label,
  value,
  problems,
  multiline = false,
  onChange,
}: LocalizedTextFieldProps) {
  const t = useT();
  const languages = [
    { key: 'en-US', name: t('ui.admin.languages.en') },
    { key: 'it-IT', name: t('ui.admin.languages.it') },
  ] as const;
  return (
    <div className="cg-grid-2" id={fieldId(path)}>
      {languages.map(({ key, name }) => {
        const own = problems.get(`${path}.${key}`) ?? [];
        const shared = key === 'en-US' ? (problems.get(path) ?? []) : [];
        const fieldProblems = [...shared, ...own];
        const text = value[key] ?? '';
        const change = (next: string) => {
          if (key === 'en-US') onChange({ ...value, 'en-US': next });
          else if (next === '') {
            // An empty translation is left out, so the English text shows instead of nothing.
            const { 'it-IT': _dropped, ...rest } = value;
            onChange(rest);
          } else onChange({ ...value, 'it-IT': next });
        };
        return (
          <Field
            key={key}
            id={fieldId(`${path}.${key}`)}
            label={t('ui.admin.fields.inLanguage', { field: label, language: name })}
            problems={fieldProblems}
          >
            {({ id, describedBy, invalid }) => {
              // The same input props either way; only the long text gets a taller box.
              const input = {
                id,
                value: text,
                isInvalid: invalid,
                'aria-describedby': describedBy,
                maxLength: 2000,
                onChange: (event: { currentTarget: { value: string } }) => {
                  change(event.currentTarget.value);
                },
              };
              return multiline ? <TextArea {...input} minimumRows={2} /> : <Textfield {...input} />;
            }}
          </Field>
        );
      })}
    </div>
  );
}
