// A tier at a glance: the higher the impact, the stronger the colour.
import Lozenge, { type ThemeAppearance } from '@atlaskit/lozenge';
import { localize, type LocalizedText, type PanelConfig } from '../../src/contract/ui-kit';
import { useAppEnv } from './app-env';

const BY_RANK: readonly ThemeAppearance[] = ['removed', 'moved', 'inprogress', 'success'];

export function tierAppearance(tier: number, config: PanelConfig): ThemeAppearance {
  const ordered = [...config.tiers].map((t) => t.tier).sort((a, b) => a - b);
  const rank = ordered.indexOf(tier);
  if (rank < 0) return 'default';
  // Spread any number of tiers over the four colours, keeping the first red and the last green.
  const scaled =
    ordered.length <= 1 ? 0 : Math.round((rank * (BY_RANK.length - 1)) / (ordered.length - 1));
  return BY_RANK[scaled] ?? 'default';
}

export function TierLozenge({
  tier,
  name,
  config,
}: {
  tier: number;
  name?: LocalizedText;
  config: PanelConfig;
}) {
  const { t, locale } = useAppEnv();
  const tierName = name ?? config.tiers.find((entry) => entry.tier === tier)?.name;
  return (
    <Lozenge appearance={tierAppearance(tier, config)} isBold>
      {tierName
        ? t('ui.common.tierNamed', { tier, name: localize(tierName, locale) })
        : t('ui.common.tier', { tier })}
    </Lozenge>
  );
}
