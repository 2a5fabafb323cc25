import type { Locale } from '../domain/localized';
import type { MacroTable } from '../contract/resolver-contract';

/** Every fixed string of the exported tables; the configuration supplies the rest. */
export interface TableLabels {
  titles: Record<MacroTable, string>;
  tier: string;
  customerExperience: string;
  publicRelations: string;
  finance: string;
  leadTime: string;
  examples: string;
  reviewers: string;
  approvers: string;
  commsOwner: string;
  offsetDays: string;
  step: string;
  channel: string;
  owner: string;
  /** Shown in a cell whose list is empty, so the cell never reads as missing data. */
  none: string;
  days: (count: number) => string;
  /** The notice-compliance report's columns and how its figures read. */
  report: ReportLabels;
  /** The sub-tables of the criteria section: how answers become a tier. */
  scoring: {
    criteriaTitle: string;
    thresholdsTitle: string;
    escalationsTitle: string;
    criterion: string;
    question: string;
    weight: string;
    options: string;
    /** The score column, naming the total the weighted answers are a share of. */
    score: (maxPoints: number) => string;
    rule: string;
    when: string;
    minimumTier: string;
    /** Joins the conditions of one rule, all of which must hold. */
    and: string;
  };
}

export interface ReportLabels {
  quarter: string;
  changes: string;
  onTime: string;
  leadTimeExceptions: string;
  emergencies: string;
  medianNoticeDays: string;
  objectivesMet: string;
  /** The on-time share with what it is a share of, e.g. "67% (2 of 3)". */
  share: (onTime: number, decided: number) => string;
  met: (met: number, total: number) => string;
  /** A figure with the locale's decimal separator (a median may end in .5). */
  figure: (value: number) => string;
  /** Said in the table when the report could not be read for an export. */
  unavailable: string;
}

const reportLabels = (
  locale: Locale,
  words: Omit<ReportLabels, 'share' | 'met' | 'figure'> & { of: string },
): ReportLabels => {
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const { of, ...rest } = words;
  return {
    ...rest,
    share: (onTime, decided) =>
      `${percent.format(onTime / decided)} (${number.format(onTime)} ${of} ${number.format(decided)})`,
    met: (met, total) => `${number.format(met)} ${of} ${number.format(total)}`,
    figure: (value) => number.format(value),
  };
};

// Kept beside the exporter, not in locales/, because the ADF export runs in the backend
// where the browser's i18n resources are not loaded.
export const TABLE_LABELS: Record<Locale, TableLabels> = {
  'en-US': {
    titles: {
      criteria: 'Impact criteria',
      roles: 'Roles and responsibilities',
      comms: 'Customer communication plan',
      report: 'Notice compliance by tier and quarter',
    },
    report: reportLabels('en-US', {
      quarter: 'Quarter',
      changes: 'Changes',
      onTime: 'First notice on time',
      leadTimeExceptions: 'Lead-time exceptions',
      emergencies: 'Emergencies',
      medianNoticeDays: 'Median notice (days)',
      objectivesMet: 'Objectives met',
      unavailable: 'The report could not be read for this export.',
      of: 'of',
    }),
    tier: 'Tier',
    customerExperience: 'Customer Experience',
    publicRelations: 'Public Relations',
    finance: 'Finance',
    leadTime: 'Lead time',
    examples: 'Examples',
    reviewers: 'Reviewers',
    approvers: 'Approvers',
    commsOwner: 'Comms owner',
    offsetDays: 'Offset (days)',
    step: 'Step',
    channel: 'Channel',
    owner: 'Owner',
    none: '—',
    days: (count) => (count === 1 ? '1 day' : `${count} days`),
    scoring: {
      criteriaTitle: 'Scoring criteria',
      thresholdsTitle: 'Score thresholds',
      escalationsTitle: 'Escalation rules',
      criterion: 'Criterion',
      question: 'Question',
      weight: 'Weight',
      options: 'Answers',
      score: (maxPoints) => `Score (0–100, share of ${maxPoints} weighted points)`,
      rule: 'Rule',
      when: 'When',
      minimumTier: 'At least tier',
      and: ' and ',
    },
  },
  'it-IT': {
    titles: {
      criteria: 'Criteri di impatto',
      roles: 'Ruoli e responsabilità',
      comms: 'Piano di comunicazione ai clienti',
      report: 'Rispetto dei preavvisi per livello e trimestre',
    },
    report: reportLabels('it-IT', {
      quarter: 'Trimestre',
      changes: 'Modifiche',
      onTime: 'Primo avviso puntuale',
      leadTimeExceptions: 'Eccezioni al preavviso',
      emergencies: 'Emergenze',
      medianNoticeDays: 'Preavviso mediano (giorni)',
      objectivesMet: 'Obiettivi raggiunti',
      unavailable: 'Non è stato possibile leggere il resoconto per questa esportazione.',
      of: 'su',
    }),
    tier: 'Livello',
    customerExperience: 'Customer Experience',
    publicRelations: 'Relazioni pubbliche',
    finance: 'Finanza',
    leadTime: 'Preavviso',
    examples: 'Esempi',
    reviewers: 'Revisori',
    approvers: 'Approvatori',
    commsOwner: 'Responsabile comunicazione',
    offsetDays: 'Scostamento (giorni)',
    step: 'Passo',
    channel: 'Canale',
    owner: 'Responsabile',
    none: '—',
    days: (count) => (count === 1 ? '1 giorno' : `${count} giorni`),
    scoring: {
      criteriaTitle: 'Criteri di punteggio',
      thresholdsTitle: 'Soglie di punteggio',
      escalationsTitle: 'Regole di escalation',
      criterion: 'Criterio',
      question: 'Domanda',
      weight: 'Peso',
      options: 'Risposte',
      score: (maxPoints) => `Punteggio (0–100, quota di ${maxPoints} punti pesati)`,
      rule: 'Regola',
      when: 'Quando',
      minimumTier: 'Almeno il livello',
      and: ' e ',
    },
  },
};

export const tableLabels = (locale: Locale): TableLabels => TABLE_LABELS[locale];
