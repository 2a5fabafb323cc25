// One colour per tier, the design system's categorical chart colours (fallbacks for a page without
// tokens): the chart and its legend both use these, so a swatch always matches its bars.
const TIER_COLOURS = [
  'var(--ds-chart-categorical-1, #2898bd)',
  'var(--ds-chart-categorical-2, #5e4db2)',
  'var(--ds-chart-categorical-3, #e56910)',
  'var(--ds-chart-categorical-4, #943d73)',
  'var(--ds-chart-categorical-5, #09326c)',
  'var(--ds-chart-categorical-6, #8f7ee7)',
] as const;

export const tierColour = (index: number): string =>
  TIER_COLOURS[index % TIER_COLOURS.length] ?? 'currentColor';
