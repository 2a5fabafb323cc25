// The report's quarter range: from and to, from a fixed list, checked on the field before it is asked.
import Button from '@atlaskit/button/new';
import { Box, Inline } from '@atlaskit/primitives';
import { useState, type FormEvent } from 'react';
import { NOTICE_REPORT_LIMITS } from '../../../../src/contract/report-contract';
import { useT } from '../../../shared/app-env';
import { Field } from '../../../shared/field';
import { offeredQuarters, rangeProblem } from './quarter-range';

interface ReportRangeProps {
  current: string;
  initial: { from: string; to: string };
  busy: boolean;
  onShow: (from: string, to: string) => void;
}

function QuarterSelect(props: {
  id: string;
  label: string;
  value: string;
  options: readonly string[];
  problem: string | null;
  onChange: (value: string) => void;
}) {
  return (
    <Field id={props.id} label={props.label} problems={props.problem ? [props.problem] : []}>
      {({ id, describedBy, invalid }) => (
        <select
          id={id}
          className="cg-select"
          value={props.value}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          onChange={(event) => {
            props.onChange(event.currentTarget.value);
          }}
        >
          {props.options.map((quarter) => (
            <option key={quarter} value={quarter}>
              {quarter}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

export function ReportRange({ current, initial, busy, onShow }: ReportRangeProps) {
  const t = useT();
  const [from, setFrom] = useState(initial.from);
  const [to, setTo] = useState(initial.to);
  const [checked, setChecked] = useState(false);
  const options = offeredQuarters(current);
  const problem = rangeProblem(from, to);
  const message =
    !checked || problem === null
      ? null
      : problem === 'backwards'
        ? t('ui.report.rangeBackwards')
        : t('ui.report.rangeTooLong', { max: NOTICE_REPORT_LIMITS.maxQuarters });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (problem === null) onShow(from, to);
    else document.getElementById('report-to')?.focus();
  };

  return (
    <form noValidate onSubmit={submit} aria-label={t('ui.report.title')}>
      <Inline space="space.200" alignBlock="end" shouldWrap>
        <QuarterSelect
          id="report-from"
          label={t('ui.report.from')}
          value={from}
          options={options}
          problem={null}
          onChange={setFrom}
        />
        <QuarterSelect
          id="report-to"
          label={t('ui.report.to')}
          value={to}
          options={options}
          problem={message}
          onChange={setTo}
        />
        <Box paddingBlockEnd={message ? 'space.300' : 'space.0'}>
          <Button type="submit" appearance="primary" isDisabled={busy}>
            {t('ui.report.show')}
          </Button>
        </Box>
      </Inline>
    </form>
  );
}
