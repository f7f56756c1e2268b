import { useLiveQuery } from 'dexie-react-hooks';
import type { DayLogLine } from '../../../shared/domain/dayLog/lines';
import { can } from '../../../shared/domain/staff';
import type { StoragePolicy } from '../../../shared/domain/storage/rules';
import { useServices } from '../../app/services';
import { useSession } from '../../app/session';
import { useSyncState } from '../../app/sync/syncState';
import { useNow } from '../../components/useNow';
import { useT } from '../../i18n';
import { useOverdueComplaints } from '../complaints/overdue/useOverdueComplaints';
import { ATTENTION_LINES, type AttentionQuery } from './attention';

interface NeedsSupervisorProps {
  readonly policy: StoragePolicy;
  /** The day the log shows and whether it is today. */
  readonly day: string;
  readonly today: boolean;
  /** That day's lines, every counter's (undefined while they load). */
  readonly lines: readonly DayLogLine[] | undefined;
}

/** What a supervisor looks at first: one count per line, highlighted when non-zero, with the screen that deals with it. */
export function NeedsSupervisor({ policy, day, today, lines }: NeedsSupervisorProps) {
  const { t } = useT();
  const { db, clock } = useServices();
  const tick = useNow(clock);
  const counter = useSession((s) => s.identity?.counter) ?? '';
  const role = useSession((s) => s.staff?.role);
  const go = useSession((s) => s.go);
  const syncOn = useSyncState((s) => s.run.phase !== 'off');
  const overdueComplaints = useOverdueComplaints()?.length;
  // The policy is a new object each render: its fields are what the counts depend on.
  const counts = useLiveQuery(async () => {
    if (!lines) return undefined;
    // The time of reading: `tick` only makes the counts run again as time passes (a call becomes overdue by itself).
    const q: AttentionQuery = { db, now: clock.now(), day, today, policy, lines, counter, syncOn, overdueComplaints };
    return Promise.all(ATTENTION_LINES.map((l) => Promise.resolve(l.count(q))));
  }, [db, clock, tick, day, today, policy.closingTime, policy.overdueDays, policy.lostFoundKeepDays, policy.timeZone, lines, counter, syncOn, overdueComplaints]);
  if (!counts) return null;
  return (
    <section className="panel" aria-labelledby="needs-title">
      <h2 id="needs-title">{t('log.needs.title')}</h2>
      <ul className="needs-list" data-testid="needs-supervisor">
        {ATTENTION_LINES.map((line, i) => {
          const c = counts[i];
          if (!c) return null;
          const handler = line.handledIn && role && can(role, line.handledIn.needs) ? line.handledIn : undefined;
          return (
            <li key={line.key} data-attention={line.key} className={c.count > 0 ? `notice notice--${line.tone}` : 'muted'}>
              <span>{t(line.message, { count: c.count, day, ...c.params })}</span>
              {handler && c.count > 0 && (
                <button type="button" className="link" onClick={() => go(handler.view)}>
                  {t('log.needs.open', { screen: t(handler.label) })}
                </button>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
