import type { DeskArea } from './areas';
import type { FigureUnit, Label, SectionId } from './model';
import type { PeriodKind } from './period';

/** Bilingual names of the report's sections, figures and columns: one home for screen, paper, CSV and XLSX. */
export const SECTION_TITLES: Readonly<Record<SectionId, Label>> = {
  volumes: { zh: '业务量', en: 'Volumes' },
  complaints: { zh: '投诉处理时限', en: 'Complaint time limits' },
  service: { zh: '售后维修', en: 'Technician service' },
  satisfaction: { zh: '满意度与回访调查', en: 'Satisfaction and surveys' },
  returns: { zh: '退换货', en: 'Returns' },
  gifts: { zh: '赠品发放与库存', en: 'Gifts handed out and stock' },
};

export const AREA_LABELS: Readonly<Record<DeskArea, Label>> = {
  storage: { zh: '寄存', en: 'Storage' },
  returns: { zh: '退换货', en: 'Returns' },
  gifts: { zh: '赠品', en: 'Gifts' },
  complaints: { zh: '投诉', en: 'Complaints' },
  service: { zh: '售后维修', en: 'Service' },
  other: { zh: '其他', en: 'Other' },
};

export const R = {
  entries: { zh: '操作笔数', en: 'Entries' },
  total: { zh: '合计', en: 'Total' },
  counter: { zh: '柜台', en: 'Counter' },
  day: { zh: '日期', en: 'Day' },
  byCounter: { zh: '按柜台、区域', en: 'By counter and area' },
  byDay: { zh: '每日', en: 'Per day' },
  trend: { zh: '每日业务量', en: 'Entries per day' },
  byArea: { zh: '各区域业务量', en: 'Entries per area' },
  byCounterChart: { zh: '各柜台业务量', en: 'Entries per counter' },
  complaintsReceived: { zh: '受理投诉', en: 'Complaints received' },
  responseOnTime: { zh: '首次联系按时率', en: 'Response within limit' },
  solutionOnTime: { zh: '方案按时率', en: 'Solution within limit' },
  responseHours: { zh: '平均首次联系（小时）', en: 'Average response (hours)' },
  solutionHours: { zh: '平均出方案（小时）', en: 'Average solution (hours)' },
  ratePer10k: { zh: '投诉率（每万名顾客）', en: 'Complaints per 10,000 customers' },
  customers: { zh: '顾客数', en: 'Customers' },
  limit: { zh: '时限', en: 'Limit' },
  met: { zh: '按时', en: 'On time' },
  missed: { zh: '超时', en: 'Late' },
  rate: { zh: '按时率', en: 'On-time rate' },
  averageHours: { zh: '平均用时（小时）', en: 'Average hours' },
  limitsChart: { zh: '时限完成情况', en: 'Limits met and missed' },
  response: { zh: '首次联系', en: 'Response' },
  solution: { zh: '出方案', en: 'Solution' },
  customersProRata: {
    zh: '顾客数取自各月录入的客流；日、周按当月客流按天折算；未录入客流的月份投诉率显示为“—”。',
    en: "Customers come from each month's recorded count; a day or week takes its month's count pro rata by days; with no count the rate shows —.",
  },
  firstVisits: { zh: '首次上门', en: 'First visits' },
  arrivalOnTime: { zh: '准时到达率', en: 'Arrival on time' },
  firstTimeFix: { zh: '一次修复率', en: 'First-time fix' },
  arrivalHours: { zh: '平均到达（小时）', en: 'Average arrival (hours)' },
  opinionAverage: { zh: '意见卡平均分', en: 'Opinion card average' },
  opinionCards: { zh: '意见卡', en: 'Opinion cards' },
  technician: { zh: '技术员', en: 'Technician' },
  jobs: { zh: '工单', en: 'Jobs' },
  serviceChart: { zh: '各技术员一次修复与准时到达', en: 'First-time fix and arrival per technician' },
  surveysSent: { zh: '发出调查', en: 'Surveys sent' },
  surveysReturned: { zh: '收回调查', en: 'Surveys returned' },
  returnRate: { zh: '调查回收率', en: 'Survey return rate' },
  keyCustomers: { zh: '重点顾客回收', en: 'Key customers returned' },
  keySent: { zh: '重点顾客发出', en: 'Key customers sent' },
  keyReturned: { zh: '重点顾客收回', en: 'Key customers returned' },
  surveySatisfied: { zh: '调查满意率（很满意、满意）', en: 'Satisfied on returned surveys' },
  complaintRating: { zh: '投诉回访满意度', en: 'Complaint follow-up rating' },
  subject: { zh: '调查对象', en: 'Subject' },
  sent: { zh: '发出', en: 'Sent' },
  returned: { zh: '收回', en: 'Returned' },
  surveysChart: { zh: '调查发出与收回', en: 'Surveys sent and returned' },
  surveyComplaint: { zh: '投诉', en: 'Complaints' },
  surveyServiceCall: { zh: '维修', en: 'Service calls' },
  returnsCount: { zh: '退换货笔数', en: 'Returns' },
  units: { zh: '件数', en: 'Units' },
  amount: { zh: '金额（元）', en: 'Amount (yuan)' },
  refunded: { zh: '实退金额（元）', en: 'Refunded (yuan)' },
  byReason: { zh: '按原因', en: 'By reason' },
  byCategory: { zh: '按类别', en: 'By category' },
  reason: { zh: '原因', en: 'Reason' },
  category: { zh: '类别', en: 'Category' },
  returnsChart: { zh: '退货原因', en: 'Returns by reason' },
  returnsNote: { zh: '只计退回商品的退货（退款、换货），已冲销的不计。', en: 'Only returns whose goods came back (refund, exchange); reversed ones left out.' },
  gift: { zh: '赠品', en: 'Gift' },
  handedOut: { zh: '本期发放', en: 'Handed out' },
  received: { zh: '入库', en: 'Received' },
  netIssued: { zh: '累计净发放', en: 'Net issued' },
  remaining: { zh: '结存', en: 'Remaining' },
  alarms: { zh: '库存报警', en: 'Stock alarms' },
  giftsHandedOut: { zh: '本期发放赠品', en: 'Gifts handed out' },
  giftsChart: { zh: '赠品发放与结存', en: 'Handed out and remaining' },
  stockNote: { zh: '入库、净发放、结存、报警为活动至今全店数字；本期发放按所选期间（和柜台）计。', en: 'Received, net issued, remaining and alarms are store-wide to date; handed out is for the period (and counter).' },
} as const satisfies Readonly<Record<string, Label>>;

export const REPORT_TITLE: Label = { zh: '主管报表', en: 'Supervisor report' };

export const PERIOD_LABELS: Readonly<Record<PeriodKind, Label>> = {
  day: { zh: '日报', en: 'Day' },
  week: { zh: '周报', en: 'Week' },
  month: { zh: '月报', en: 'Month' },
};

export const UNIT_LABELS: Readonly<Record<FigureUnit, Label>> = {
  count: { zh: '', en: '' },
  percent: { zh: '%', en: '%' },
  hours: { zh: '小时', en: 'hours' },
  score: { zh: '分', en: 'points' },
  per10k: { zh: '每万人', en: 'per 10,000' },
  yuan: { zh: '元', en: 'yuan' },
};

export const SHEET = {
  period: { zh: '期间', en: 'Period' },
  scope: { zh: '范围', en: 'Scope' },
  wholeStore: { zh: '全店', en: 'Whole store' },
  allCounters: { zh: '全部柜台', en: 'All counters' },
  item: { zh: '项目', en: 'Item' },
  value: { zh: '数值', en: 'Value' },
  unit: { zh: '单位', en: 'Unit' },
  part: { zh: '分子', en: 'Part' },
  whole: { zh: '分母', en: 'Of' },
  target: { zh: '目标（%）', en: 'Target (%)' },
  status: { zh: '是否达标', en: 'Status' },
  met: { zh: '达标', en: 'OK' },
  missed: { zh: '未达标', en: 'MISSED' },
  scaleOf: { zh: '满分', en: 'of' },
} as const satisfies Readonly<Record<string, Label>>;
