import type { ComplaintCategory, ComplaintChannel, ComplaintSeverity } from '../../shared/domain/complaints/types';
import type { Label } from './labels';

/** Bilingual labels of the complaint acknowledgment slip (kept apart from the screen texts, like labels.ts). */
export const COMPLAINT_SLIP = {
  title: { zh: '投诉受理回执', en: 'Complaint acknowledgment' },
  received: { zh: '受理时间', en: 'Received' },
  channel: { zh: '投诉方式', en: 'Channel' },
  category: { zh: '投诉类别', en: 'Category' },
  severity: { zh: '等级', en: 'Severity' },
  complainant: { zh: '投诉人', en: 'Complainant' },
  description: { zh: '投诉内容', en: 'What happened' },
  request: { zh: '顾客诉求', en: 'Your request' },
  promised: { zh: '答复时限', en: 'Reply by' },
  promisedNote: { zh: '我们将在此时间前答复您', en: 'We will answer you by this time' },
  noReply: { zh: '您表示无需答复', en: 'No reply requested' },
  contact: {
    zh: '查询进度请凭本回执号到总服务台，或来电告知回执号',
    en: 'To follow up, quote this number at the Service Desk or by phone',
  },
  deskPhone: { zh: '服务台电话', en: 'Desk phone' },
  thanks: { zh: '感谢您的意见，我们会认真处理。', en: 'Thank you for telling us.' },
} as const satisfies Readonly<Record<string, Label>>;

export const CHANNEL_LABELS: Readonly<Record<ComplaintChannel, Label>> = {
  desk: { zh: '服务台当面', en: 'at the desk' },
  phone: { zh: '电话', en: 'phone' },
  letterEmail: { zh: '信件/邮件', en: 'letter/email' },
  socialMedia: { zh: '社交媒体', en: 'social media' },
  suggestionBox: { zh: '意见箱', en: 'suggestion box' },
  hotline: { zh: '热线', en: 'hotline' },
};

export const CATEGORY_LABELS: Readonly<Record<ComplaintCategory, Label>> = {
  productQuality: { zh: '商品质量', en: 'product quality' },
  serviceAttitude: { zh: '服务态度', en: 'service attitude' },
  price: { zh: '价格', en: 'price' },
  environmentSafety: { zh: '环境/安全', en: 'environment/safety' },
  other: { zh: '其他', en: 'other' },
};

export const SEVERITY_LABELS: Readonly<Record<ComplaintSeverity, Label>> = {
  normal: { zh: '一般', en: 'normal' },
  major: { zh: '重大', en: 'major' },
  urgent: { zh: '紧急/安全', en: 'urgent/safety' },
};
