import type { Fen } from '../money';
import type { ServiceJob } from './jobs';

export interface FeeTotals {
  readonly lines: readonly ServiceJob[];
  readonly totalFen: Fen;
  /** Per technician who collected, for handing the money over. */
  readonly byTechnician: ReadonlyMap<string, Fen>;
}

/** The day's service fees (有费): each fee with its invoice number, totalled for handing over. */
export function feeTotals(jobs: readonly ServiceJob[]): FeeTotals {
  const lines = jobs.filter((j) => j.feeFen > 0).sort((a, b) => a.at - b.at || a.id.localeCompare(b.id));
  const byTechnician = new Map<string, Fen>();
  for (const l of lines) byTechnician.set(l.technician, (byTechnician.get(l.technician) ?? 0) + l.feeFen);
  return { lines, totalFen: lines.reduce((sum, l) => sum + l.feeFen, 0), byTechnician };
}
