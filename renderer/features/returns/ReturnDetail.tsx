import { useLiveQuery } from 'dexie-react-hooks';
import { formatInZone } from '../../../shared/domain/clock';
import { formatYuan } from '../../../shared/domain/money';
import { useServices } from '../../app/services';
import { useDeskContext } from '../../app/useDeskContext';
import { useT } from '../../i18n';
import { useStaffNames } from '../../components/useStaffNames';
import { problemsText } from './findingText';
import { ReturnSlipButtons } from './ReturnSlipButtons';
import { ReverseReturnForm } from './ReverseReturnForm';

/** One return: what was returned and how, who did and approved it; reprint; reverse. */
export function ReturnDetail({ returnId, onClose }: { readonly returnId: string; readonly onClose: () => void }) {
  const { t } = useT();
  const { db } = useServices();
  const { timeZone } = useDeskContext().session;
  const who = useStaffNames();
  const record = useLiveQuery(() => db.returns.get(returnId), [db, returnId]);
  if (!record) return null;
  const when = (ms: number) => formatInZone(ms, 'yyyy-MM-dd HH:mm', timeZone);
  return (
    <section className="panel" aria-labelledby="returns-detail-title">
      <h2 id="returns-detail-title">{t('returns.detail.title', { number: record.number })}</h2>
      <p>
        {record.receiptNo ? t('returns.receipt.read', { receiptNo: record.receiptNo }) : t('returns.noReceipt')} · {t('returns.field.purchaseDate')} {record.purchaseDate} ·{' '}
        {t(`returns.reason.${record.reason}`)}
        {record.reasonText ? `：${record.reasonText}` : ''} · {t(`returns.condition.${record.condition}`)}
      </p>
      <ul>
        {record.lines.map((l) => (
          <li key={l.sku}>
            {t('returns.detail.lines', { name: l.name, sku: l.sku, quantity: l.quantity, amount: formatYuan(l.amountFen), disposition: t(`returns.disposition.${l.disposition}`) })}
          </li>
        ))}
      </ul>
      <p>
        {t('returns.detail.refund', { outcome: t(`returns.outcome.${record.outcome}`), total: formatYuan(record.totalFen), refund: formatYuan(record.refundFen) })}
        {record.refundMethod ? ` · ${t(`returns.refundMethod.${record.refundMethod}`)}` : ''}
        {record.refusalReason ? ` · ${record.refusalReason}` : ''}
        {record.exchangeItem ? ` · ${record.exchangeItem.name} × ${record.exchangeItem.quantity}` : ''}
      </p>
      {record.giftClawbacks.map((g) => (
        <p key={g.handoutId}>{t('returns.detail.gift', { gift: g.giftName, settlement: g.settlement === 'returned' ? t('returns.gifts.returned') : `${t('returns.gifts.deducted')} ¥${formatYuan(g.deductedFen)}` })}</p>
      ))}
      <p>{t('returns.detail.registered', { who: who(record.registered.by), at: when(record.registered.at), counter: record.registered.counter })}</p>
      {record.registered.approvedBy && <p>{t('returns.detail.approvedBy', { who: who(record.registered.approvedBy) })}</p>}
      {record.exceptions.length > 0 && <p className="notice notice--warn">{t('returns.detail.exceptions', { problems: problemsText(t, record.exceptions), reason: record.exceptionReason ?? '' })}</p>}
      {record.reversed && (
        <p className="notice notice--danger">
          {t('returns.detail.reversed', { reason: record.reversed.reason, who: who(record.reversed.by), at: when(record.reversed.at), approver: who(record.reversed.approvedBy) })}
        </p>
      )}
      <ReturnSlipButtons returnId={record.id} />
      {record.status === 'registered' && <ReverseReturnForm record={record} />}
      <div className="actions">
        <button type="button" onClick={onClose}>
          {t('action.close')}
        </button>
      </div>
    </section>
  );
}
