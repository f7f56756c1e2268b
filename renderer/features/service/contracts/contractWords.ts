import type { useT } from '../../../i18n';

type T = ReturnType<typeof useT>['t'];

/** Days to a contract's end as the desk says them: "还剩 12 天", "今天到期", "已过期 3 天". */
export function daysLeftText(days: number, t: T): string {
  if (days === 0) return t('contracts.daysLeft.today');
  return days > 0 ? t('contracts.daysLeft.left', { days }) : t('contracts.daysLeft.over', { days: -days });
}
