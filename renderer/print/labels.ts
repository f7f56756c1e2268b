import type { RefusedItemKind } from '../../shared/domain/storage/rules';
import type { DisposalMethod, LostItemStatus } from '../../shared/domain/storage/lostFound';
import type { LockerSize } from '../../shared/domain/storage/lockers';
import type { StorageSource } from '../../shared/domain/storage/types';

/**
 * Printouts are bilingual whatever the screen language: Chinese first, a
 * short English line for visitors. Kept apart from the screen i18n texts.
 */
export interface Label {
  readonly zh: string;
  readonly en: string;
}

type Labels = Readonly<Record<string, Label>>;

export const COMMON = {
  serviceDesk: { zh: '总服务台', en: 'Service Desk' },
  reprint: { zh: '补打', en: 'REPRINT' },
  number: { zh: '单号', en: 'No.' },
  printedAt: { zh: '打印', en: 'Printed' },
  counter: { zh: '柜台', en: 'Counter' },
  staff: { zh: '经办', en: 'Staff' },
  approvedBy: { zh: '批准', en: 'Approved' },
  customer: { zh: '顾客', en: 'Customer' },
  phone: { zh: '电话', en: 'Phone' },
  description: { zh: '物品', en: 'Item' },
  count: { zh: '件数', en: 'Pieces' },
  cut: { zh: '剪开', en: 'CUT' },
  date: { zh: '日期', en: 'Date' },
} as const satisfies Labels;

export const STORAGE = {
  ticketTitle: { zh: '寄存牌 · 取件凭证', en: 'Storage claim ticket' },
  customerCopy: { zh: '顾客联', en: 'Customer copy' },
  itemTag: { zh: '物品联', en: 'Item tag' },
  piece: { zh: '本件', en: 'This piece' },
  slot: { zh: '位置', en: 'Slot' },
  depositedAt: { zh: '寄存时间', en: 'Deposited' },
  source: { zh: '来源', en: 'From' },
  refusedTitle: { zh: '本台不寄存', en: 'Not accepted' },
  termsTitle: { zh: '寄存须知', en: 'Terms' },
  keepTag: { zh: '请将本联系于物品上', en: 'Attach to the item' },
} as const satisfies Labels;

export const REFUSED_ITEMS: Readonly<Record<RefusedItemKind, Label>> = {
  cash: { zh: '现金', en: 'cash' },
  valuables: { zh: '贵重物品', en: 'valuables' },
  perishables: { zh: '易腐食品', en: 'perishables' },
  liveAnimals: { zh: '活体动物', en: 'live animals' },
  hazardous: { zh: '危险品', en: 'hazardous goods' },
};

export const STORAGE_SOURCES: Readonly<Record<StorageSource, Label>> = {
  counter: { zh: '总台寄存', en: 'Desk' },
  locker: { zh: '寄存柜清出', en: 'Cleared from locker' },
};

/** Liability terms on the customer's stub. */
export function storageTerms(overdueDays: number): readonly Label[] {
  return [
    {
      zh: '上列物品请勿寄存；如有隐瞒，发生损失由寄存人自负。',
      en: 'Items listed above are not accepted; any loss from them is the depositor\'s.',
    },
    {
      zh: '凭本联取件，请妥善保管。遗失本联须核对身份并经主管批准后方可取件。',
      en: 'Keep this stub. Without it: ID check and supervisor approval.',
    },
    {
      zh: `当日营业结束未取的物品转为过夜保管；超过${overdueDays}天未取转入失物招领处理。`,
      en: `Not collected by closing: held overnight; after ${overdueDays} days: lost and found.`,
    },
    {
      zh: '本台对物品内部状况不作查验，仅对外包装件数负责。',
      en: 'The desk answers for the number of pieces, not their contents.',
    },
  ];
}

export const LOST_ITEM = {
  slipTitle: { zh: '失物登记单', en: 'Lost and found record' },
  place: { zh: '拾获地点', en: 'Found at' },
  foundAt: { zh: '拾获时间', en: 'Found on' },
  finder: { zh: '拾获人', en: 'Found by' },
  registered: { zh: '登记', en: 'Registered' },
  fromStorage: { zh: '原寄存号', en: 'Storage no.' },
  status: { zh: '状态', en: 'Status' },
  claimant: { zh: '领取人', en: 'Claimed by' },
  identityNote: { zh: '身份核对', en: 'ID check' },
  claimedAt: { zh: '领取时间', en: 'Claimed on' },
  disposal: { zh: '处理方式', en: 'Disposal' },
  reason: { zh: '原因', en: 'Reason' },
  signRegistrar: { zh: '登记人签名', en: 'Registered by' },
  signClaimant: { zh: '领取人签名', en: 'Claimant' },
  photo: { zh: '照片', en: 'Photo' },
} as const satisfies Labels;

export const LOST_ITEM_STATUSES: Readonly<Record<LostItemStatus, Label>> = {
  kept: { zh: '保管中', en: 'kept' },
  claimed: { zh: '已领取', en: 'claimed' },
  disposed: { zh: '已处理', en: 'disposed of' },
};

export const DISPOSAL_METHODS: Readonly<Record<DisposalMethod, Label>> = {
  donated: { zh: '捐赠', en: 'donated' },
  destroyed: { zh: '销毁', en: 'destroyed' },
  handedToPolice: { zh: '移交公安', en: 'handed to police' },
  other: { zh: '其他', en: 'other' },
};

export const LOCKER_OPENING = {
  slipTitle: { zh: '协助开柜记录', en: 'Assisted locker opening' },
  door: { zh: '柜门', en: 'Door' },
  size: { zh: '规格', en: 'Size' },
  openedAt: { zh: '开柜时间', en: 'Opened' },
  reason: { zh: '原因', en: 'Reason' },
  contents: { zh: '所述物品', en: 'Contents' },
  idNote: { zh: '身份核对', en: 'ID check' },
  confirm: {
    zh: '本人确认柜内物品属本人所有，已当面取出，无遗漏。',
    en: 'I confirm the contents are mine and were taken out in my presence.',
  },
  signCustomer: { zh: '顾客签名', en: 'Customer' },
  signClerk: { zh: '经办人签名', en: 'Clerk' },
  signSupervisor: { zh: '主管签名', en: 'Supervisor' },
} as const satisfies Labels;

export const LOCKER_SIZES: Readonly<Record<LockerSize, Label>> = {
  S: { zh: '小', en: 'S' },
  M: { zh: '中', en: 'M' },
  L: { zh: '大', en: 'L' },
};

export const OVERNIGHT = {
  listTitle: { zh: '过夜寄存清单', en: 'Overnight storage list' },
  index: { zh: '序号', en: '#' },
  daysHeld: { zh: '已存天数', en: 'Days' },
  overdue: { zh: '超期', en: 'overdue' },
  totals: { zh: '合计', en: 'Total' },
  items: { zh: '笔', en: 'records' },
  pieces: { zh: '件', en: 'pieces' },
  empty: { zh: '无过夜寄存物品', en: 'Nothing held overnight' },
  overdueNote: { zh: '超期物品须经主管批准转入失物招领', en: 'Overdue items go to lost and found with supervisor approval' },
  signHandedOver: { zh: '交班人', en: 'Handed over' },
  signTakenOver: { zh: '接班人', en: 'Taken over' },
  signSupervisor: { zh: '主管', en: 'Supervisor' },
} as const satisfies Labels;
