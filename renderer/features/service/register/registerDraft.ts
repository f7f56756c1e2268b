import { isCalendarDate } from '../../../../shared/domain/returns/days';
import { warrantyStatus, type WarrantyStatus } from '../../../../shared/domain/service/warranty';
import { fromLocalInput, toLocalInput } from '../../../components/storeTime';
import { DeskError } from '../../../db/errors';

/** What the clerk types for a call, as text (choices are '' until chosen); the names are the schema's. */
export interface RegisterFields {
  readonly customerName: string;
  readonly phone: string;
  readonly address: string;
  readonly area: string;
  readonly productKind: string;
  readonly productName: string;
  readonly model: string;
  readonly serial: string;
  readonly purchaseDate: string;
  readonly problem: string;
  readonly requestType: string;
  readonly serviceType: string;
  /** datetime-local text, the store's wall time. */
  readonly receivedAt: string;
  /** The visit agreed on the phone at once, or '' for none yet. */
  readonly visitAt: string;
}

/** A fresh form: received now (store wall time), a repair; the rest is asked. */
export function blankRegister(now: number, timeZone: string): RegisterFields {
  return {
    customerName: '',
    phone: '',
    address: '',
    area: '',
    productKind: '',
    productName: '',
    model: '',
    serial: '',
    purchaseDate: '',
    problem: '',
    requestType: 'repair',
    serviceType: '',
    receivedAt: toLocalInput(now, timeZone),
    visitAt: '',
  };
}

/** The form as serviceCallInput reads it: an unreadable received time is left for the schema to name. */
export function toRawCall(f: RegisterFields, timeZone: string) {
  const { visitAt: _visit, receivedAt, ...rest } = f;
  return { ...rest, receivedAt: fromLocalInput(receivedAt, timeZone) };
}

/** The visit agreed at once: undefined when none was typed; a half-typed one is a field message. */
export function visitAtOf(f: RegisterFields, timeZone: string): number | undefined {
  if (!f.visitAt.trim()) return undefined;
  const at = fromLocalInput(f.visitAt, timeZone);
  if (at === undefined) throw new DeskError('error.dateTime', 'visitAt');
  return at;
}

/** Derived as the clerk types, never typed: from the purchase date and when the call came in. */
export function warrantyOf(f: RegisterFields, now: number, timeZone: string): WarrantyStatus {
  const date = f.purchaseDate.trim();
  return warrantyStatus(isCalendarDate(date) ? date : undefined, fromLocalInput(f.receivedAt, timeZone) ?? now, timeZone);
}
