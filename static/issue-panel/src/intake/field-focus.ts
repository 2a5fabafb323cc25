// After a failed save, keyboard and screen-reader users land on the first field to fix.
const ELEMENT_IDS: Record<string, string> = {
  description: 'intake-description',
  launchDate: 'intake-launch-date',
  segments: 'intake-segments',
  channels: 'intake-channels',
  touchpoints: 'intake-touchpoints',
  otherTouchpoints: 'intake-other-touchpoints',
  customerAction: 'intake-customer-action',
  rollbackPlan: 'intake-rollback',
  rollout: 'intake-rollout',
  kpis: 'intake-kpis',
  outcome: 'intake-outcome',
  emergency: 'intake-emergency',
  'emergency.justification': 'intake-justification',
};

export function elementIdFor(path: string): string | undefined {
  if (path.startsWith('answers.')) return `intake-answer-${path.slice('answers.'.length)}`;
  // `objectives[1].unit` → the unit box of the second objective (objectives-field.tsx names them so).
  const objective = /^objectives\[(\d+)\]\.(\w+)$/.exec(path);
  if (objective) return `intake-objective-${objective[1] ?? ''}-${objective[2] ?? ''}`;
  return ELEMENT_IDS[path];
}

export function focusField(path: string): void {
  const id = elementIdFor(path);
  const element = id === undefined ? null : document.getElementById(id);
  if (element === null) return;
  const target = element.matches('input, textarea')
    ? element
    : element.querySelector<HTMLElement>('input, textarea');
  (target ?? element).focus();
  element.scrollIntoView({ block: 'center' });
}
