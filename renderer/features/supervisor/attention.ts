import type { DayLogLine } from '../../../shared/domain/dayLog/lines';
import { quietCounters } from '../../../shared/domain/dayLog/syncLag';
import type { Permission } from '../../../shared/domain/staff';
import { isDueForDisposal } from '../../../shared/domain/storage/lostFound';
import { isPastClosing, overdueItems, type StoragePolicy } from '../../../shared/domain/storage/rules';
import type { View } from '../../app/session';
import { countConflicts } from '../../db/conflicts';
import type { DeskDatabase } from '../../db/database';
import { giftStockAlarms } from '../../db/gifts/queries';
import { readOverdueCalls } from '../../db/service/queries';
import { heldItems } from '../../db/storage/queries';
import { unclosedDays } from '../../db/dayClose/close';
import { addDays } from '../../../shared/domain/calendar/days';
import { storeDay } from '../../../shared/domain/clock';
import type { MessageKey, MessageParams } from '../../i18n';

/** What every line of the attention list may read: the day the log shows, its lines, and the desk as it is now. */
export interface AttentionQuery {
  readonly db: DeskDatabase;
  readonly now: number;
  /** The day the log shows (yyyy-MM-dd) and whether it is today. */
  readonly day: string;
  readonly today: boolean;
  readonly policy: StoragePolicy;
  /** Every line of that day, all counters. */
  readonly lines: readonly DayLogLine[];
  /** This counter's code. */
  readonly counter: string;
  /** Sync is set up and running (false: this PC works alone, and says nothing of other counters). */
  readonly syncOn: boolean;
  /** Open complaints overdue now, by the complaint queue's rule; undefined while it is worked out. */
  readonly overdueComplaints: number | undefined;
}

export interface AttentionCount {
  readonly count: number;
  /** Placeholders of the line's text beside {count} and {day}. */
  readonly params?: MessageParams | undefined;
}

/** One line of what needs a supervisor: a count, highlighted when non-zero, and the screen that handles it. */
export interface AttentionLine {
  readonly key: string;
  /** Text with {count} (and {day}, and the count's own params). */
  readonly message: MessageKey;
  /** Red when non-zero: a rule broken or something at risk; amber: work waiting. */
  readonly tone: 'danger' | 'warn';
  /** Where it is dealt with, for whoever may open that screen. */
  readonly handledIn?: { readonly view: View; readonly needs: Permission; readonly label: MessageKey } | undefined;
  /** undefined: nothing to say (not known yet, or not this desk's business). */
  readonly count: (q: AttentionQuery) => Promise<AttentionCount | undefined> | AttentionCount | undefined;
}

/** A wrong approver PIN, a try while the wait after wrong PINs runs, and an action the permission table refused. */
const REFUSALS = new Set(['approval.refused', 'approval.waiting', 'permission.refused']);

/** How far back entries that came after a close stay on the list. */
const LATE_ENTRY_DAYS = 7;

const of = (count: number, params?: MessageParams): AttentionCount => ({ count, params });

/** Not synced: this counter with entries the server has not acknowledged, and other counters gone quiet today. */
async function unsyncedCounters(q: AttentionQuery): Promise<AttentionCount | undefined> {
  if (!q.syncOn) return undefined;
  const mine = (await q.db.outbox.count()) > 0 ? [q.counter] : [];
  const others = q.today ? quietCounters(q.lines, q.counter, q.now, !isPastClosing(q.now, q.policy)) : [];
  const counters = [...mine, ...others];
  return of(counters.length, { counters: counters.length > 0 ? ` · ${counters.join(', ')}` : '' });
}

/** The attention list, in the order the supervisor reads it. */
export const ATTENTION_LINES: readonly AttentionLine[] = [
  { key: 'conflicts', message: 'log.needs.conflicts', tone: 'danger', count: async (q) => of(await countConflicts(q.db)) },
  { key: 'unsynced', message: 'log.needs.unsynced', tone: 'danger', handledIn: { view: 'settings', needs: 'settings.manage', label: 'nav.settings' }, count: unsyncedCounters },
  {
    key: 'unclosedDays',
    message: 'log.needs.unclosedDays',
    tone: 'warn',
    handledIn: { view: 'dayClose', needs: 'day.close', label: 'nav.dayClose' },
    count: async (q) => {
      const days = await unclosedDays(q.db, storeDay(q.now, q.policy.timeZone));
      return of(days.length, { days: days.length > 0 ? ` · ${days.join(', ')}` : '' });
    },
  },
  {
    key: 'lateEntries',
    message: 'log.needs.lateEntries',
    tone: 'danger',
    handledIn: { view: 'dayClose', needs: 'day.close', label: 'nav.dayClose' },
    count: async (q) => {
      // Entries that reached this PC after their day was signed, of the last week's closed days (the close's check lists them).
      const since = addDays(storeDay(q.now, q.policy.timeZone), -LATE_ENTRY_DAYS);
      return of(await q.db.lateEntries.where('day').aboveOrEqual(since).count());
    },
  },
  { key: 'refused', message: 'log.needs.refused', tone: 'danger', count: (q) => of(q.lines.filter((l) => REFUSALS.has(l.action)).length) },
  { key: 'approved', message: 'log.needs.approved', tone: 'warn', count: (q) => of(q.lines.filter((l) => l.isEntry && l.approvedBy).length) },
  {
    key: 'complaintsOverdue',
    message: 'log.needs.complaintsOverdue',
    tone: 'danger',
    handledIn: { view: 'complaintQueue', needs: 'complaints.work', label: 'nav.complaintQueue' },
    count: (q) => (q.overdueComplaints === undefined ? undefined : of(q.overdueComplaints)),
  },
  {
    key: 'serviceOverdue',
    message: 'log.needs.serviceOverdue',
    tone: 'danger',
    handledIn: { view: 'serviceBoard', needs: 'service.dispatch', label: 'nav.serviceBoard' },
    count: async (q) => of((await readOverdueCalls(q.db, q.now)).length),
  },
  {
    key: 'stockAlarms',
    message: 'log.needs.stockAlarms',
    tone: 'danger',
    handledIn: { view: 'campaigns', needs: 'campaigns.manage', label: 'nav.campaigns' },
    count: async (q) => of(await giftStockAlarms(q.db)),
  },
  {
    key: 'overdue',
    message: 'log.needs.overdue',
    tone: 'warn',
    handledIn: { view: 'closing', needs: 'storage.work', label: 'nav.closing' },
    count: async (q) => of(overdueItems(await heldItems(q.db), q.now, q.policy).length, { days: q.policy.overdueDays }),
  },
  {
    key: 'disposal',
    message: 'log.needs.disposal',
    tone: 'warn',
    handledIn: { view: 'lostFound', needs: 'lostFound.work', label: 'nav.lostFound' },
    count: async (q) => {
      const kept = await q.db.lostItems.where('status').equals('kept').toArray();
      return of(kept.filter((i) => isDueForDisposal(i, q.now, q.policy.lostFoundKeepDays)).length);
    },
  },
  {
    key: 'held',
    message: 'log.needs.held',
    tone: 'warn',
    handledIn: { view: 'closing', needs: 'storage.work', label: 'nav.closing' },
    count: async (q) => of(await q.db.storageItems.where('status').equals('held').count()),
  },
];
