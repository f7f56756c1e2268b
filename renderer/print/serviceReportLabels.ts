import type { ServiceJob } from '../../shared/domain/service/jobs';
import type { OpinionQuestion, VisitOutcome } from '../../shared/domain/service/types';
import type { Label } from './labels';

/** Bilingual labels of the technicians' reports (日报表, 月度考评), kept apart from the screen texts like labels.ts. */
export const SERVICE_REPORTS = {
  technicianDay: { zh: '技术员工作日报表', en: 'Technician daily report' },
  supervisorDay: { zh: '服务主任日报表', en: 'Service supervisor daily report' },
  monthly: { zh: '技术员月度考评', en: 'Technician monthly evaluation' },
  day: { zh: '日期', en: 'Date' },
  month: { zh: '月份', en: 'Month' },
  technician: { zh: '技术员', en: 'Technician' },
  time: { zh: '时间', en: 'Time' },
  number: { zh: '单号', en: 'No.' },
  requestType: { zh: '服务项目', en: 'Request' },
  serviceType: { zh: '服务类别', en: 'Type' },
  kind: { zh: '方式', en: 'Where' },
  minutes: { zh: '用时（分）', en: 'Minutes' },
  outcome: { zh: '结果', en: 'Outcome' },
  fee: { zh: '收费（元）', en: 'Fee (¥)' },
  jobs: { zh: '工单', en: 'Jobs' },
  hours: { zh: '工时（小时）', en: 'Hours' },
  total: { zh: '合计', en: 'Total' },
  fees: { zh: '收费合计（元）', en: 'Fees (¥)' },
  byRequestType: { zh: '按服务项目', en: 'By request type' },
  byTechnician: { zh: '按技术员', en: 'By technician' },
  noJobs: { zh: '当日无工作记录', en: 'No work recorded this day' },
  noMonth: { zh: '本月无工作记录', en: 'No work recorded this month' },
  firstFix: { zh: '一次修复率', en: 'First-time fix' },
  onTime: { zh: '准时到达率', en: 'On time' },
  cards: { zh: '意见卡', en: 'Cards' },
  opinion: { zh: '顾客意见（平均，满分 4）', en: 'Customer opinion (average of 4)' },
  parts: { zh: '主要配件', en: 'Parts used' },
  generated: { zh: '生成时间', en: 'Generated' },
  signed: { zh: '已签字', en: 'Signed' },
  signedFigures: { zh: '签字时', en: 'As signed' },
  otherSignatures: { zh: '另有柜台重复签字，待主管处理', en: 'Signed again at another counter: for a supervisor' },
  signTechnician: { zh: '技术员签字', en: 'Technician' },
  signSupervisor: { zh: '服务主任签字', en: 'Supervisor' },
  signManager: { zh: '店长签字', en: 'Manager' },
  signPrepared: { zh: '制表', en: 'Prepared by' },
} as const satisfies Readonly<Record<string, Label>>;

export const JOB_KIND_LABELS: Readonly<Record<ServiceJob['kind'], Label>> = {
  visit: { zh: '上门', en: 'visit' },
  repair: { zh: '拉修', en: 'workshop' },
  return: { zh: '交还', en: 'returned' },
};

export const OPINION_LABELS: Readonly<Record<OpinionQuestion, Label>> = {
  attitude: { zh: '态度', en: 'Attitude' },
  skill: { zh: '技术', en: 'Skill' },
  arrival: { zh: '到达', en: 'Arrival' },
  promise: { zh: '守约', en: 'Promise' },
};

export const VISIT_OUTCOME_LABELS: Readonly<Record<VisitOutcome, Label>> = {
  fixedOnSite: { zh: '现场修好', en: 'fixed on site' },
  takenBack: { zh: '取回维修', en: 'taken back' },
  waitingParts: { zh: '等配件', en: 'waiting for parts' },
  notFixed: { zh: '未修好', en: 'not fixed' },
};
