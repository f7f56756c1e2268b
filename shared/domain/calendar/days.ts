/**
 * Calendar dates as plain `yyyy-MM-dd` strings. A date is a day in the
 * store's calendar, not an instant, so its arithmetic is done on the date
 * itself (through UTC), never through the PC's own time zone.
 */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 24 * 60 * 60 * 1000;

function utcMidnight(date: IsoDate): number | undefined {
  const m = ISO_DATE.exec(date);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  // Date.UTC rolls 2026-02-30 over to March: a real date survives the round trip.
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return undefined;
  return ms;
}

/** A real calendar date written yyyy-MM-dd (2026-02-29 is not). */
export function isIsoDate(text: string): boolean {
  return utcMidnight(text) !== undefined;
}

function mustParse(date: IsoDate): number {
  const ms = utcMidnight(date);
  if (ms === undefined) throw new RangeError(`Not a yyyy-MM-dd date: ${date}`);
  return ms;
}

function fromUtcMidnight(ms: number): IsoDate {
  return new Date(ms).toISOString().slice(0, 10);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromUtcMidnight(mustParse(date) + days * DAY_MS);
}

/** 0 = Sunday ... 6 = Saturday. */
export function weekdayOf(date: IsoDate): number {
  return new Date(mustParse(date)).getUTCDay();
}

export function isWeekend(date: IsoDate): boolean {
  const d = weekdayOf(date);
  return d === 0 || d === 6;
}

/** Every date from `from` to `to`, both included. */
export function datesBetween(from: IsoDate, to: IsoDate): IsoDate[] {
  const out: IsoDate[] = [];
  for (let ms = mustParse(from), end = mustParse(to); ms <= end; ms += DAY_MS) out.push(fromUtcMidnight(ms));
  return out;
}
