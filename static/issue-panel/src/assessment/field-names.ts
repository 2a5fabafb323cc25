// The words for an intake path such as `answers.history` or `launchDate`, in the user's language.
import { type Locale, localize, type PanelConfig } from '../../../../src/contract/ui-kit';
import type { Translate } from '../../../shared/i18n';

const KNOWN_FIELDS = [
  'description',
  'launchDate',
  'segments',
  'channels',
  'touchpoints',
  'customerAction',
  'rollbackPlan',
  'rollout',
  'kpis',
  'outcome',
  'emergency',
  'justification',
] as const;

export function fieldName(path: string, config: PanelConfig, t: Translate, locale: Locale): string {
  if (path.startsWith('answers.')) {
    const id = path.slice('answers.'.length);
    const criterion = config.criteria.find((c) => c.id === id);
    return criterion ? localize(criterion.question, locale) : id;
  }
  if (path === 'emergency.justification') return t('ui.panel.fields.justification');
  if (path === 'otherTouchpoints') return t('ui.journey.intake.other');
  // An element's problem (`segments[0]`) is named by its list.
  const list = path.replace(/\[\d+\]$/, '');
  const known = KNOWN_FIELDS.find((field) => field === list);
  return known ? t(`ui.panel.fields.${known}`) : path;
}
