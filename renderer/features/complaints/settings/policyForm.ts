import {
  defaultLimits,
  limitsFor,
  POLICY_LIMIT_KEYS,
  type ComplaintDeadlinePolicy,
  type LimitUnit,
  type PolicyLimitKey,
} from '../../../../shared/domain/complaints/policy';
import { COMPLAINT_CATEGORIES, COMPLAINT_SEVERITIES, type ComplaintCategory, type ComplaintSeverity } from '../../../../shared/domain/complaints/types';

/** One cell of the limits table as typed: an empty amount means the limit is not tracked. */
export interface LimitCell {
  readonly amount: string;
  readonly unit: LimitUnit;
}

/** Cells by `row.limitKey`. */
export type PolicyCells = Readonly<Record<string, LimitCell>>;

/** The table's rows, always in this order: the row index of a schema error is the row on screen. */
export const POLICY_ROWS: readonly { readonly category: ComplaintCategory; readonly severity: ComplaintSeverity }[] = COMPLAINT_CATEGORIES.flatMap((category) =>
  COMPLAINT_SEVERITIES.map((severity) => ({ category, severity })),
);

export const cellKey = (row: number, key: PolicyLimitKey) => `${row}.${key}`;

/** The unit an empty cell offers: the one the defaults use for that limit. */
function defaultUnit(key: PolicyLimitKey): LimitUnit {
  return defaultLimits('urgent')[key]?.unit ?? defaultLimits('normal')[key]?.unit ?? 'hours';
}

export function cellsOf(policy: ComplaintDeadlinePolicy): PolicyCells {
  const cells: Record<string, LimitCell> = {};
  POLICY_ROWS.forEach(({ category, severity }, row) => {
    const limits = limitsFor(policy, category, severity);
    for (const key of POLICY_LIMIT_KEYS) {
      const limit = limits[key];
      cells[cellKey(row, key)] = { amount: limit ? String(limit.amount) : '', unit: limit?.unit ?? defaultUnit(key) };
    }
  });
  return cells;
}

/** The rows as the schema reads them; an empty cell is left out (not tracked). */
export function rowsOf(cells: PolicyCells) {
  return POLICY_ROWS.map(({ category, severity }, row) => ({
    category,
    severity,
    limits: Object.fromEntries(
      POLICY_LIMIT_KEYS.flatMap((key) => {
        const cell = cells[cellKey(row, key)];
        return cell && cell.amount.trim() ? [[key, { amount: cell.amount.trim(), unit: cell.unit }]] : [];
      }),
    ),
  }));
}

const CELL_PATH = /^rows\.(\d+)\.limits\.(\w+)/;

/** Schema errors by path ("rows.3.limits.solution.amount") as errors at the cells, the rest for the whole table. */
export function cellErrors(fields: Readonly<Record<string, string>>): { readonly cells: Readonly<Record<string, string>>; readonly table?: string | undefined } {
  const cells: Record<string, string> = {};
  let table: string | undefined;
  for (const [path, code] of Object.entries(fields)) {
    const m = CELL_PATH.exec(path);
    if (m) cells[`${m[1]}.${m[2]}`] ??= code;
    else table ??= code;
  }
  return { cells, table };
}
