import { isIsoDate, type IsoDate } from '../../../../shared/domain/calendar/days';
import { DEFAULT_TIME_ZONE } from '../../../../shared/domain/clock';
import type { Entry } from '../../../../shared/domain/entry';
import { reportSourceOfEntries } from '../../../../shared/domain/reports/fromEntries';
import type { ReportTable } from '../../../../shared/domain/reports/model';
import { PERIOD_KINDS, reportPeriod, type PeriodKind, type ReportPeriod } from '../../../../shared/domain/reports/period';
import { storeReport } from '../../../../shared/domain/reports/storeReport';
import { storesSummary, type StoreOfReport } from '../../../../shared/domain/reports/storesSummary';
import type { SyncConnection } from '../connection';

/** The most rows the server hands the head office per call (desk.pull_store). */
const STORE_PAGE_ROWS = 5000;

/** What the head office's report needs of its connection (its own read-only role). */
export type OfficeConnection = Pick<SyncConnection, 'overview' | 'pullStore'>;

export interface OfficeStore extends StoreOfReport {
  /** Entries read through sync, and those this build could not read (left out, counted). */
  readonly entries: number;
  readonly skipped: number;
}

export interface OfficeReport {
  readonly period: ReportPeriod;
  readonly stores: readonly OfficeStore[];
  readonly summary: ReportTable;
}

/** The period asked for on the command line: a kind and a day in it ("2026-11" for a month will do); undefined if either is not one. */
export function officePeriod(kind: string, date: string): { readonly kind: PeriodKind; readonly date: IsoDate } | undefined {
  const day = kind === 'month' && /^\d{4}-\d{2}$/.test(date) ? `${date}-01` : date;
  const known = PERIOD_KINDS.find((k) => k === kind);
  return known && isIsoDate(day) ? { kind: known, date: day } : undefined;
}

/** Every entry of one store, page after page by the server's order (a page of at most the server's 5,000 rows). */
export async function readStoreEntries(connection: OfficeConnection, store: string, pageRows = STORE_PAGE_ROWS): Promise<{ readonly entries: Entry[]; readonly skipped: number }> {
  const entries: Entry[] = [];
  let skipped = 0;
  let after = 0;
  for (;;) {
    const page = await connection.pullStore(store, after, pageRows);
    entries.push(...page.entries);
    skipped += page.skipped;
    after = page.lastOrder;
    if (page.rows < pageRows) return { entries, skipped };
  }
}

/**
 * The head office's report: each store's own report for the period, built
 * from that store's entries with the same projection and figures as its
 * counters (in its own time zone, with its own limits and calendar), and
 * the stores side by side. Stores are read one after another, so one
 * store's history is held at a time besides the reports.
 */
export async function officeReport(connection: OfficeConnection, kind: PeriodKind, date: IsoDate, now: number): Promise<OfficeReport> {
  const period = reportPeriod(kind, date, DEFAULT_TIME_ZONE);
  if (!period) throw new Error(`Not a day: ${date}`);
  const codes = [...new Set((await connection.overview()).map((r) => r.store))].sort();
  const stores: OfficeStore[] = [];
  for (const store of codes) {
    const { entries, skipped } = await readStoreEntries(connection, store);
    const source = reportSourceOfEntries(entries);
    const storePeriod = reportPeriod(kind, date, source.profile?.timeZone ?? DEFAULT_TIME_ZONE) ?? period;
    stores.push({ store, name: source.profile?.storeName ?? '', report: storeReport(source, storePeriod, {}, now), entries: entries.length, skipped });
  }
  return { period, stores, summary: storesSummary(stores) };
}
