import type { DepositOutcome, PreOrderKind, PreOrderStatus } from '../../shared/domain/preOrders/types';
import type { Label } from './labels';

/** Bilingual labels of the pickup slip (取货单) of a pre-order or group purchase. */
type Labels = Readonly<Record<string, Label>>;

export const PICKUP = {
  slipTitle: { zh: '取货单', en: 'Pickup slip' },
  kind: { zh: '类型', en: 'Type' },
  organisation: { zh: '单位', en: 'Organisation' },
  department: { zh: '备货部门', en: 'Department' },
  pickupAt: { zh: '取货时间', en: 'Pickup' },
  takenAt: { zh: '登记时间', en: 'Taken' },
  status: { zh: '状态', en: 'Status' },
  item: { zh: '商品', en: 'Item' },
  quantity: { zh: '数量', en: 'Qty' },
  unitPrice: { zh: '单价', en: 'Price' },
  amount: { zh: '金额', en: 'Amount' },
  total: { zh: '合计', en: 'Total' },
  deposit: { zh: '定金', en: 'Deposit' },
  balanceDue: { zh: '取货应付', en: 'Balance due' },
  balancePaid: { zh: '取货已付', en: 'Balance paid' },
  pickedUpAt: { zh: '取货时间', en: 'Picked up' },
  cancelledAt: { zh: '取消时间', en: 'Cancelled' },
  cancelReason: { zh: '取消原因', en: 'Reason' },
  depositOutcome: { zh: '定金处理', en: 'Deposit' },
  confirmedBy: { zh: '部门确认人', en: 'Confirmed by' },
  note: { zh: '凭此单到总服务台取货；如需改期或取消，请提前来电。', en: 'Bring this slip to the service desk to collect; call ahead to change or cancel.' },
  callDesk: { zh: '总服务台电话', en: 'Desk phone' },
  signCustomer: { zh: '顾客签收', en: 'Received by' },
} as const satisfies Labels;

export const PRE_ORDER_KIND_LABELS: Readonly<Record<PreOrderKind, Label>> = {
  phone: { zh: '电话预约订货', en: 'Phone pre-order' },
  group: { zh: '团体购物', en: 'Group purchase' },
};

export const PRE_ORDER_STATUS_LABELS: Readonly<Record<PreOrderStatus, Label>> = {
  taken: { zh: '已登记', en: 'taken' },
  confirmed: { zh: '已确认', en: 'confirmed' },
  ready: { zh: '已备货', en: 'ready' },
  pickedUp: { zh: '已取货', en: 'picked up' },
  cancelled: { zh: '已取消', en: 'cancelled' },
};

export const DEPOSIT_OUTCOME_LABELS: Readonly<Record<DepositOutcome, Label>> = {
  refunded: { zh: '已退还', en: 'refunded' },
  kept: { zh: '不退', en: 'kept' },
};
