import { z } from 'zod';

/** Paper the desk prints on. Rolls are 58/80 mm wide; their length follows the content. */
export const PAPER_SIZES = ['58mm', '80mm', 'A4', 'A5'] as const;
export type PaperSize = (typeof PAPER_SIZES)[number];

/** Each kind of printout can go to its own printer (settings). */
export const PRINT_KINDS = [
  'storageTicket',
  'lostItemSlip',
  'lockerOpeningSlip',
  'overnightList',
  'returnSlip',
  'returnsMonthly',
  'handoutSlip',
  'reconciliation',
  'drawResult',
  'complaintSlip',
  'complaintsMonthly',
  'serviceVoucher',
  'serviceDayReport',
  'serviceMonthly',
  'goodsReceipt',
  'dayClose',
  'supervisorReport',
  'suggestionsMonthly',
  'customerHistory',
  'pickupSlip',
  'charitySlip',
  'invoiceSlip',
] as const;
export type PrintKind = (typeof PRINT_KINDS)[number];

/** Papers each printout is laid out for; the first is its default. */
export const PAPERS_BY_KIND: { readonly [K in PrintKind]: readonly [PaperSize, ...PaperSize[]] } = {
  storageTicket: ['80mm', '58mm'],
  lostItemSlip: ['80mm', '58mm', 'A5', 'A4'],
  lockerOpeningSlip: ['80mm', '58mm', 'A5', 'A4'],
  overnightList: ['A4', 'A5'],
  returnSlip: ['80mm', 'A5', 'A4'],
  returnsMonthly: ['A4'],
  handoutSlip: ['80mm', '58mm'],
  reconciliation: ['A4'],
  drawResult: ['A4', '80mm'],
  complaintSlip: ['80mm', '58mm', 'A5', 'A4'],
  complaintsMonthly: ['A4'],
  serviceVoucher: ['A5', '80mm'],
  serviceDayReport: ['A4'],
  serviceMonthly: ['A4'],
  goodsReceipt: ['80mm', 'A5'],
  dayClose: ['A4'],
  supervisorReport: ['A4'],
  suggestionsMonthly: ['A4'],
  customerHistory: ['A4'],
  pickupSlip: ['80mm', '58mm'],
  charitySlip: ['80mm'],
  invoiceSlip: ['80mm', '58mm'],
};

export const MAX_PRINT_HTML_CHARS = 5_000_000;

export const printJobRequest = z.object({
  jobId: z.string().uuid(),
  kind: z.enum(PRINT_KINDS),
  /** The record number the printout is for: names the PDF in the archive. */
  recordNumber: z.string().regex(/^[A-Z0-9-]{1,40}$/),
  html: z.string().min(1).max(MAX_PRINT_HTML_CHARS),
  paper: z.enum(PAPER_SIZES),
  copies: z.number().int().min(1).max(5),
});
export type PrintJobRequest = z.infer<typeof printJobRequest>;

export const printerRoute = z.object({
  /** Printer name as the OS lists it; empty = the system default printer. */
  printerName: z.string().max(200),
  paper: z.enum(PAPER_SIZES),
});
export type PrinterRoute = z.infer<typeof printerRoute>;

export const printerSettings = z
  .record(z.enum(PRINT_KINDS), printerRoute)
  .refine((routes) => PRINT_KINDS.every((kind) => !routes[kind] || PAPERS_BY_KIND[kind].includes(routes[kind].paper)), {
    message: 'print.error.paperNotSupported',
  });
export type PrinterSettings = z.infer<typeof printerSettings>;

/** Until the desk sets its own: the system default printer, each printout on its default paper. */
export function defaultPrinterSettings(): PrinterSettings {
  return Object.fromEntries(PRINT_KINDS.map((kind) => [kind, { printerName: '', paper: PAPERS_BY_KIND[kind][0] }])) as PrinterSettings;
}

export const printJobIdInput = z.object({ jobId: z.string().uuid() });

export type PrintJobStatus = 'printed' | 'failed';

export interface PrintJobResult {
  readonly jobId: string;
  readonly status: PrintJobStatus;
  /** Where the PDF copy was kept (always made, also when the printer failed). */
  readonly pdfPath?: string | undefined;
  /** i18n key of the reason, when failed. */
  readonly error?: string | undefined;
  readonly detail?: string | undefined;
}

export interface QueuedPrintJob {
  readonly jobId: string;
  readonly kind: PrintKind;
  readonly recordNumber: string;
  readonly createdAt: number;
  readonly attempts: number;
  readonly lastError?: string | undefined;
}

export interface PrinterInfo {
  readonly name: string;
  readonly displayName: string;
  readonly isDefault: boolean;
}
