import { isSupervisor, type Role } from './staff';

/**
 * PIN rules (issue 10): how long a role's PIN must be, and how long someone
 * waits after too many wrong PINs. Pure: the sign-in, approval and lock
 * screens all ask these.
 */

export const PIN_MAX_LENGTH = 8;

/** Supervisors and store managers approve money and exceptions: their PIN is longer. */
export function minPinLength(role: Role): number {
  return isSupervisor(role) ? 6 : 4;
}

/** Whether `pin` (digits, already half-width) is long enough for `role`. */
export function pinLongEnoughFor(role: Role, pin: string): boolean {
  return pin.length >= minPinLength(role);
}

/**
 * A PIN set before the role's minimum applied (or before a promotion) still
 * lets its owner in once, but they change it before anything else. The
 * typed PIN is known at sign-in, so nothing about its length is stored.
 */
export function pinMustChange(role: Role, typedPin: string): boolean {
  return !pinLongEnoughFor(role, typedPin);
}

/** Wrong PINs in a row for one staff number before each further try waits. */
export const FREE_PIN_TRIES = 5;

const SECOND = 1000;
const MINUTE = 60 * SECOND;

/** The wait after the 5th, 6th, 7th… wrong PIN in a row; the last one repeats. */
const WAITS_MS: readonly number[] = [30 * SECOND, MINUTE, 2 * MINUTE, 5 * MINUTE, 10 * MINUTE, 15 * MINUTE];

export const MAX_PIN_WAIT_MS = 15 * MINUTE;

/** How long to wait after `failuresInARow` wrong PINs before the next try is checked at all. */
export function lockoutWait(failuresInARow: number): number {
  if (failuresInARow < FREE_PIN_TRIES) return 0;
  return WAITS_MS[Math.min(failuresInARow - FREE_PIN_TRIES, WAITS_MS.length - 1)] ?? MAX_PIN_WAIT_MS;
}

/** Wrong PINs in a row for one staff number at this counter, and when the last one was typed. */
export interface PinFailures {
  readonly inARow: number;
  readonly lastAt: number;
}

export const NO_PIN_FAILURES: PinFailures = { inARow: 0, lastAt: 0 };

/** How long from `now` until the next try is checked; 0 when it may be tried now. */
export function pinWaitLeft(failures: PinFailures, now: number): number {
  const wait = lockoutWait(failures.inARow);
  // Capped at the wait itself, so a PC clock set back never locks someone out for longer.
  return Math.min(wait, Math.max(0, failures.lastAt + wait - now));
}

export function afterWrongPin(failures: PinFailures, now: number): PinFailures {
  return { inARow: failures.inARow + 1, lastAt: now };
}

/** The wait as a person reads it: seconds under a minute, else whole minutes rounded up. */
export type PinWaitInWords = { readonly unit: 'seconds' | 'minutes'; readonly count: number };

export function pinWaitInWords(ms: number): PinWaitInWords {
  if (ms < MINUTE) return { unit: 'seconds', count: Math.max(1, Math.ceil(ms / SECOND)) };
  return { unit: 'minutes', count: Math.ceil(ms / MINUTE) };
}
