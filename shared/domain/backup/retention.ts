import { addDays } from '../calendar/days';
import { storeDay } from '../clock';
import { isoWeekOf } from '../reports/period';

/** A backup file as retention sees it: its name and when it was made. */
export interface KeptBackup {
  readonly name: string;
  readonly madeAt: number;
}

export interface RetentionPolicy {
  /** The newest backup of each of the last `days` days (today included). */
  readonly days: number;
  /** The newest backup of each of the last `weeks` ISO weeks (this week included). */
  readonly weeks: number;
  readonly timeZone: string;
}

export const DEFAULT_RETENTION: RetentionPolicy = { days: 14, weeks: 8, timeZone: 'Asia/Shanghai' };

function newestOf(files: readonly KeptBackup[], keyOf: (f: KeptBackup) => string | undefined): string[] {
  const newest = new Map<string, KeptBackup>();
  for (const f of files) {
    const key = keyOf(f);
    if (key === undefined) continue;
    const kept = newest.get(key);
    if (!kept || f.madeAt > kept.madeAt || (f.madeAt === kept.madeAt && f.name > kept.name)) newest.set(key, f);
  }
  return [...newest.values()].map((f) => f.name);
}

/**
 * Which backups (of one counter) to keep: the newest per day for the last
 * 14 days and the newest per ISO week for the last 8 weeks, in the store's
 * time zone. The newest backup of all is always kept (backups that stopped
 * long ago still leave the last one), and so is any made "after" now (a
 * clock set wrong must not cost a backup). The rest may be removed.
 */
export function backupsToKeep(files: readonly KeptBackup[], now: number, policy: RetentionPolicy = DEFAULT_RETENTION): Set<string> {
  const today = storeDay(now, policy.timeZone);
  const firstDay = addDays(today, -(policy.days - 1));
  const firstMonday = addDays(isoWeekOf(today).monday, -7 * (policy.weeks - 1));
  const past = files.filter((f) => f.madeAt <= now);
  const keep = new Set<string>(files.filter((f) => f.madeAt > now).map((f) => f.name));
  for (const name of newestOf(past, (f) => {
    const day = storeDay(f.madeAt, policy.timeZone);
    return day >= firstDay ? day : undefined;
  }))
    keep.add(name);
  for (const name of newestOf(past, (f) => {
    const monday = isoWeekOf(storeDay(f.madeAt, policy.timeZone)).monday;
    return monday >= firstMonday ? monday : undefined;
  }))
    keep.add(name);
  const newest = newestOf(past, () => 'all')[0];
  if (newest) keep.add(newest);
  return keep;
}
