import type { CharityRecipientKind } from '../../shared/domain/charity/types';
import type { Label } from './labels';

/** Bilingual labels of the charity hand-out slip (公益赞助交接单). */
export const CHARITY_SLIP = {
  title: { zh: '公益赞助交接单', en: 'Charity hand-over slip' },
  event: { zh: '活动', en: 'Event' },
  day: { zh: '活动日期', en: 'Event day' },
  recipient: { zh: '受赠方', en: 'Recipient' },
  goods: { zh: '物品', en: 'Goods' },
  value: { zh: '物品价值', en: 'Value' },
  money: { zh: '赞助金额', en: 'Money' },
  representative: { zh: '受赠方代表', en: 'Representative' },
  handedOutAt: { zh: '交接时间', en: 'Handed over' },
  note: {
    zh: '以上物品/款项已当面点清交接。受赠方代表签字确认。',
    en: 'Counted and handed over in person; the representative signs.',
  },
  signRecipient: { zh: '受赠方代表签字', en: 'Received by' },
  signStore: { zh: '门店经办', en: 'For the store' },
} as const satisfies Readonly<Record<string, Label>>;

export const CHARITY_RECIPIENT_KIND_LABELS: Readonly<Record<CharityRecipientKind, Label>> = {
  school: { zh: '学校', en: 'School' },
  community: { zh: '社区', en: 'Community' },
  charity: { zh: '慈善机构', en: 'Charity' },
  other: { zh: '其他', en: 'Other' },
};
