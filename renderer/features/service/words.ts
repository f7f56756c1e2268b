import { formatInZone } from '../../../shared/domain/clock';
import type { TechnicianSuggestion } from '../../../shared/domain/service/suggestion';
import type { useT } from '../../i18n';
import { timeLeftText } from '../complaints/words';

/** Service words every service screen shares: the suggestion's reasons, times, the arrival target. */

type T = ReturnType<typeof useT>['t'];

/** Why a technician is suggested, as the board shows it and the dispatch keeps it: "同区域 · 会空调 · 今日 2 单". */
export function reasonsText(reasons: TechnicianSuggestion['reasons'], t: T): string {
  return reasons
    .map((r) => {
      switch (r.key) {
        case 'sameArea':
        case 'otherArea':
          return t(`service.reason.${r.key}`);
        case 'skill':
        case 'noSkill':
          return t(`service.reason.${r.key}`, { skill: t(`service.skill.${r.skill}`) });
        case 'jobsToday':
          return t('service.reason.jobsToday', { count: r.count });
      }
    })
    .join(' · ');
}

/** A time in the store's zone, to the minute. */
export function serviceTimeText(ms: number, timeZone: string): string {
  return formatInZone(ms, 'yyyy-MM-dd HH:mm', timeZone);
}

/** The agreed visit, or "未约定". */
export function visitText(visitAt: number | undefined, timeZone: string, t: T): string {
  return visitAt === undefined ? t('service.visitAt.none') : serviceTimeText(visitAt, timeZone);
}

/** The arrival target with the time left, or how long overdue: "2026-11-25 16:00（还剩 3 小时）". */
export function targetText(deadline: number, now: number, timeZone: string, t: T): string {
  return t('service.target.text', { at: serviceTimeText(deadline, timeZone), left: timeLeftText(deadline - now, t) });
}
