import type { CharityEvent } from '../../../shared/domain/charity/types';
import { useT } from '../../i18n';
import { dateTime } from '../gifts/giftText';
import { useStoreTimeZone } from '../gifts/useGiftContext';
import { givenText } from './charityText';

interface CharityEventListProps {
  readonly events: readonly CharityEvent[];
  readonly onHandOut: (event: CharityEvent) => void;
  readonly onReprint: (event: CharityEvent) => void;
}

/** The events, latest day first: what each gives to whom, and whether it was handed over (then its slip can be reprinted). */
export function CharityEventList({ events, onHandOut, onReprint }: CharityEventListProps) {
  const { t } = useT();
  const timeZone = useStoreTimeZone();
  if (events.length === 0) return <p className="muted">{t('charity.empty')}</p>;
  return (
    <table aria-label={t('charity.list')}>
      <thead>
        <tr>
          <th>{t('charity.col.number')}</th>
          <th>{t('charity.col.day')}</th>
          <th>{t('charity.col.name')}</th>
          <th>{t('charity.col.recipient')}</th>
          <th>{t('charity.col.given')}</th>
          <th>{t('charity.col.status')}</th>
          <th>{t('charity.col.actions')}</th>
        </tr>
      </thead>
      <tbody>
        {events.map((e) => {
          const h = e.handedOut;
          return (
            <tr key={e.id} data-number={e.number}>
              <td>{e.number}</td>
              <td>{e.day}</td>
              <td>{e.name}</td>
              <td>
                {e.recipient} · {t(`charity.recipientKind.${e.recipientKind}`)}
              </td>
              <td>{h ? givenText(t, e.goods, h.quantity, h.moneyFen) : givenText(t, e.goods, e.goods?.quantity ?? 0, e.moneyFen ?? 0)}</td>
              <td>
                {t(`charity.status.${e.status}`)}
                {h && <div className="muted">{t('charity.handedOutBy', { at: dateTime(h.at, timeZone), representative: h.representative })}</div>}
              </td>
              <td>
                {h ? (
                  <button type="button" onClick={() => onReprint(e)} aria-label={t('charity.action.reprintFor', { number: e.number })}>
                    {t('charity.action.reprint')}
                  </button>
                ) : (
                  <button type="button" onClick={() => onHandOut(e)} aria-label={t('charity.action.handOutFor', { number: e.number })}>
                    {t('charity.action.handOut')}
                  </button>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
