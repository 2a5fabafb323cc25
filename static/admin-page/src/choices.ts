// Choice lists built from the draft itself, so a renamed tier or role shows at once everywhere.
import { type GovernanceConfig, type Locale, localize } from '../../../src/contract/ui-kit';
import type { Translate } from '../../shared/i18n';
import type { Choice } from './fields/select-field';

export const tierChoices = (config: GovernanceConfig, t: Translate, locale: Locale): Choice[] =>
  config.tiers.map((tier) => ({
    value: String(tier.tier),
    label: t('ui.common.tierNamed', { tier: tier.tier, name: localize(tier.name, locale) }),
  }));

export const roleChoices = (config: GovernanceConfig, locale: Locale): Choice[] =>
  config.roles.map((role) => ({
    value: role.id,
    label: `${localize(role.name, locale)} (${role.id})`,
  }));

export const criterionChoices = (config: GovernanceConfig, locale: Locale): Choice[] =>
  config.criteria.map((criterion) => ({
    value: criterion.id,
    label: `${criterion.id}: ${localize(criterion.question, locale)}`,
  }));
