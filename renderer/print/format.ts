import { formatInZone } from '../../shared/domain/clock';
import type { PrintContext } from './context';

export const DATE_TIME = 'yyyy-MM-dd HH:mm';

export function printTime(ms: number, ctx: PrintContext, pattern: string = DATE_TIME): string {
  return formatInZone(ms, pattern, ctx.timeZone);
}

// The masking rule's home is the customers domain: screens and printouts mask alike.
export { maskPhone } from '../../shared/domain/customers/phone';

/** "张三 (1024)" when the name is known, else the staff number. */
export function staffLabel(staffNo: string, ctx: PrintContext): string {
  const name = ctx.staffNames?.[staffNo];
  return name ? `${name} (${staffNo})` : staffNo;
}

/** 0.333 -> "33%"; undefined (nothing decided) -> "—". */
export function percentText(rate: number | undefined): string {
  return rate === undefined ? '—' : `${Math.round(rate * 100)}%`;
}
