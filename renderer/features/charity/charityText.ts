import type { CharityGoods } from '../../../shared/domain/charity/types';
import { formatYuan, type Fen } from '../../../shared/domain/money';
import type { useT } from '../../i18n';

type T = ReturnType<typeof useT>['t'];

/** "保温杯 ×20 + ¥500.00": goods and money given, in the clerk's language. */
export function givenText(t: T, goods: CharityGoods | undefined, quantity: number, moneyFen: Fen): string {
  const parts = [
    goods && quantity > 0 ? t('charity.given.goods', { gift: goods.giftName, quantity }) : undefined,
    moneyFen > 0 ? t('charity.given.money', { amount: formatYuan(moneyFen) }) : undefined,
  ];
  return parts.filter((p) => p !== undefined).join(' + ');
}
