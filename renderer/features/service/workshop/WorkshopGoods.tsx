import { useState } from 'react';
import { useDeskContext } from '../../../app/useDeskContext';
import type { WorkshopCall } from '../../../db/service/workshopQueries';
import { useT } from '../../../i18n';
import { serviceTimeText } from '../words';
import { WorkshopCallDialog } from './WorkshopCallDialog';
import { stageText } from './words';

/** The goods in the workshop now, oldest first, each with its stage; open one for its repair card and check. */
export function WorkshopGoods({ goods, onSaved }: { readonly goods: readonly WorkshopCall[]; readonly onSaved: (text: string) => void }) {
  const { t } = useT();
  const { timeZone } = useDeskContext().session;
  const [open, setOpen] = useState<string>();
  if (goods.length === 0) return <p className="muted">{t('workshop.goods.empty')}</p>;
  return (
    <>
      <table className="svc-table" aria-label={t('workshop.goods.table')}>
        <thead>
          <tr>
            <th>{t('workshop.col.receipt')}</th>
            <th>{t('workshop.col.call')}</th>
            <th>{t('workshop.col.customer')}</th>
            <th>{t('workshop.col.goods')}</th>
            <th>{t('workshop.col.inAt')}</th>
            <th>{t('workshop.col.stage')}</th>
            <th>{t('workshop.col.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {goods.map((call) => (
            <tr key={call.id}>
              <td className="svc-number">{call.workshop.receipt.receiptNo}</td>
              <td className="svc-number">{call.number}</td>
              <td>{call.customer.name}</td>
              <td>{call.workshop.receipt.goods}</td>
              <td>{serviceTimeText(call.workshop.receipt.at, timeZone)}</td>
              <td>{stageText(call.workshop, t)}</td>
              <td>
                <button type="button" onClick={() => setOpen(call.id)} aria-label={t('workshop.openFor', { receiptNo: call.workshop.receipt.receiptNo })}>
                  {t('workshop.open')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {open && (
        <WorkshopCallDialog
          callId={open}
          onClose={() => setOpen(undefined)}
          onSaved={(text) => {
            setOpen(undefined);
            onSaved(text);
          }}
        />
      )}
    </>
  );
}
