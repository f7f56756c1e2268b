import { copiesAgreement } from '../../../../shared/domain/sync/copies';
import { MAX_CLOCK_SKEW_MS, type OverviewRow } from '../../../../shared/schema/sync';

const HEADINGS = ['Store', 'Counter', 'Entries', 'Last push', 'Last pull', 'Unsynced', 'Conflicts', 'Set aside', 'Clock', 'Copies agree'];

function ago(at: number | undefined, now: number): string {
  if (at === undefined) return 'never';
  const minutes = Math.round((now - at) / 60_000);
  if (minutes < 1) return 'just now';
  if (minutes < 120) return `${minutes} min ago`;
  const hours = Math.round(minutes / 60);
  return hours < 48 ? `${hours} h ago` : `${Math.round(hours / 24)} days ago`;
}

/**
 * The head office's read-only overview as text (npm run sync:overview): every
 * store and counter, the server's figures beside what each counter last
 * reported, and whether each counter's copy agrees with the server's.
 */
export function formatOverview(rows: readonly OverviewRow[], now: number): string {
  const lines: string[][] = [];
  const stores = [...new Set(rows.map((r) => r.store))];
  for (const store of stores) {
    const counters = rows.filter((r) => r.store === store);
    const agreement = copiesAgreement(counters.map((r) => ({ counter: r.counter, server: r.server, reportedCopy: r.report?.copy })));
    for (const r of counters) {
      const differs = agreement.get(r.counter);
      const skew = r.clockSkewMs === undefined ? '' : Math.abs(r.clockSkewMs) > MAX_CLOCK_SKEW_MS ? `OFF ${Math.round(r.clockSkewMs / 60_000)} min` : 'ok';
      lines.push([
        r.store,
        r.counter,
        String(r.server.entries),
        ago(r.lastPushAt, now),
        ago(r.lastPullAt, now),
        r.report ? String(r.report.unsynced) : '?',
        r.report ? String(r.report.conflicts) : '?',
        String(r.setAside),
        skew,
        differs === undefined ? 'not reported' : differs.length === 0 ? `yes (${ago(r.report?.at, now)})` : `NO: ${differs.join(', ')}`,
      ]);
    }
  }
  if (lines.length === 0) return 'No counter is enrolled yet.';
  const widths = HEADINGS.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const row = (cells: readonly string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd();
  return [row(HEADINGS), row(widths.map((w) => '-'.repeat(w))), ...lines.map(row)].join('\n');
}
