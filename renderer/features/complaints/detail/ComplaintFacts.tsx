import type { Complaint } from '../../../../shared/domain/complaints/state';
import type { ComplaintTarget } from '../../../../shared/domain/complaints/types';
import { useT } from '../../../i18n';
import { storeTimeText } from '../words';

type T = ReturnType<typeof useT>['t'];

function targetText(target: ComplaintTarget, t: T): string {
  const kind = t(`complaints.target.${target.kind}`);
  switch (target.kind) {
    case 'department':
      return `${kind}：${target.department}`;
    case 'staff':
      return `${kind}：${[target.staffName, target.staffNo, target.department].filter(Boolean).join(' · ')}`;
    case 'product':
      return `${kind}：${[target.product, target.sku, target.department].filter(Boolean).join(' · ')}`;
    case 'environment':
      return `${kind}：${target.place}`;
  }
}

/** What was recorded at intake, as the customer told it. */
export function ComplaintFacts({ complaint: c, timeZone, who }: { readonly complaint: Complaint; readonly timeZone: string; readonly who: (staffNo: string | undefined) => string }) {
  const { t } = useT();
  const contact = [c.complainant.contact.phone, c.complainant.contact.email, c.complainant.contact.other].filter(Boolean).join(' · ');
  const facts: readonly [string, string][] = [
    [t('complaints.detail.received'), `${storeTimeText(c.receivedAt, timeZone)} · ${t(`complaints.channel.${c.channel}`)}`],
    [t('complaints.detail.complainant'), c.complainant.name || t('complaints.detail.anonymous')],
    [t('complaints.detail.contact'), `${contact || '-'} · ${t(c.replyWanted ? 'complaints.detail.replyWanted' : 'complaints.detail.noReply')}`],
    [t('complaints.detail.target'), targetText(c.target, t)],
    [t('complaints.detail.description'), c.description],
    [t('complaints.detail.request'), c.request],
    [t('complaints.detail.category'), `${t(`complaints.category.${c.category}`)} · ${t(`complaints.severity.${c.severity}`)}`],
    [t('complaints.detail.recordedBy'), `${who(c.recorded.by)} · ${storeTimeText(c.recorded.at, timeZone)} · ${c.recorded.counter}`],
  ];
  return (
    <dl className="cd-facts">
      {facts.map(([term, text]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{text}</dd>
        </div>
      ))}
    </dl>
  );
}
