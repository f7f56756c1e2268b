import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef, useState, type RefObject } from 'react';
import { dayRange, storeDay } from '../../../shared/domain/clock';
import { fieldErrors } from '../../../shared/schema/common';
import { surveyRangeInput } from '../../../shared/schema/surveys';
import { useServices } from '../../app/services';
import { useDeskContext } from '../../app/useDeskContext';
import { Field } from '../../components/Field';
import { readSurveyList } from '../../db/surveys/queries';
import { useT } from '../../i18n';
import { SurveyActionPanel, type SurveyAction } from './SurveyActionPanel';
import { SurveyFigures } from './SurveyFigures';
import { SurveyTable } from './SurveyTable';
import '../complaints/detail/detail.css';
import './surveys.css';

/** The instants of the days chosen, or the field messages that stop the list from being read. */
function rangeOf(from: string, to: string, timeZone: string) {
  const parsed = surveyRangeInput.safeParse({ from, to });
  const start = dayRange(from, timeZone);
  const end = dayRange(to, timeZone);
  if (!parsed.success || !start || !end) return { ok: false, errors: parsed.error ? fieldErrors(parsed.error) : {} } as const;
  return { ok: true, from: start.from, to: end.to } as const;
}

/** The list's first action, where the keyboard goes back after a survey was sent, returned or chased. */
function focusFirstAction(table: RefObject<HTMLDivElement | null>): void {
  table.current?.querySelector<HTMLButtonElement>('tbody button')?.focus();
}

/**
 * 满意度调查: the complaints and service calls closed on the days chosen
 * (this month so far unless changed) with their survey — not sent, sent,
 * returned — and the return rate against its 80% target above them. Pick a
 * row to send its survey, record its return or chase it.
 */
export function SurveysScreen() {
  const { t } = useT();
  const { db } = useServices();
  const ctx = useDeskContext();
  const { timeZone } = ctx.session;
  const [today] = useState(() => storeDay(ctx.clock.now(), timeZone));
  const [from, setFrom] = useState(() => `${today.slice(0, 8)}01`);
  const [to, setTo] = useState(today);
  const [action, setAction] = useState<SurveyAction>();
  const [done, setDone] = useState<string>();
  const table = useRef<HTMLDivElement>(null);
  const range = rangeOf(from, to, timeZone);
  const list = useLiveQuery(async () => (range.ok ? readSurveyList(db, range.from, range.to) : undefined), [db, from, to, timeZone]);
  const errors: Readonly<Record<string, string>> = range.ok ? {} : range.errors;
  const pick = (picked: SurveyAction) => {
    setDone(undefined);
    setAction(picked);
  };
  // After a write the list is read again and its rows redrawn, which can take the focused button away: focus again then.
  const focusAfterRefresh = useRef<unknown>(undefined);
  useEffect(() => {
    if (focusAfterRefresh.current === undefined || focusAfterRefresh.current === list) return;
    focusAfterRefresh.current = undefined;
    focusFirstAction(table);
  }, [list]);
  const backToList = (text?: string) => {
    setAction(undefined);
    setDone(text);
    // On to the next survey: the keyboard is back on the list's first action.
    if (text) focusAfterRefresh.current = list;
    requestAnimationFrame(() => focusFirstAction(table));
  };
  return (
    <section className="panel" aria-labelledby="surveys-title">
      <h1 id="surveys-title">{t('surveys.title')}</h1>
      <p className="muted">{t('surveys.hint')}</p>
      <div className="row">
        <Field label={t('surveys.from')} type="date" name="from" value={from} onChange={(e) => setFrom(e.target.value)} error={errors.from} />
        <Field label={t('surveys.to')} type="date" name="to" value={to} onChange={(e) => setTo(e.target.value)} error={errors.to} />
      </div>
      {list && <SurveyFigures figures={list.figures} closed={list.rows.length} />}
      {done && (
        <p className="notice notice--ok" role="status">
          {done}
        </p>
      )}
      {action && <SurveyActionPanel key={`${action.kind}:${action.row.subject}:${action.row.subjectId}`} action={action} onDone={backToList} onBack={() => backToList()} />}
      <div ref={table}>
        {list && list.rows.length === 0 && <p className="muted">{t('surveys.empty')}</p>}
        {list && list.rows.length > 0 && <SurveyTable rows={list.rows} caption={t('surveys.table', { from, to })} timeZone={timeZone} onPick={pick} />}
      </div>
    </section>
  );
}
