// The post-launch form: a measured value for each objective (met or missed shows as it is typed, by
// the rule the backend records), the overall outcome and a note. A reader who may not edit sees what
// was recorded, read-only.
import Button from '@atlaskit/button/new';
import Lozenge, { type ThemeAppearance } from '@atlaskit/lozenge';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import TextArea from '@atlaskit/textarea';
import Textfield from '@atlaskit/textfield';
import { OUTCOMES } from '../../../../src/contract/intake-fields';
import type {
  ObjectiveResultsView,
  ObjectiveVerdict,
} from '../../../../src/contract/outcome-contract';
import { useAppEnv } from '../../../shared/app-env';
import { DataTable } from '../../../shared/data-table';
import { formatCalendarDate, formatTimestamp } from '../../../shared/dates';
import { Field } from '../../../shared/field';
import { ErrorState } from '../../../shared/states';
import { ChoiceGroup } from '../intake/choice-group';
import { useObjectiveResults } from './use-objective-results';

const VERDICT_APPEARANCE: Record<ObjectiveVerdict, ThemeAppearance> = {
  met: 'success',
  missed: 'removed',
  unmeasured: 'default',
};

const NOTE_LIMIT = 2000;

interface ResultsFormProps {
  results: ObjectiveResultsView;
  canEdit: boolean;
  onRecorded: (next: ObjectiveResultsView) => void;
}

export function ObjectiveResultsForm({ results, canEdit, onRecorded }: ResultsFormProps) {
  const { t, locale } = useAppEnv();
  const form = useObjectiveResults(results, onRecorded);
  const disabled = !canEdit || form.saving;
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 20 });
  const { recorded } = results;
  return (
    <form
      aria-label={t('ui.objectives.results.heading')}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        form.save();
      }}
    >
      <Stack space="space.200">
        <div role="status" aria-live="polite" className="cg-visually-hidden">
          {form.announcement}
        </div>
        {results.objectives.length === 0 ? (
          <Text>{t('ui.objectives.results.noObjectives')}</Text>
        ) : (
          <DataTable
            caption={t('ui.objectives.results.caption')}
            rows={results.objectives}
            rowKey={(o) => o.id}
            columns={[
              { header: t('ui.objectives.fields.kpi'), rowHeader: true, cell: (o) => o.kpi },
              {
                header: t('ui.objectives.results.baselineTarget'),
                cell: (o) =>
                  t('ui.objectives.results.fromTo', {
                    baseline: number.format(o.baseline),
                    target: number.format(o.target),
                    unit: o.unit,
                  }),
              },
              {
                header: t('ui.objectives.fields.measureBy'),
                className: 'cg-nowrap',
                cell: (o) => formatCalendarDate(o.measureBy, locale),
              },
              {
                header: t('ui.objectives.results.measured'),
                cell: (o) => (
                  <Textfield
                    id={`objective-result-${o.id}`}
                    aria-label={t('ui.objectives.results.measuredFor', {
                      kpi: o.kpi,
                      unit: o.unit,
                    })}
                    type="number"
                    step="any"
                    inputMode="decimal"
                    value={form.draft.measured[o.id] ?? ''}
                    isDisabled={disabled}
                    onChange={(event) => {
                      form.change({
                        measured: { ...form.draft.measured, [o.id]: event.currentTarget.value },
                      });
                    }}
                  />
                ),
              },
              {
                header: t('ui.objectives.results.verdict'),
                cell: (o) => {
                  const verdict = form.verdicts.get(o.id) ?? 'unmeasured';
                  return (
                    <Lozenge appearance={VERDICT_APPEARANCE[verdict]}>
                      {t(`ui.objectives.results.verdicts.${verdict}`)}
                    </Lozenge>
                  );
                },
              },
            ]}
          />
        )}
        <ChoiceGroup
          id="objective-results-outcome"
          name="objective-results-outcome"
          legend={t('ui.objectives.results.outcome')}
          value={form.draft.outcome === '' ? null : form.draft.outcome}
          isDisabled={disabled}
          problems={form.outcomeProblem === null ? undefined : [form.outcomeProblem]}
          options={OUTCOMES.map((o) => ({ value: o, label: t(`ui.panel.outcomes.${o}`) }))}
          onChange={(next) => {
            const outcome = OUTCOMES.find((o) => o === next);
            if (outcome) form.change({ outcome });
          }}
        />
        <Field
          id="objective-results-note"
          label={t('ui.objectives.results.note')}
          helper={t('ui.objectives.results.noteHelp', { max: number.format(NOTE_LIMIT) })}
        >
          {({ id, describedBy }) => (
            <TextArea
              id={id}
              value={form.draft.note}
              isDisabled={disabled}
              aria-describedby={describedBy}
              maxLength={NOTE_LIMIT}
              minimumRows={2}
              onChange={(event) => {
                form.change({ note: event.currentTarget.value });
              }}
            />
          )}
        </Field>
        {form.error && <ErrorState error={form.error} />}
        {recorded && (
          <Text size="small" color="color.text.subtle">
            {t('ui.objectives.results.recordedBy', {
              who: recorded.recordedBy.displayName ?? recorded.recordedBy.accountId,
              when: formatTimestamp(recorded.recordedAt, locale),
              met: recorded.tally.met,
              total: recorded.tally.total,
            })}
            {recorded.earlierVersions > 0 &&
              ` ${t('ui.objectives.results.earlierVersions', { count: recorded.earlierVersions })}`}
          </Text>
        )}
        {canEdit ? (
          <Inline space="space.100">
            <Button type="submit" appearance="primary" isLoading={form.saving}>
              {t('ui.objectives.results.save')}
            </Button>
            <Button isDisabled={!form.dirty || form.saving} onClick={form.reset}>
              {t('ui.objectives.results.discard')}
            </Button>
          </Inline>
        ) : (
          <Text>{t('ui.objectives.results.readOnly')}</Text>
        )}
      </Stack>
    </form>
  );
}
