import type { CarriedItems } from '../../../shared/domain/dayClose/types';
import { useT } from '../../i18n';

const CARRIED: readonly (keyof CarriedItems)[] = ['storageHeld', 'lostItemsKept', 'complaintsOpen', 'serviceCallsOpen'];

/** What stays open and goes over to tomorrow. */
export function CarriedList({ carried }: { readonly carried: CarriedItems }) {
  const { t } = useT();
  return (
    <dl className="fields" aria-label={t('dayClose.carried')}>
      {CARRIED.map((k) => (
        <div key={k}>
          <dt>{t(`dayClose.carried.${k}`)}</dt>
          <dd data-carried={k}>{carried[k]}</dd>
        </div>
      ))}
    </dl>
  );
}
