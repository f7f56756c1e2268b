import type { DeadlineKind } from '../../shared/domain/complaints/policy';
import type { CauseType } from '../../shared/domain/complaints/types';
import type { Label } from './labels';

/** Bilingual labels of the monthly complaint report (kept apart from the screen texts, like labels.ts); category, severity and channel are the slip's (complaintLabels.ts). */
export const COMPLAINTS_MONTHLY = {
  title: { zh: '投诉月度报告', en: 'Monthly complaints report' },
  month: { zh: '月份', en: 'Month' },
  total: { zh: '投诉总数', en: 'Complaints' },
  validity: { zh: '成立 / 不成立', en: 'Valid / invalid' },
  customers: { zh: '本月客流', en: 'Customers' },
  rate: { zh: '万人投诉率', en: 'Per 10,000 customers' },
  noRate: { zh: '未录入客流', en: 'customer count not entered' },
  satisfaction: { zh: '平均满意度', en: 'Average satisfaction' },
  noRating: { zh: '无回访评分', en: 'no ratings' },
  byCategory: { zh: '按类别', en: 'By category' },
  bySeverity: { zh: '按等级', en: 'By severity' },
  byChannel: { zh: '按渠道', en: 'By channel' },
  onTime: { zh: '时限达成率', en: 'On time per limit' },
  topCauses: { zh: '主要原因', en: 'Top causes' },
  noCauses: { zh: '本月无已查明的原因', en: 'No causes found this month' },
  byCauseType: { zh: '按责任类型', en: 'By cause type' },
  serviceStar: { zh: '服务之星', en: 'Service star' },
  noServiceStar: { zh: '本月还没有已回访的投诉', en: 'No complaint followed up yet' },
  staff: { zh: '负责人', en: 'Owner' },
  handled: { zh: '处理件数', en: 'Handled' },
  item: { zh: '项目', en: 'Item' },
  count: { zh: '件数', en: 'Count' },
  met: { zh: '按时', en: 'Met' },
  missed: { zh: '超时', en: 'Missed' },
  ratePercent: { zh: '达成率', en: 'Rate' },
  generated: { zh: '生成时间', en: 'Generated' },
  signPrepared: { zh: '制表', en: 'Prepared by' },
  signSupervisor: { zh: '主管', en: 'Supervisor' },
  signManager: { zh: '店长', en: 'Store manager' },
} as const satisfies Readonly<Record<string, Label>>;

export const DEADLINE_LABELS: Readonly<Record<DeadlineKind, Label>> = {
  firstContact: { zh: '首次联系顾客', en: 'first contact' },
  onSite: { zh: '人员到场', en: 'on site' },
  departmentContact: { zh: '部门联系顾客', en: 'department contact' },
  departmentContactLatest: { zh: '部门联系顾客（最迟）', en: 'department contact, latest' },
  classification: { zh: '查明原因与责任', en: 'cause and responsibility' },
  solution: { zh: '提出解决方案', en: 'solution proposed' },
  resolved: { zh: '解决完毕', en: 'resolved' },
  followUp: { zh: '回访', en: 'follow-up' },
};

export const CAUSE_TYPE_LABELS: Readonly<Record<CauseType, Label>> = {
  staff: { zh: '员工原因', en: 'staff' },
  management: { zh: '管理原因', en: 'management' },
  system: { zh: '制度/系统原因', en: 'system' },
};
