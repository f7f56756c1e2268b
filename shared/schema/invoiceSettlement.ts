import { z } from 'zod';
import { INVOICE_SETTLEMENTS } from '../domain/invoices/types';
import { optionalText } from './common';

/** A refund's settlement of an invoiced receipt as the returns form sends it: the choice ('' when none) and the number of the invoice or red-letter note. */
export const invoiceSettlementInput = z.object({
  kind: z.preprocess((v) => (v === '' ? undefined : v), z.enum(INVOICE_SETTLEMENTS).optional()),
  noteNo: optionalText(40),
});
