import { formatInZone } from '../../../shared/domain/clock';
import type { DeadlineStatus, NextDeadline } from '../../../shared/domain/complaints/deadlines';
import type { DeadlineKind } from '../../../shared/domain/complaints/policy';
import type { Complaint } from '../../../shared/domain/complaints/state';
import type { EscalationLevel } from '../../../shared/domain/complaints/types';
import type { useT } from '../../i18n';

/** Complaint words every complaint screen shares: durations, time left, states and limits. */

type T = ReturnType<typeof useT>['t'];

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** A length of time in words: "35 分钟", "1 小时 20 分", "2 天 3 小时". */
export function durationText(ms: number, t: T): string {
  const abs = Math.abs(ms);
  if (abs < MINUTE) return t('complaints.time.underAMinute');
  const d = Math.floor(abs / DAY);
  const h = Math.floor((abs % DAY) / HOUR);
  const m = Math.floor((abs % HOUR) / MINUTE);
  if (d > 0) return h > 0 ? t('complaints.time.daysHours', { d, h }) : t('complaints.time.days', { d });
  if (h > 0) return m > 0 ? t('complaints.time.hoursMinutes', { h, m }) : t('complaints.time.hours', { h });
  return t('complaints.time.minutes', { m });
}

/** Time left until a due time, or overdue when negative: "还剩 35 分钟" / "已超时 1 小时 20 分". */
export function timeLeftText(ms: number, t: T): string {
  // Time left is rounded up so a fresh 10-minute limit reads 10 minutes, not 9.
  if (ms > 0) return t('complaints.time.left', { duration: durationText(Math.ceil(ms / MINUTE) * MINUTE, t) });
  return t('complaints.time.overdue', { duration: durationText(ms, t) });
}

/** The limit to show, with time left, overdue or paused; "no limit running" when there is none. */
export function nextDeadlineText(next: NextDeadline | undefined, t: T): string {
  if (!next) return t('complaints.time.none');
  if (next.paused) return t('complaints.time.paused', { duration: durationText(Math.max(next.timeLeftMs, 0), t) });
  return timeLeftText(next.timeLeftMs, t);
}

export function deadlineKindText(kind: DeadlineKind, t: T): string {
  return t(`complaints.deadline.${kind}`);
}

export function deadlineStatusText(status: DeadlineStatus, t: T): string {
  return t(`complaints.deadlineStatus.${status}`);
}

export function levelText(level: EscalationLevel, t: T): string {
  return t(`complaints.level.${level}`);
}

/** The state in words; a closed complaint says how it was closed. */
export function complaintStatusText(c: Pick<Complaint, 'status' | 'closedAs'>, t: T): string {
  if (c.status === 'closed' && c.closedAs) return t(`complaints.closedAs.${c.closedAs}`);
  return t(`complaints.status.${c.status}`);
}

/** A time in the store's zone, to the minute. */
export function storeTimeText(ms: number, timeZone: string): string {
  return formatInZone(ms, 'yyyy-MM-dd HH:mm', timeZone);
}
