import type { RecordType } from '../../shared/domain/entry';
import type { CarriedItems } from '../../shared/domain/dayClose/types';
import type { Label } from './labels';

/** Bilingual labels of the daily close (日结单). */
export const DAY_CLOSE = {
  title: { zh: '日结单', en: 'Daily close' },
  draft: { zh: '未签字（草稿）', en: 'Not signed (draft)' },
  day: { zh: '营业日', en: 'Business day' },
  byCounter: { zh: '各柜台', en: 'By counter' },
  counter: { zh: '柜台', en: 'Counter' },
  entries: { zh: '记录数', en: 'Entries' },
  seq: { zh: '序号', en: 'Seq.' },
  corrections: { zh: '更正', en: 'Corrections' },
  areas: { zh: '各业务笔数', en: 'Entries per area' },
  area: { zh: '业务', en: 'Area' },
  money: { zh: '款项（元）', en: 'Money (¥)' },
  method: { zh: '项目', en: 'Item' },
  storeCredit: { zh: '退款（购物卡余额）', en: 'Refunds as store credit' },
  serviceFees: { zh: '维修收费', en: 'Service fees' },
  giftValue: { zh: '赠品价值', en: 'Gift value handed out' },
  carried: { zh: '结转次日', en: 'Carried to tomorrow' },
  notes: { zh: '情况说明', en: 'Notes' },
  noNotes: { zh: '无', en: 'None' },
  gaps: { zh: '缺少序号（未同步）', en: 'Sequence gaps (not synced)' },
  hash: { zh: '校验值', en: 'Hash' },
  previousHash: { zh: '上次日结校验值', en: 'Previous close hash' },
  signed: { zh: '签字', en: 'Signed' },
  otherCloses: { zh: '重复日结（冲突）', en: 'Closed again (conflict)' },
  noWork: { zh: '当日无业务记录', en: 'No work recorded this day' },
  signSupervisor: { zh: '值班主管', en: 'Supervisor on duty' },
  signManager: { zh: '店长', en: 'Store manager' },
  signCashier: { zh: '财务', en: 'Cashier' },
} as const satisfies Record<string, Label>;

export const CARRIED_LABELS: Readonly<Record<keyof CarriedItems, Label>> = {
  storageHeld: { zh: '寄存未取', en: 'Storage held' },
  lostItemsKept: { zh: '失物待领', en: 'Lost items kept' },
  complaintsOpen: { zh: '投诉未结', en: 'Complaints open' },
  serviceCallsOpen: { zh: '维修未结', en: 'Service calls open' },
};

export const RECORD_TYPE_LABELS: Readonly<Record<RecordType, Label>> = {
  storage: { zh: '寄存', en: 'Storage' },
  lostItem: { zh: '失物招领', en: 'Lost and found' },
  lockerDoor: { zh: '储物柜', en: 'Lockers' },
  staff: { zh: '员工', en: 'Staff' },
  store: { zh: '门店设置', en: 'Store settings' },
  receipt: { zh: '购物小票', en: 'Receipts' },
  returnRecord: { zh: '退换货', en: 'Returns' },
  campaign: { zh: '赠品活动', en: 'Campaigns' },
  giftStock: { zh: '赠品库存', en: 'Gift stock' },
  handout: { zh: '赠品发放', en: 'Gift handouts' },
  draw: { zh: '抽奖', en: 'Draws' },
  complaint: { zh: '投诉', en: 'Complaints' },
  calendar: { zh: '工作日历', en: 'Calendar' },
  serviceCall: { zh: '维修', en: 'Service calls' },
  technician: { zh: '技术员', en: 'Technicians' },
  maintenanceContract: { zh: '保养合同', en: 'Maintenance contracts' },
  serviceDay: { zh: '维修日报', en: 'Service day sign-off' },
  dayClose: { zh: '日结', en: 'Daily close' },
  survey: { zh: '满意度调查', en: 'Surveys' },
  actingWindow: { zh: '主管助理', en: 'Acting supervisor' },
  charityEvent: { zh: '公益赞助', en: 'Charity events' },
  preOrder: { zh: '预约订货', en: 'Pre-orders' },
  invoice: { zh: '开具发票', en: 'Invoices' },
  enquiry: { zh: '电话与咨询', en: 'Calls and enquiries' },
};
