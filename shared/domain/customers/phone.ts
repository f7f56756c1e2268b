import { halfWidthDigits } from '../typedDigits';

/**
 * A phone number as the desk compares it: digits only (full-width digits,
 * spaces and dashes as a clerk or a record may have them), so "138 0013-8000"
 * and "13800138000" are the same customer.
 */
export function normalisePhone(phone: string): string {
  return halfWidthDigits(phone).replace(/\D/g, '');
}

/** The last four digits: what a customer remembers and says at the counter. */
export function phoneTail(phone: string): string {
  return normalisePhone(phone).slice(-4);
}

/**
 * A phone number where others can see it (screen, paper): 138****5678.
 * Short numbers keep only their last two digits. The full number stays in
 * the record.
 */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/[\s-]/g, '');
  if (digits.length >= 8) return `${digits.slice(0, 3)}****${digits.slice(-4)}`;
  if (digits.length > 2) return `${'*'.repeat(digits.length - 2)}${digits.slice(-2)}`;
  return digits;
}
