import { useEffect, useState } from 'react';
import { monthlyComplaintReport, type MonthlyComplaintReport } from '../../../../shared/domain/complaints/report';
import type { ComplaintRules } from '../../../../shared/domain/complaints/rules';
import { useServices } from '../../../app/services';
import { toSubmitErrors, type SubmitErrors } from '../../../components/useSubmit';
import { complaintsReceivedInMonth, type ReadProgress } from '../../../db/complaints/report';

export type ReportProgress = ReadProgress & { readonly phase: 'reading' | 'computing' };

interface Result {
  readonly key: string;
  readonly report?: MonthlyComplaintReport | undefined;
  readonly generatedAt?: number | undefined;
  readonly error?: SubmitErrors | undefined;
}

/**
 * A month's report, computed away from the typing: the month's complaints
 * are read in chunks (progress shown), then counted once. The customer
 * count is applied by the screen, so typing it does not count again.
 */
export function useMonthReport(month: string | undefined, timeZone: string, rules: ComplaintRules | undefined) {
  const { db, clock } = useServices();
  const [refreshes, setRefreshes] = useState(0);
  const [progress, setProgress] = useState<ReportProgress & { readonly key: string }>();
  const [result, setResult] = useState<Result>();
  const key = `${month ?? ''}#${refreshes}`;
  useEffect(() => {
    if (month === undefined || !rules) return;
    let cancelled = false;
    void (async () => {
      try {
        const rows = await complaintsReceivedInMonth(db, month, timeZone, (p) => {
          if (!cancelled) setProgress({ key, phase: 'reading', ...p });
        });
        if (cancelled) return;
        setProgress({ key, phase: 'computing', done: rows.length, total: rows.length });
        // Let the progress paint before the counting holds the thread.
        await new Promise((resolve) => setTimeout(resolve, 0));
        if (cancelled) return;
        const now = clock.now();
        setResult({ key, report: monthlyComplaintReport(rows, { month, policy: rules.policy, calendar: rules.calendar, now }), generatedAt: now });
      } catch (error) {
        if (!cancelled) setResult({ key, error: toSubmitErrors(error) });
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [db, clock, month, timeZone, rules, key]);
  const current = result?.key === key ? result : undefined;
  return {
    report: current?.report,
    generatedAt: current?.generatedAt,
    error: current?.error,
    progress: current ? undefined : progress?.key === key ? progress : undefined,
    refresh: () => setRefreshes((n) => n + 1),
  };
}
