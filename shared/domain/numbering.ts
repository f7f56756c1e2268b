import { formatInZone, DEFAULT_TIME_ZONE } from './clock';

/**
 * Human record numbers: type prefix + store + counter + store-local date +
 * the counter's daily sequence for that type. Unique per store without a
 * server because each counter only ever numbers its own records.
 * Example: JC-S01-C2-261125-0007.
 */
export const RECORD_PREFIX = {
  storage: 'JC', // 寄存
  lostItem: 'SW', // 失物
  lockerOpening: 'KG', // 开柜
  returnRecord: 'TH', // 退货
  campaign: 'HD', // 活动
  handout: 'ZP', // 赠品
  draw: 'CJ', // 抽奖
  complaint: 'TS', // 投诉
  serviceCall: 'WX', // 维修（叫修）
  goodsReceipt: 'LQ', // 客户商品领取收据
  maintenanceContract: 'HT', // 维修保养合同
  invoice: 'FP', // 发票（开票申请）
  enquiry: 'ZX', // 咨询（电话接听、顾客建议）
  charityEvent: 'GY', // 公益赞助
  preOrder: 'YD', // 预约订货
} as const;

export type NumberedRecordType = keyof typeof RECORD_PREFIX;

export const STORE_CODE_PATTERN = /^[A-Z0-9]{2,6}$/;
export const COUNTER_CODE_PATTERN = /^[A-Z0-9]{1,4}$/;

/** prefix-store-counter-yyMMdd-sequence, e.g. JC-S01-C1-261125-0001. */
const NUMBER_BODY = String.raw`([A-Z]{2})-([A-Z0-9]{2,6})-([A-Z0-9]{1,4})-(\d{6})-(\d{4,6})`;
const NUMBER_PATTERN = new RegExp(`^${NUMBER_BODY}$`);

/** The record numbers written in a sentence, each with where it starts. */
export function recordNumbersIn(text: string): { readonly number: string; readonly index: number }[] {
  return [...text.matchAll(new RegExp(NUMBER_BODY, 'g'))].map((m) => ({ number: m[0], index: m.index }));
}

export interface RecordNumberParts {
  prefix: string;
  store: string;
  counter: string;
  date: string; // yyMMdd
  sequence: number;
}

export function formatRecordNumber(
  type: NumberedRecordType,
  store: string,
  counter: string,
  at: number,
  sequence: number,
  timeZone: string = DEFAULT_TIME_ZONE,
): string {
  if (!Number.isSafeInteger(sequence) || sequence < 1 || sequence > 999_999) {
    throw new RangeError(`Sequence out of range: ${sequence}`);
  }
  const date = formatInZone(at, 'yyMMdd', timeZone);
  return `${RECORD_PREFIX[type]}-${store}-${counter}-${date}-${String(sequence).padStart(4, '0')}`;
}

/** The key under which a counter keeps its daily sequence for a type. */
export function sequenceKey(type: NumberedRecordType, at: number, timeZone: string = DEFAULT_TIME_ZONE): string {
  return `seq:${RECORD_PREFIX[type]}:${formatInZone(at, 'yyMMdd', timeZone)}`;
}

/** The numbers an entry's data handed out: its record's, and a goods receipt's (numbered apart on a service call). */
export function numbersHandedOut(data: unknown): string[] {
  if (typeof data !== 'object' || data === null) return [];
  const { number, receiptNo } = data as { number?: unknown; receiptNo?: unknown };
  return [number, receiptNo].filter((n): n is string => typeof n === 'string');
}

/**
 * The daily sequences a counter had reached, from the numbers it printed
 * (a PC set up again for the same counter): the highest per type and day,
 * under the same keys as `sequenceKey`, so no number is issued twice.
 */
export function sequencesReached(numbers: Iterable<string>, store: string, counter: string): Map<string, number> {
  const reached = new Map<string, number>();
  for (const raw of numbers) {
    const parts = parseRecordNumber(raw);
    if (!parts || parts.store !== store || parts.counter !== counter) continue;
    const key = `seq:${parts.prefix}:${parts.date}`;
    reached.set(key, Math.max(reached.get(key) ?? 0, parts.sequence));
  }
  return reached;
}

/**
 * Cleans what a scanner or a clerk typed: full-width characters from a
 * Chinese input method, lower case, spaces, and the other dashes scanners send.
 */
export function normalizeRecordNumber(raw: string): string {
  return raw
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\u2010-\u2015\u2212_]/g, '-')
    .replace(/\s+/g, '')
    .toUpperCase();
}

export function parseRecordNumber(raw: string): RecordNumberParts | undefined {
  const m = NUMBER_PATTERN.exec(normalizeRecordNumber(raw));
  if (!m) return undefined;
  const [, prefix, store, counter, date, seq] = m;
  return { prefix: prefix!, store: store!, counter: counter!, date: date!, sequence: Number(seq) };
}
