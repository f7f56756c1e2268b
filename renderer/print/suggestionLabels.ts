import type { EnquiryChannel, EnquiryState, EnquiryTopic, ToldVia } from '../../shared/domain/enquiries/types';
import type { Label } from './labels';

/** 月度顾客建议及答复: the printout's bilingual words. */
export const SUGGESTIONS_MONTHLY = {
  title: { zh: '月度顾客建议及答复', en: 'Customer suggestions and replies' },
  month: { zh: '月份', en: 'Month' },
  logged: { zh: '电话与咨询', en: 'Calls and enquiries' },
  byTopic: { zh: '按话题', en: 'By topic' },
  suggestions: { zh: '顾客建议', en: 'Suggestions' },
  replies: { zh: '答复情况', en: 'Replies' },
  generated: { zh: '生成时间', en: 'Generated' },
  list: { zh: '建议及答复明细', en: 'Suggestions and replies' },
  none: { zh: '本月没有顾客建议', en: 'No suggestions this month' },
  number: { zh: '单号 / 登记', en: 'No. / logged' },
  customer: { zh: '顾客', en: 'Customer' },
  question: { zh: '建议内容', en: 'Suggestion' },
  department: { zh: '部门 / 答复期限', en: 'Department / due' },
  reply: { zh: '部门答复', en: 'Reply' },
  told: { zh: '告知顾客', en: 'Customer told' },
  overdue: { zh: '逾期未答复', en: 'overdue' },
  late: { zh: '逾期答复', en: 'late' },
  signPrepared: { zh: '制表', en: 'Prepared by' },
  signSupervisor: { zh: '主管', en: 'Supervisor' },
  signManager: { zh: '店长', en: 'Store manager' },
} as const satisfies Readonly<Record<string, Label>>;

export const CHANNEL_LABELS: Readonly<Record<EnquiryChannel, Label>> = {
  phone: { zh: '电话', en: 'phone' },
  desk: { zh: '现场', en: 'at the desk' },
};

export const TOPIC_LABELS: Readonly<Record<EnquiryTopic, Label>> = {
  openingHours: { zh: '营业时间', en: 'opening hours' },
  product: { zh: '商品', en: 'product' },
  price: { zh: '价格', en: 'price' },
  promotion: { zh: '促销活动', en: 'promotion' },
  membership: { zh: '会员', en: 'membership' },
  service: { zh: '服务', en: 'service' },
  other: { zh: '其他', en: 'other' },
};

export const STATE_LABELS: Readonly<Record<EnquiryState, Label>> = {
  answered: { zh: '已答复', en: 'answered' },
  awaitingReply: { zh: '待部门答复', en: 'awaiting reply' },
  replied: { zh: '待告知顾客', en: 'to tell the customer' },
  customerTold: { zh: '已告知顾客', en: 'customer told' },
};

export const VIA_LABELS: Readonly<Record<ToldVia, Label>> = {
  phone: { zh: '电话', en: 'phone' },
  sms: { zh: '短信', en: 'SMS' },
  inPerson: { zh: '当面', en: 'in person' },
  mail: { zh: '信函', en: 'letter' },
};
