// The tier's consequences for Customer Experience, Public Relations and Finance.
import { type Assessed, localize } from '../../../../src/contract/ui-kit';
import { useAppEnv } from '../../../shared/app-env';

export function EffectsList({ effects }: { effects: Assessed['effects'] }) {
  const { t, locale } = useAppEnv();
  const rows = [
    ['cx', effects.cx],
    ['pr', effects.pr],
    ['finance', effects.finance],
  ] as const;
  return (
    <dl className="cg-definitions">
      {rows.map(([key, text]) => (
        <div key={key}>
          <dt>{t(`ui.common.effects.${key}`)}</dt>
          <dd>{localize(text, locale)}</dd>
        </div>
      ))}
    </dl>
  );
}
