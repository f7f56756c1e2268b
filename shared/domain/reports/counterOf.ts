import { parseRecordNumber } from '../numbering';

/**
 * Whether a record was taken at the counter a report is narrowed to. A
 * record's number is made by the counter that took it (store + counter +
 * date + sequence), so the small report rows need no counter of their own.
 */
export function takenAt(number: string, counter: string | undefined): boolean {
  return counter === undefined || parseRecordNumber(number)?.counter === counter;
}
