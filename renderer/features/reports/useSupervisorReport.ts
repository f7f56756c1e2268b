import { useEffect, useState } from 'react';
import { useDeskContext } from '../../app/useDeskContext';
import { toSubmitErrors, type SubmitErrors } from '../../components/useSubmit';
import { readSupervisorReport, type SupervisorReportRead } from '../../db/reports/readReport';

export interface ReportFilterState {
  readonly kind: 'day' | 'week' | 'month';
  /** yyyy-MM-dd: a day of the period (the 1st for a month). */
  readonly date: string;
  /** '' = the whole store. */
  readonly area: string;
  /** '' = every counter. */
  readonly counter: string;
}

interface Result {
  readonly key: string;
  readonly read?: SupervisorReportRead | undefined;
  readonly errors?: SubmitErrors | undefined;
}

/**
 * The report of the filters, read once per change (and on 重新统计), not
 * live: a month of figures is recounted when asked, not at every entry
 * another counter syncs. A bad filter is a message at its field.
 */
export function useSupervisorReport(filter: ReportFilterState) {
  const ctx = useDeskContext();
  const [refreshes, setRefreshes] = useState(0);
  const [result, setResult] = useState<Result>();
  const { kind, date, area, counter } = filter;
  const key = `${kind}|${date}|${area}|${counter}|${refreshes}`;
  useEffect(() => {
    let cancelled = false;
    readSupervisorReport(ctx, { kind, date, area, counter }).then(
      (read) => !cancelled && setResult({ key, read }),
      (error: unknown) => !cancelled && setResult({ key, errors: toSubmitErrors(error) }),
    );
    return () => {
      cancelled = true;
    };
  }, [ctx, kind, date, area, counter, key]);
  const current = result?.key === key ? result : undefined;
  return {
    read: current?.read,
    errors: current?.errors,
    loading: current === undefined,
    /** The last report read, kept on screen while the next one is counted. */
    shown: current?.read ?? result?.read,
    refresh: () => setRefreshes((n) => n + 1),
  };
}
