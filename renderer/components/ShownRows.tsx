import { useState } from 'react';
import { useT } from '../i18n';

/** Rows drawn at first and with each "show more": a long list's most urgent part, without drawing thousands of rows. */
export const ROWS_PER_STEP = 100;

/** The first rows of a long, ordered list, and a button that draws the next ones. */
export function useShownRows<R>(rows: readonly R[], step = ROWS_PER_STEP) {
  const [limit, setLimit] = useState(step);
  const shown = rows.length > limit ? rows.slice(0, limit) : rows;
  return { shown, hidden: rows.length - shown.length, more: () => setLimit((l) => l + step) };
}

/** "显示更多（还有 N 条）" under a list cut by useShownRows; nothing when all rows are drawn. */
export function ShowMoreButton({ hidden, onMore }: { readonly hidden: number; readonly onMore: () => void }) {
  const { t } = useT();
  if (hidden <= 0) return null;
  return (
    <button type="button" className="link" onClick={onMore}>
      {t('list.showMore', { count: hidden })}
    </button>
  );
}
