import chineseDays from 'chinese-days';
import { addDays, type IsoDate } from './days';

/**
 * The public holidays fixed by law (《全国年节及纪念日放假办法》, as amended
 * in 2024, in force from 2025): the days off every year has, whatever the
 * State Council's yearly notice later adds. Until that notice is entered, a
 * year's working-day limits count these days as days off, marked
 * provisional; the bridging days and the make-up working days (调休) of the
 * notice cannot be known beforehand and are never guessed.
 */
export const STATUTORY_HOLIDAYS = ['newYear', 'springFestival', 'qingming', 'labourDay', 'dragonBoat', 'midAutumn', 'nationalDay'] as const;
export type StatutoryHoliday = (typeof STATUTORY_HOLIDAYS)[number];

/** Chinese names, as the State Council's notice and `chinese-days` write them. */
export const STATUTORY_HOLIDAY_NAMES: Readonly<Record<StatutoryHoliday, string>> = {
  newYear: '元旦',
  springFestival: '春节',
  qingming: '清明',
  labourDay: '劳动节',
  dragonBoat: '端午',
  midAutumn: '中秋',
  nationalDay: '国庆节',
};

export interface StatutoryDay {
  readonly date: IsoDate;
  readonly holiday: StatutoryHoliday;
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The Gregorian date of a lunar month/day in the lunar year that begins in
 * `year`. The package's conversion reads and writes its dates in the PC's own
 * zone, so it is given a local date and its answer is a plain date string:
 * the same on a PC in any zone (checked under UTC-8 to UTC+14).
 */
function lunarToIso(year: number, month: number, day: number): IsoDate {
  return chineseDays.getSolarDateFromLunar(new Date(year, month - 1, day)).date;
}

/**
 * 清明 is a solar term: the 21st-century rule (day = ⌊Y·0.2422 + 4.81⌋ − ⌊Y/4⌋
 * of April, Y the year's last two digits), computed here because the package's
 * own solar-term function reads its result back in the PC's zone and is a day
 * early west of UTC. Checked against every official 清明 of 2004-2026.
 */
function qingmingOf(year: number): IsoDate {
  const y = year % 100;
  return `${year}-04-${pad(Math.floor(y * 0.2422 + 4.81) - Math.floor(y / 4))}`;
}

/** The statutory days off of a year (21st century), in date order. */
export function statutoryHolidays(year: number): readonly StatutoryDay[] {
  if (!Number.isInteger(year) || year < 2001 || year > 2099) throw new RangeError(`Statutory holidays are known for 2001-2099: ${year}`);
  const springFestival = lunarToIso(year, 1, 1);
  const days: StatutoryDay[] = [
    { date: `${year}-01-01`, holiday: 'newYear' },
    // 除夕 and the first three days of the first lunar month.
    ...[-1, 0, 1, 2].map((n) => ({ date: addDays(springFestival, n), holiday: 'springFestival' as const })),
    { date: qingmingOf(year), holiday: 'qingming' },
    { date: `${year}-05-01`, holiday: 'labourDay' },
    { date: `${year}-05-02`, holiday: 'labourDay' },
    { date: lunarToIso(year, 5, 5), holiday: 'dragonBoat' },
    { date: lunarToIso(year, 8, 15), holiday: 'midAutumn' },
    ...[1, 2, 3].map((d) => ({ date: `${year}-10-0${d}`, holiday: 'nationalDay' as const })),
  ];
  return days.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
