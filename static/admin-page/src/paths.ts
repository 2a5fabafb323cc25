// Problem paths (`criteria[2].weight`) to the tab and the element that show them.
export const TABS = [
  'setup',
  'tiers',
  'criteria',
  'scoring',
  'roles',
  'comms',
  'journey',
  'calendar',
  'report',
  'preview',
  'history',
] as const;
export type TabId = (typeof TABS)[number];

/** The DOM id of the input for a configuration path. */
export const fieldId = (path: string): string =>
  `cfg-${path.replace(/[^a-zA-Z0-9]+/g, '-').replace(/-$/, '')}`;

export function tabForPath(path: string): TabId | null {
  const head = /^[a-zA-Z]+/.exec(path)?.[0] ?? '';
  switch (head) {
    case 'tiers':
      return 'tiers';
    case 'criteria':
      return 'criteria';
    case 'thresholds':
    case 'escalations':
      return 'scoring';
    case 'roles':
    case 'tierRoles':
    case 'approvalStatuses':
      return 'roles';
    case 'commsPlans':
      return 'comms';
    case 'emergency':
      return path.startsWith('emergency.review') ? 'comms' : 'roles';
    case 'journey':
      return 'journey';
    case 'calendar':
      return 'calendar';
    default:
      return null;
  }
}

/** The closest element for a path: `tiers[0].examples[1].it-IT`, else `tiers[0].examples[1]`, and so on. */
export function elementForPath(path: string): HTMLElement | null {
  let candidate = path;
  for (;;) {
    const element = document.getElementById(fieldId(candidate));
    if (element) return element;
    const cut = Math.max(candidate.lastIndexOf('.'), candidate.lastIndexOf('['));
    if (cut <= 0) return null;
    candidate = candidate.slice(0, cut);
  }
}

export function focusPath(path: string): void {
  const element = elementForPath(path);
  if (!element) return;
  const target = element.matches('input, textarea, select, button')
    ? element
    : element.querySelector<HTMLElement>('input, textarea, select, button');
  (target ?? element).focus();
  element.scrollIntoView({ block: 'center' });
}
