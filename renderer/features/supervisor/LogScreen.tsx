import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { dayRange, storeDay } from '../../../shared/domain/clock';
import { useServices } from '../../app/services';
import { useStoragePolicy } from '../../app/useDeskContext';
import { useT } from '../../i18n';
import { areaOf } from './logActions';
import { LogFilters, type LogFilter } from './LogFilters';
import { LogTable } from './LogTable';
import { CounterConflicts } from './CounterConflicts';
import { NeedsSupervisor } from './NeedsSupervisor';
import { NumberClashes } from './NumberClashes';
import { useStaffNames } from '../../components/useStaffNames';

/** 日志: every action of a store-local day at this counter (and synced ones), newest first. */
export function LogScreen() {
  const { t } = useT();
  const { db, clock } = useServices();
  const policy = useStoragePolicy();
  const who = useStaffNames();
  const [filter, setFilter] = useState<LogFilter>(() => ({ day: storeDay(clock.now(), policy.timeZone), area: '', staffNo: '', counter: '' }));
  const range = dayRange(filter.day, policy.timeZone);
  const result = useLiveQuery(
    async () => ({ day: filter.day, lines: range ? await db.audit.where('at').between(range.from, range.to, true, false).toArray() : [] }),
    [db, filter.day, range?.from, range?.to],
  );
  // Until the new day's query answers, the old day's lines are not shown under the new day's heading.
  const dayLines = result?.day === filter.day ? result.lines : undefined;
  const all = [...(dayLines ?? [])].sort((a, b) => b.at - a.at || (a.id < b.id ? 1 : -1));
  const shown = all.filter(
    (l) => (!filter.area || areaOf(l.action) === filter.area) && (!filter.staffNo || l.staffNo === filter.staffNo || l.approvedBy === filter.staffNo) && (!filter.counter || l.counter === filter.counter),
  );
  // The chosen filter stays a choice even on a day where it has no lines.
  const staffNos = [...new Set([...all.flatMap((l) => (l.approvedBy ? [l.staffNo, l.approvedBy] : [l.staffNo])), ...(filter.staffNo ? [filter.staffNo] : [])])].sort();
  const counters = [...new Set([...all.map((l) => l.counter), ...(filter.counter ? [filter.counter] : [])])].sort();
  const refused = all.filter((l) => l.action === 'approval.refused').length;

  return (
    <div>
      <h1>{t('log.title')}</h1>
      <NeedsSupervisor policy={policy} refusedApprovals={refused} day={filter.day} />
      <CounterConflicts />
      <NumberClashes />
      <section className="panel" aria-labelledby="log-lines-title">
        <h2 id="log-lines-title">{t('log.lines.title', { day: filter.day, shown: shown.length, total: all.length })}</h2>
        <LogFilters filter={filter} onChange={setFilter} staff={staffNos.map((s) => ({ staffNo: s, label: who(s) }))} counters={counters} />
        {!range && <p className="form-error">{t('log.badDay')}</p>}
        {dayLines && <LogTable lines={shown} timeZone={policy.timeZone} who={who} />}
      </section>
    </div>
  );
}
