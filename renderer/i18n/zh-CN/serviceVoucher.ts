/** Texts of the service voucher (服务凭证) button (Simplified Chinese). */
export const serviceVoucher = {
  'printers.kind.serviceVoucher': '服务凭证',
  'service.voucher.print': '打印服务凭证',
  'service.voucher.notYourJob': '服务凭证只能由派工的技术员或服务台打印',
} as const;
