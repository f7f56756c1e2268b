/** Texts of the service voucher button (English). */
export const serviceVoucher = {
  'printers.kind.serviceVoucher': 'Service voucher',
  'service.voucher.print': 'Print service voucher',
  'service.voucher.notYourJob': 'Only the technician sent or the desk prints this voucher',
} as const;
