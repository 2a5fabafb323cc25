// Filters by segment, channel, touchpoint, tier and status: one Atlaskit multi-select each, with
// the values the loaded changes actually carry. Only a handful of widgets, however many changes.
import Button from '@atlaskit/button/new';
import { Checkbox } from '@atlaskit/checkbox';
import { Label } from '@atlaskit/form';
import Select from '@atlaskit/select';
import { useMemo } from 'react';
import type { CalendarEntry } from '../../../src/contract/calendar-contract';
import { useAppEnv } from '../../shared/app-env';
import { facetValues, NO_FILTERS, type CalendarFilters } from './calendar-index';

interface Option {
  value: string;
  label: string;
}

type Facet = Exclude<keyof CalendarFilters, 'tiers'>;

interface FilterBarProps {
  entries: readonly CalendarEntry[];
  filters: CalendarFilters;
  onChange: (filters: CalendarFilters) => void;
  touchpointName: (id: string) => string;
  tierLabel: (tier: number) => string;
  showComms: boolean;
  onShowComms: (show: boolean) => void;
}

function FacetSelect({
  id,
  label,
  options,
  selected,
  onChange,
}: {
  id: string;
  label: string;
  options: Option[];
  selected: readonly string[];
  onChange: (values: string[]) => void;
}) {
  const { t } = useAppEnv();
  const value = options.filter((option) => selected.includes(option.value));
  return (
    <div className="cg-cal-filter">
      <Label htmlFor={id}>{label}</Label>
      <Select<Option, true>
        inputId={id}
        isMulti
        options={options}
        value={value}
        placeholder={t('ui.calendar.filters.any')}
        noOptionsMessage={() => t('ui.calendar.filters.noOptions')}
        onChange={(chosen) => {
          onChange(chosen.map((option) => option.value));
        }}
      />
    </div>
  );
}

export function FilterBar(props: FilterBarProps) {
  const { t } = useAppEnv();
  const { entries, filters, onChange } = props;
  const options = useMemo(
    () => ({
      segments: facetValues(entries, (e) => e.segments),
      channels: facetValues(entries, (e) => e.channels),
      touchpoints: facetValues(entries, (e) => e.touchpoints).map((option) => ({
        value: option.value,
        label: props.touchpointName(option.label),
      })),
      statuses: facetValues(entries, (e) => [e.status.name]),
      tiers: [...new Set(entries.flatMap((e) => (e.tier === null ? [] : [e.tier])))]
        .sort((a, b) => a - b)
        .map((tier) => ({ value: String(tier), label: props.tierLabel(tier) })),
    }),
    [entries, props.touchpointName, props.tierLabel],
  );
  const facet = (key: Facet, label: string) => (
    <FacetSelect
      id={`cg-cal-filter-${key}`}
      label={label}
      options={options[key]}
      selected={filters[key]}
      onChange={(values) => {
        onChange({ ...filters, [key]: values });
      }}
    />
  );
  const filtered = Object.values(filters).some((values: unknown[]) => values.length > 0);
  return (
    <div className="cg-cal-filters" role="group" aria-label={t('ui.calendar.filters.title')}>
      {facet('segments', t('ui.calendar.filters.segment'))}
      {facet('channels', t('ui.calendar.filters.channel'))}
      {facet('touchpoints', t('ui.calendar.filters.touchpoint'))}
      <FacetSelect
        id="cg-cal-filter-tiers"
        label={t('ui.calendar.filters.tier')}
        options={options.tiers}
        selected={filters.tiers.map(String)}
        onChange={(values) => {
          onChange({ ...filters, tiers: values.map(Number) });
        }}
      />
      {facet('statuses', t('ui.calendar.filters.status'))}
      <div className="cg-cal-filter-actions">
        <Checkbox
          label={t('ui.calendar.filters.showComms')}
          isChecked={props.showComms}
          onChange={(event) => {
            props.onShowComms(event.target.checked);
          }}
        />
        {filtered && (
          <Button
            appearance="subtle"
            onClick={() => {
              onChange(NO_FILTERS);
            }}
          >
            {t('ui.calendar.filters.clear')}
          </Button>
        )}
      </div>
    </div>
  );
}
