import type { Label } from '../reports/model';
import type { ReturnReason } from './types';

/** The return reasons as the slip, the monthly summary and the supervisor's report name them (the head office's too). */
export const RETURN_REASON_LABELS: Readonly<Record<ReturnReason, Label>> = {
  quality: { zh: '质量问题', en: 'quality' },
  damaged: { zh: '商品破损', en: 'damaged' },
  expired: { zh: '过期变质', en: 'expired' },
  wrongItem: { zh: '错发/错拿', en: 'wrong item' },
  sizeFit: { zh: '尺码不合适', en: 'size/fit' },
  changedMind: { zh: '不想要了', en: 'changed mind' },
  other: { zh: '其他', en: 'other' },
};
