import { formatInZone } from '../../shared/domain/clock';
import type { PrintContext } from './context';

export const DATE_TIME = 'yyyy-MM-dd HH:mm';

export function printTime(ms: number, ctx: PrintContext, pattern: string = DATE_TIME): string {
  return formatInZone(ms, pattern, ctx.timeZone);
}

/**
 * A phone number on paper that others can see: 138****5678. Short numbers
 * keep only their last two digits. The full number stays in the record.
 */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/[\s-]/g, '');
  if (digits.length >= 8) return `${digits.slice(0, 3)}****${digits.slice(-4)}`;
  if (digits.length > 2) return `${'*'.repeat(digits.length - 2)}${digits.slice(-2)}`;
  return digits;
}

/** "张三 (1024)" when the name is known, else the staff number. */
export function staffLabel(staffNo: string, ctx: PrintContext): string {
  const name = ctx.staffNames?.[staffNo];
  return name ? `${name} (${staffNo})` : staffNo;
}

/** 0.333 -> "33%"; undefined (nothing decided) -> "—". */
export function percentText(rate: number | undefined): string {
  return rate === undefined ? '—' : `${Math.round(rate * 100)}%`;
}
