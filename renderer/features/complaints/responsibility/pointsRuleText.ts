import type { PointsRule } from '../../../../shared/domain/complaints/responsibility';
import type { useT } from '../../../i18n';

type T = ReturnType<typeof useT>['t'];

/** A points rule in one sentence: the base, how repeats in a month count, the direct supervisor's share. */
export function pointsRuleText(r: PointsRule, t: T): string {
  const repeat = r.repeat === 'multiply' ? t('complaints.points.rule.multiply', { base: r.basePoints }) : t('complaints.points.rule.flat', { base: r.basePoints });
  const share =
    r.supervisorSharePercent > 0 ? t('complaints.points.rule.share', { from: r.supervisorShareFrom, percent: r.supervisorSharePercent }) : t('complaints.points.rule.noShare');
  return `${t('complaints.points.rule.base', { base: r.basePoints })}${repeat}${share}`;
}
