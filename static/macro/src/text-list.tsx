// Several short texts in one cell: a list when there are several, plain text for one, a dash for none.
import { useT } from '../../shared/app-env';

export function TextList({ items }: { items: readonly string[] }) {
  const t = useT();
  if (items.length === 0) return <span aria-label={t('ui.macro.none')}>—</span>;
  if (items.length === 1) return <>{items[0]}</>;
  return (
    <ul className="cg-list">
      {items.map((item, index) => (
        <li key={`${String(index)}-${item}`}>{item}</li>
      ))}
    </ul>
  );
}
