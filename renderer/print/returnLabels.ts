import type { ItemCondition, LineDisposition, PolicyProblem, RefundMethod, ReturnOutcome } from '../../shared/domain/returns/types';
import type { Label } from './labels';

/** Bilingual labels of the return slip and the monthly summary (kept apart from the screen texts, like labels.ts). */
export const RETURN = {
  slipTitle: { zh: '退货单', en: 'Return slip' },
  storeCopy: { zh: '门店联', en: 'Store copy' },
  goodsCopy: { zh: '随货联', en: 'Goes with the goods' },
  receipt: { zh: '小票号', en: 'Receipt' },
  noReceipt: { zh: '无小票', en: 'no receipt' },
  purchaseDate: { zh: '购买日期', en: 'Bought' },
  registered: { zh: '登记时间', en: 'Registered' },
  reason: { zh: '退货原因', en: 'Reason' },
  condition: { zh: '商品状况', en: 'Condition' },
  outcome: { zh: '处理结果', en: 'Outcome' },
  refundMethod: { zh: '退款方式', en: 'Refund by' },
  exchange: { zh: '换货商品', en: 'Exchanged for' },
  refusal: { zh: '拒绝理由', en: 'Refused because' },
  exceptions: { zh: '政策例外', en: 'Exceptions' },
  item: { zh: '商品', en: 'Item' },
  quantity: { zh: '数量', en: 'Qty' },
  unitPrice: { zh: '单价', en: 'Price' },
  amount: { zh: '金额', en: 'Amount' },
  disposition: { zh: '去向', en: 'To' },
  total: { zh: '商品金额', en: 'Goods value' },
  giftDeducted: { zh: '扣除赠品', en: 'Gift deducted' },
  giftReturned: { zh: '赠品已退回', en: 'Gift returned' },
  refund: { zh: '实退金额', en: 'Refunded' },
  reversed: { zh: '已冲销', en: 'REVERSED' },
  signCustomer: { zh: '顾客签名', en: 'Customer' },
  signClerk: { zh: '经办人签名', en: 'Clerk' },
  signReceived: { zh: '商品部签收', en: 'Received by' },
  goodsNote: { zh: '本联随退货商品交商品部，按去向回库或报损。', en: 'Goes with the goods to the product department.' },
  customerNote: {
    zh: '本人确认以上退换货内容无误。',
    en: 'I confirm the return above.',
  },
} as const satisfies Readonly<Record<string, Label>>;

export const MONTHLY = {
  title: { zh: '退货月度汇总', en: 'Monthly returns summary' },
  month: { zh: '月份', en: 'Month' },
  totals: { zh: '合计', en: 'Total' },
  outcomes: { zh: '处理结果', en: 'Outcomes' },
  byReason: { zh: '按原因', en: 'By reason' },
  byCategory: { zh: '按类别', en: 'By category' },
  byBand: { zh: '按金额', en: 'By amount' },
  batches: { zh: '批量退货（请商品部分析原因）', en: 'Batch returns (for cause analysis)' },
  key: { zh: '项目', en: 'Item' },
  returns: { zh: '笔数', en: 'Returns' },
  units: { zh: '件数', en: 'Units' },
  amount: { zh: '金额（元）', en: 'Amount (yuan)' },
  kind: { zh: '类型', en: 'Kind' },
  what: { zh: '商品/单号', en: 'Item / return' },
  note: { zh: '说明', en: 'Note' },
  batchSku: { zh: '同一商品', en: 'Same item' },
  batchReturn: { zh: '单笔', en: 'One return' },
  noBatches: { zh: '本月无批量退货', en: 'No batch returns' },
  excluded: { zh: '已冲销的退货不计入；维修、拒绝只按结果计数。', en: 'Reversed returns left out; repairs and refusals counted by outcome only.' },
  signPrepared: { zh: '制表', en: 'Prepared by' },
  signSupervisor: { zh: '主管', en: 'Supervisor' },
  signProduct: { zh: '商品部', en: 'Product dept.' },
} as const satisfies Readonly<Record<string, Label>>;

export { RETURN_REASON_LABELS } from '../../shared/domain/returns/reasonLabels';

export const CONDITION_LABELS: Readonly<Record<ItemCondition, Label>> = {
  unopened: { zh: '未开封', en: 'unopened' },
  opened: { zh: '已开封', en: 'opened' },
  used: { zh: '已使用', en: 'used' },
  faulty: { zh: '有故障', en: 'faulty' },
  broken: { zh: '已损坏', en: 'broken' },
};

export const OUTCOME_LABELS: Readonly<Record<ReturnOutcome, Label>> = {
  refund: { zh: '退款', en: 'refund' },
  exchange: { zh: '换货', en: 'exchange' },
  repair: { zh: '维修', en: 'repair' },
  refused: { zh: '拒绝退货', en: 'refused' },
};

export const REFUND_METHOD_LABELS: Readonly<Record<RefundMethod, Label>> = {
  originalPayment: { zh: '原路退回', en: 'original payment' },
  cash: { zh: '现金', en: 'cash' },
  storeCard: { zh: '储值卡', en: 'store card' },
  storeCredit: { zh: '购物卡余额', en: 'store credit' },
};

export const DISPOSITION_LABELS: Readonly<Record<LineDisposition, Label>> = {
  restock: { zh: '回库', en: 'stock' },
  damaged: { zh: '报损', en: 'damaged' },
};

export const PROBLEM_LABELS: Readonly<Record<PolicyProblem, Label>> = {
  noReceipt: { zh: '无小票', en: 'no receipt' },
  outsideWindow: { zh: '超过退货期', en: 'outside window' },
  nonReturnableCategory: { zh: '不可退类别', en: 'non-returnable' },
  overApprovalAmount: { zh: '超过审批金额', en: 'over limit' },
};

export const BAND_LABELS: Readonly<Record<string, Label>> = {
  under50: { zh: '50 元以下', en: '< 50' },
  from50: { zh: '50–200 元', en: '50–200' },
  from200: { zh: '200–1000 元', en: '200–1000' },
  from1000: { zh: '1000 元及以上', en: '≥ 1000' },
};

export const bi = (l: Label): string => `${l.zh} ${l.en}`;
