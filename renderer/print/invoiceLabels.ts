import type { BuyerKind, InvoiceKind, InvoiceMedium, InvoiceStatus } from '../../shared/domain/invoices/types';
import type { Label } from './labels';

/** Bilingual labels of the invoice request slip (开票申请单). */
export const INVOICE = {
  slipTitle: { zh: '开票申请单', en: 'Invoice request' },
  requestedAt: { zh: '申请时间', en: 'Requested' },
  amount: { zh: '开票金额', en: 'Amount' },
  receipts: { zh: '购物小票', en: 'Receipts' },
  title: { zh: '发票抬头', en: 'Invoice title' },
  buyer: { zh: '抬头类型', en: 'Buyer' },
  taxpayerNo: { zh: '纳税人识别号', en: 'Taxpayer No.' },
  kind: { zh: '发票类型', en: 'Type' },
  medium: { zh: '开具形式', en: 'Form' },
  email: { zh: '接收邮箱', en: 'Email' },
  status: { zh: '状态', en: 'Status' },
  invoiceNo: { zh: '发票号码', en: 'Invoice No.' },
  issuedAt: { zh: '开票时间', en: 'Issued' },
  cancelReason: { zh: '作废原因', en: 'Cancelled because' },
  note: {
    zh: '发票由税务系统开具。凭本单到总服务台查询或领取；电子发票发送至上述邮箱或手机。',
    en: 'The invoice is issued in the tax system. Ask at the desk with this slip; an e-invoice goes to the email or phone above.',
  },
  signCustomer: { zh: '顾客签名', en: 'Customer' },
} as const satisfies Readonly<Record<string, Label>>;

export const BUYER_LABELS: Readonly<Record<BuyerKind, Label>> = {
  person: { zh: '个人', en: 'person' },
  company: { zh: '单位', en: 'company' },
};

export const INVOICE_KIND_LABELS: Readonly<Record<InvoiceKind, Label>> = {
  ordinary: { zh: '普通发票', en: 'ordinary' },
  specialVat: { zh: '增值税专用发票', en: 'special VAT' },
};

export const INVOICE_MEDIUM_LABELS: Readonly<Record<InvoiceMedium, Label>> = {
  electronic: { zh: '电子发票', en: 'electronic' },
  paper: { zh: '纸质发票', en: 'paper' },
};

export const INVOICE_STATUS_LABELS: Readonly<Record<InvoiceStatus, Label>> = {
  requested: { zh: '已申请，待开票', en: 'requested' },
  issued: { zh: '已开票', en: 'issued' },
  cancelled: { zh: '已作废', en: 'cancelled' },
};
