import { addDays } from '../../../../shared/domain/calendar/days';
import { format, addYears, parseISO } from 'date-fns';

/** One product row as typed (the kind is '' until chosen); the names are the schema's. */
export interface ProductFields {
  readonly kind: string;
  readonly name: string;
  readonly model: string;
  readonly serial: string;
}

/** What the clerk types for a contract, as text; the names are contractInput's. */
export interface ContractFields {
  readonly customerName: string;
  readonly phone: string;
  readonly address: string;
  readonly area: string;
  readonly products: readonly ProductFields[];
  /** yyyy-MM-dd, the date input's value. */
  readonly start: string;
  readonly end: string;
  readonly visits: string;
  readonly fee: string;
}

export const blankProduct: ProductFields = { kind: '', name: '', model: '', serial: '' };

/** A fresh form: one product row, a year from today (the usual term); the rest is asked. */
export function blankContract(today: string): ContractFields {
  return {
    customerName: '',
    phone: '',
    address: '',
    area: '',
    products: [blankProduct],
    start: today,
    end: addDays(format(addYears(parseISO(today), 1), 'yyyy-MM-dd'), -1),
    visits: '',
    fee: '',
  };
}
