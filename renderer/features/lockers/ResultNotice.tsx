import { useT } from '../../i18n';
import type { LockerResult } from './result';
import { ResultPrint } from './ResultPrint';

/** The number the last locker action produced, large enough to copy onto the item or the form. */
export function ResultNotice({ result }: { readonly result: LockerResult }) {
  const { t } = useT();
  return (
    <div className="notice notice--ok" role="status">
      {result.kind === 'cleared' ? (
        <>
          <p>{t('lockers.clear.done', { door: result.doorId, slot: result.slot })}</p>
          <p>
            {t('lockers.clear.ticket')} <span className="big-number">{result.number}</span>
          </p>
        </>
      ) : (
        <p>
          {t('lockers.open.done', { door: result.doorId })} <span className="big-number">{result.number}</span>
        </p>
      )}
      <ResultPrint result={result} />
    </div>
  );
}
