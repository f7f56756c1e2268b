import type { StorageItem } from '../../../shared/domain/storage/types';
import type { useT } from '../../i18n';

type T = ReturnType<typeof useT>['t'];

/** Where a held item came from, in words: the bulky-item counter or a locker door. */
export function sourceText(t: T, item: StorageItem): string {
  return item.source === 'locker' ? t('closing.source.locker', { door: item.lockerDoorId ?? '-' }) : t('closing.source.counter');
}
