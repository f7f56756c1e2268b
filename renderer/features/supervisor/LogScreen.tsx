import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { dayRange, storeDay } from '../../../shared/domain/clock';
import { dayLogChoices, filterDayLog, NO_FILTER } from '../../../shared/domain/dayLog/filter';
import { useServices } from '../../app/services';
import { useStoragePolicy } from '../../app/useDeskContext';
import { useStaffNames } from '../../components/useStaffNames';
import { dayLogLines } from '../../db/dayLog';
import { useT } from '../../i18n';
import { AuditChainCheck } from './AuditChainCheck';
import { CounterConflicts } from './CounterConflicts';
import { LogFilters, type LogFilter } from './LogFilters';
import { LogTable } from './LogTable';
import { NeedsSupervisor } from './NeedsSupervisor';
import { NumberClashes } from './NumberClashes';

/** 日志: everything done on a store-local day at every counter (this PC's alone when it does not sync), newest first. */
export function LogScreen() {
  const { t } = useT();
  const { db, clock } = useServices();
  const policy = useStoragePolicy();
  const who = useStaffNames();
  const today = storeDay(clock.now(), policy.timeZone);
  const [filter, setFilter] = useState<LogFilter>(() => ({ day: today, ...NO_FILTER }));
  const validDay = dayRange(filter.day, policy.timeZone) !== undefined;
  const result = useLiveQuery(async () => ({ day: filter.day, lines: await dayLogLines(db, filter.day, policy.timeZone) }), [db, filter.day, policy.timeZone]);
  // Until the new day's query answers, the old day's lines are not shown under the new day's heading.
  const lines = result?.day === filter.day ? result.lines : undefined;
  const shown = useMemo(() => filterDayLog(lines ?? [], filter), [lines, filter]);
  const choices = useMemo(() => dayLogChoices(lines ?? [], filter), [lines, filter]);

  return (
    <div>
      <h1>{t('log.title')}</h1>
      <NeedsSupervisor policy={policy} day={filter.day} today={filter.day === today} lines={lines} />
      <CounterConflicts />
      <NumberClashes />
      <section className="panel" aria-labelledby="log-lines-title">
        <h2 id="log-lines-title">{t('log.lines.title', { day: filter.day, shown: shown.length, total: lines?.length ?? 0 })}</h2>
        <LogFilters filter={filter} onChange={setFilter} choices={choices} who={who} />
        {!validDay && <p className="form-error">{t('log.badDay')}</p>}
        {lines && validDay && <LogTable lines={shown} timeZone={policy.timeZone} who={who} labelledBy="log-lines-title" />}
      </section>
      <AuditChainCheck />
    </div>
  );
}
