import type { CampaignStatus } from '../../shared/domain/gifts/rules';
import type { Handout } from '../../shared/domain/gifts/types';
import type { Label } from './labels';

/** Bilingual labels of the gift printouts (handout slip, reconciliation, draw result). */
type Labels = Readonly<Record<string, Label>>;

export const HANDOUT = {
  slipTitle: { zh: '赠品发放单', en: 'Gift handout slip' },
  campaign: { zh: '活动', en: 'Campaign' },
  receipt: { zh: '购物小票', en: 'Receipt' },
  amount: { zh: '小票金额', en: 'Amount' },
  purchaseDate: { zh: '购物日期', en: 'Bought on' },
  gift: { zh: '赠品', en: 'Gift' },
  quantity: { zh: '数量', en: 'Qty' },
  value: { zh: '赠品价值', en: 'Value' },
  handedOutAt: { zh: '发放时间', en: 'Handed out' },
  status: { zh: '状态', en: 'Status' },
  reversed: { zh: '冲销', en: 'Reversed' },
  reversedReason: { zh: '冲销原因', en: 'Reason' },
  returnNumber: { zh: '退货单', en: 'Return' },
  note: {
    zh: '赠品随商品退货时须一并退回，或按赠品价值从退款中扣除。',
    en: 'On a refund the gift is returned, or its value deducted.',
  },
  signCustomer: { zh: '顾客签收', en: 'Received by' },
} as const satisfies Labels;

export const HANDOUT_STATUSES: Readonly<Record<Handout['status'], Label>> = {
  handedOut: { zh: '已发放', en: 'handed out' },
  reversed: { zh: '已冲销', en: 'reversed' },
};

export const RECONCILIATION = {
  title: { zh: '赠品对账单', en: 'Gift reconciliation' },
  campaign: { zh: '活动', en: 'Campaign' },
  period: { zh: '活动期间', en: 'Period' },
  status: { zh: '状态', en: 'Status' },
  identity: { zh: '核算公式', en: 'Identity' },
  result: { zh: '对账结果', en: 'Result' },
  balanced: { zh: '平衡', en: 'balances' },
  unbalanced: { zh: '不平衡', en: 'does NOT balance' },
  total: { zh: '合计', en: 'Total' },
  alarmsNote: {
    zh: '库存报警：其他柜台在库存为零后发放、未计入库存的赠品，须经主管清点调整。',
    en: 'Alarms: issues from another counter after stock ran out; a supervisor settles them.',
  },
  signDesk: { zh: '总台', en: 'Desk' },
  signMarketing: { zh: '市场部', en: 'Marketing' },
  signSupervisor: { zh: '主管', en: 'Supervisor' },
} as const satisfies Labels;

export const CAMPAIGN_STATUSES: Readonly<Record<CampaignStatus, Label>> = {
  upcoming: { zh: '未开始', en: 'upcoming' },
  running: { zh: '进行中', en: 'running' },
  ended: { zh: '已结束', en: 'ended' },
  closed: { zh: '已关闭', en: 'closed' },
};

export const DRAW = {
  title: { zh: '抽奖结果', en: 'Draw result' },
  name: { zh: '抽奖', en: 'Draw' },
  drawnAt: { zh: '抽奖时间', en: 'Drawn' },
  seed: { zh: '随机种子', en: 'Seed' },
  participants: { zh: '参与人数', en: 'Participants' },
  fingerprint: { zh: '名单校验码', en: 'List check' },
  tier: { zh: '奖项', en: 'Tier' },
  prize: { zh: '奖品', en: 'Prize' },
  winner: { zh: '中奖者', en: 'Winner' },
  handedOut: { zh: '领奖', en: 'Collected' },
  yes: { zh: '已领', en: 'yes' },
  unawarded: { zh: '未抽出', en: 'Not awarded' },
  method: {
    zh: '抽奖方法：以随机种子驱动 sfc32 伪随机数，对参与名单做 Fisher–Yates 洗牌，按奖项顺序依次取中奖者；同一种子与名单可复核出相同结果。',
    en: 'Method: the seed drives an sfc32 generator that shuffles the list (Fisher–Yates); tiers are filled in order. The same seed and list give the same winners.',
  },
  signHost: { zh: '主持人', en: 'Host' },
  signWitness: { zh: '监督人', en: 'Witness' },
} as const satisfies Labels;
