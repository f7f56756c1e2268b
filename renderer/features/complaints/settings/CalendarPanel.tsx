import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { calendarDataFromChineseDays, chineseHolidayName } from '../../../../shared/domain/calendar/chineseDays';
import { weekdayOf } from '../../../../shared/domain/calendar/days';
import { STATUTORY_HOLIDAY_NAMES } from '../../../../shared/domain/calendar/statutory';
import { CALENDAR_RECORD_ID } from '../../../../shared/domain/calendar/record';
import type { DayKind, WorkingCalendar } from '../../../../shared/domain/calendar/types';
import { formatInZone } from '../../../../shared/domain/clock';
import type { ComplaintRules } from '../../../../shared/domain/complaints/rules';
import { useServices } from '../../../app/services';
import { useDeskContext } from '../../../app/useDeskContext';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { FormError, SelectField } from '../../../components/Field';
import { useSubmit } from '../../../components/useSubmit';
import { importOfficialCalendar, officialCalendarYears } from '../../../db/complaints/settings';
import { useT } from '../../../i18n';
import { CalendarYearEditor } from './CalendarYearEditor';
import { MarkDayForm } from './MarkDayForm';

/** A year's holidays and make-up working days as entered, in date order (provisional days are not entered). */
export function daysOfYear(calendar: WorkingCalendar, year: number): { readonly date: string; readonly kind: Exclude<DayKind, 'regular'> }[] {
  const inYear = (d: string) => d.startsWith(`${year}-`) && !calendar.provisional?.has(d);
  return [
    ...[...calendar.holidays].filter(inYear).map((date) => ({ date, kind: 'holiday' as const })),
    ...[...calendar.makeUpWorkdays].filter(inYear).map((date) => ({ date, kind: 'makeUpWorkday' as const })),
  ].sort((a, b) => (a.date < b.date ? -1 : 1));
}

/** A year's provisional days off (its statutory holidays, while the official days are not entered), in date order. */
function provisionalDaysOf(calendar: WorkingCalendar, year: number): { readonly date: string; readonly name: string }[] {
  return [...(calendar.provisional ?? [])]
    .filter(([date]) => date.startsWith(`${year}-`))
    .map(([date, holiday]) => ({ date, name: STATUTORY_HOLIDAY_NAMES[holiday] }))
    .sort((a, b) => (a.date < b.date ? -1 : 1));
}

function yearOptions(calendar: WorkingCalendar, thisYear: number): number[] {
  const official = officialCalendarYears();
  const held = [...calendar.holidays, ...calendar.makeUpWorkdays].map((d) => Number(d.slice(0, 4)));
  const from = Math.min(official.fromYear, thisYear - 1, ...held);
  const to = Math.max(official.toYear, thisYear + 1, ...held);
  return Array.from({ length: to - from + 1 }, (_, i) => to - i);
}

/**
 * 工作日历: the year's holidays and make-up working days (with the official
 * holiday's name), one day marked at a time, the official days imported
 * for a year, or the year typed as a list.
 */
export function CalendarPanel({ rules }: { readonly rules: ComplaintRules }) {
  const { t } = useT();
  const { db, clock } = useServices();
  const ctx = useDeskContext();
  const { timeZone } = ctx.session;
  const thisYear = Number(formatInZone(clock.now(), 'yyyy', timeZone));
  const [year, setYear] = useState(thisYear);
  const [importing, setImporting] = useState(false);
  const [notice, setNotice] = useState<string>();
  // Who changed the calendar last, by name where the person is desk staff.
  const lastChange = useLiveQuery(async () => {
    const record = await db.calendars.get(CALENDAR_RECORD_ID);
    if (!record) return undefined;
    const who = await db.staff.get(record.updatedBy);
    return { at: record.updatedAt, by: who ? `${who.name} (${record.updatedBy})` : record.updatedBy };
  }, [db]);
  const days = daysOfYear(rules.calendar, year);
  const provisional = provisionalDaysOf(rules.calendar, year);
  const rows = [
    ...days.map((d) => ({ date: d.date, kind: t(`complaints.settings.dayKind.${d.kind}`), name: chineseHolidayName(d.date) ?? '—' })),
    ...provisional.map((d) => ({ date: d.date, kind: t('complaints.settings.dayKind.provisional'), name: d.name })),
  ].sort((a, b) => (a.date < b.date ? -1 : 1));
  const official = calendarDataFromChineseDays(undefined, year, year);
  const officialCount = official.holidays.length + official.makeUpWorkdays.length;
  const count = (kind: DayKind) => days.filter((d) => d.kind === kind).length;
  const runImport = useSubmit(async () => {
    setNotice(undefined);
    await importOfficialCalendar(ctx, year, year);
    setNotice(t('complaints.settings.calendar.imported', { year }));
  });
  return (
    <section className="panel form" aria-labelledby="complaint-calendar-title">
      <h2 id="complaint-calendar-title">{t('complaints.settings.calendar.title')}</h2>
      <p className={rules.calendarIsDefault ? 'muted' : undefined} role="note">
        {rules.calendarIsDefault || !lastChange
          ? t('complaints.settings.calendar.isDefault')
          : t('complaints.settings.calendar.edited', { at: formatInZone(lastChange.at, 'yyyy-MM-dd HH:mm', timeZone), by: lastChange.by })}
      </p>
      {notice && (
        <p className="notice notice--ok" role="status">
          {notice}
        </p>
      )}
      <div className="row">
        <SelectField
          label={t('complaints.settings.calendar.year')}
          name="year"
          value={String(year)}
          onChange={(v) => {
            setYear(Number(v));
            setNotice(undefined);
          }}
          options={yearOptions(rules.calendar, thisYear).map((y) => ({ value: String(y), label: String(y) }))}
        />
        <div className="actions">
          <button type="button" disabled={officialCount === 0 || runImport.pending} onClick={() => setImporting(true)}>
            {t('complaints.settings.calendar.import', { year })}
          </button>
        </div>
      </div>
      {officialCount === 0 && <p className="muted">{t('complaints.settings.calendar.noOfficial', { year })}</p>}
      <FormError code={runImport.errors.form?.code ?? runImport.errors.fields.year} params={runImport.errors.form?.params} />
      <p>
        {provisional.length > 0
          ? t('complaints.settings.calendar.provisionalCounts', { year, provisional: provisional.length })
          : t('complaints.settings.calendar.counts', { year, holidays: count('holiday'), makeUp: count('makeUpWorkday') })}
      </p>
      {rows.length > 0 && (
        <table aria-label={t('complaints.settings.calendar.daysOf', { year })}>
          <thead>
            <tr>
              <th>{t('complaints.settings.calendar.col.date')}</th>
              <th>{t('complaints.settings.calendar.col.weekday')}</th>
              <th>{t('complaints.settings.calendar.col.kind')}</th>
              <th>{t('complaints.settings.calendar.col.name')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((d) => (
              <tr key={d.date}>
                <td>{d.date}</td>
                <td>{t(`complaints.settings.weekday.${weekdayOf(d.date) as 0 | 1 | 2 | 3 | 4 | 5 | 6}`)}</td>
                <td>{d.kind}</td>
                <td>{d.name}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <MarkDayForm year={year} onMarked={(text) => setNotice(text)} />
      <CalendarYearEditor key={year} year={year} days={days} onSaved={(text) => setNotice(text)} />
      {importing && (
        <ConfirmDialog title={t('complaints.settings.calendar.importTitle', { year })} confirmLabel={t('complaints.settings.calendar.importConfirm')} onConfirm={() => void runImport.submit()} onClose={() => setImporting(false)}>
          <p>
            {t('complaints.settings.calendar.importText', {
              year,
              holidays: count('holiday'),
              makeUp: count('makeUpWorkday'),
              officialHolidays: official.holidays.length,
              officialMakeUp: official.makeUpWorkdays.length,
            })}
          </p>
        </ConfirmDialog>
      )}
    </section>
  );
}
