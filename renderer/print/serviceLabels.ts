import type { WarrantyStatus } from '../../shared/domain/service/warranty';
import type { RequestType, ServiceArea, ServiceType } from '../../shared/domain/service/types';
import type { Label } from './labels';

/** Bilingual labels of the service voucher (服务凭证), kept apart from the screen texts like labels.ts. */
export const SERVICE_VOUCHER = {
  title: { zh: '服务凭证', en: 'Service voucher' },
  received: { zh: '来电时间', en: 'Call received' },
  requestType: { zh: '服务项目', en: 'Request' },
  serviceType: { zh: '服务类别', en: 'Service type' },
  appointment: { zh: '预约上门', en: 'Visit agreed' },
  rescheduled: { zh: '改约', en: 'moved' },
  technician: { zh: '技术员', en: 'Technician' },
  customer: { zh: '顾客', en: 'Name' },
  phone: { zh: '电话', en: 'Phone' },
  address: { zh: '地址', en: 'Address' },
  product: { zh: '产品', en: 'Product' },
  model: { zh: '型号', en: 'Model' },
  serial: { zh: '机号', en: 'Serial No.' },
  purchaseDate: { zh: '购买日期', en: 'Purchased' },
  warranty: { zh: '保修', en: 'Warranty' },
  problem: { zh: '故障描述', en: 'Problem' },
  onSite: { zh: '现场记录（技术员填写）', en: 'On site (filled in by the technician)' },
  arrivedAt: { zh: '到达时间', en: 'Arrived' },
  finishedAt: { zh: '完工时间', en: 'Finished' },
  workDone: { zh: '维修内容', en: 'Work done' },
  parts: { zh: '更换配件', en: 'Parts used' },
  partName: { zh: '配件名称/型号', en: 'Part / model' },
  quantity: { zh: '数量', en: 'Qty' },
  partPrice: { zh: '金额', en: 'Amount' },
  fee: { zh: '收费金额', en: 'Fee' },
  feeNote: { zh: '有费服务须先报价并经顾客同意', en: 'Paid work: quoted and agreed with the customer first' },
  signCustomer: { zh: '顾客签字', en: "Customer's signature" },
  signTechnician: { zh: '技术员签字', en: "Technician's signature" },
  customerNote: { zh: '完工请签字确认；如有疑问请凭本凭证号联系总服务台', en: 'Sign when done; questions: quote this number at the desk' },
} as const satisfies Readonly<Record<string, Label>>;

export const REQUEST_TYPE_LABELS: Readonly<Record<RequestType, Label>> = {
  repair: { zh: '维修', en: 'repair' },
  installation: { zh: '安装', en: 'installation' },
  maintenance: { zh: '保养', en: 'maintenance' },
};

/** 有费 / 合同 / 免费 / 内部 (DOMAIN §5). */
export const SERVICE_TYPE_LABELS: Readonly<Record<ServiceType, Label>> = {
  paid: { zh: '有费', en: 'paid' },
  contract: { zh: '合同', en: 'contract' },
  free: { zh: '免费', en: 'free (warranty)' },
  internal: { zh: '内部', en: 'internal' },
};

export const AREA_LABELS: Readonly<Record<ServiceArea, Label>> = {
  inTown: { zh: '市区', en: 'in town' },
  outOfTown: { zh: '郊县', en: 'out of town' },
};

export const WARRANTY_LABELS: Readonly<Record<WarrantyStatus, Label>> = {
  inWarranty: { zh: '在保', en: 'in warranty' },
  outOfWarranty: { zh: '过保', en: 'out of warranty' },
  unknown: { zh: '未知', en: 'unknown' },
};
