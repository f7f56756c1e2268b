import { useState } from 'react';
import { newId } from '../../../shared/domain/ids';
import type { StorageItem } from '../../../shared/domain/storage/types';
import { useDeskContext } from '../../app/useDeskContext';
import { Field, FormError } from '../../components/Field';
import { useForm } from '../../components/useForm';
import { PhotoField } from '../../components/PhotoField';
import { RecordNumberNotice } from '../../components/RecordNumberNotice';
import { depositItem } from '../../db/storage/bulky';
import { useT } from '../../i18n';
import { PrintPreviewDialog } from '../printing/PrintPreviewDialog';
import { PrintResultNotice } from '../printing/PrintResultNotice';
import { StorageItemCard } from './StorageItemCard';
import { useTicketPrint } from './useTicketPrint';

const EMPTY = { description: '', count: '1', slot: '', customerName: '', phone: '' };

/** Bulky-item deposit: fill, deposit, the two-part claim ticket prints at once. */
export function DepositScreen() {
  const { t } = useT();
  const ctx = useDeskContext();
  const [draftId, setDraftId] = useState(() => newId());
  const [photo, setPhoto] = useState<string>();
  const [deposited, setDeposited] = useState<StorageItem>();
  const ticket = useTicketPrint();
  const { bind, onSubmit, reset, pending, errors } = useForm(EMPTY, async (form) => {
    const item = await depositItem(ctx, draftId, { ...form, photo });
    setDeposited(item);
    await ticket.printTicket(item);
  });
  const nextCustomer = () => {
    reset();
    setPhoto(undefined);
    setDeposited(undefined);
    ticket.clearResult();
    setDraftId(newId());
  };

  if (deposited) {
    return (
      <div className="card">
        <h1>{t('storage.deposit.title')}</h1>
        <RecordNumberNotice done={t('storage.deposit.done')} number={deposited.number} testId="ticket-number" />
        <PrintResultNotice result={ticket.result} />
        <StorageItemCard item={deposited} />
        <div className="actions">
          <button type="button" onClick={() => void ticket.previewTicket(deposited)}>
            {t('action.preview')}
          </button>
          <button type="button" onClick={() => void ticket.printTicket(deposited)}>
            {t('action.reprint')}
          </button>
          <button type="button" className="primary" onClick={nextCustomer} autoFocus>
            {t('storage.deposit.next')}
          </button>
        </div>
        {ticket.previewHtml && <PrintPreviewDialog html={ticket.previewHtml} onClose={ticket.closePreview} />}
      </div>
    );
  }

  return (
    <form className="card form" onSubmit={onSubmit} aria-labelledby="deposit-title">
      <h1 id="deposit-title">{t('storage.deposit.title')}</h1>
      <p className="notice notice--warn">
        {t('storage.deposit.refusedTitle')} {t('storage.deposit.refused')}
      </p>
      <Field label={t('storage.deposit.description')} hint={t('storage.deposit.descriptionHint')} {...bind('description')} autoFocus />
      <div className="row">
        <Field label={t('storage.deposit.count')} {...bind('count')} inputMode="numeric" />
        <Field label={t('storage.deposit.slot')} {...bind('slot')} />
      </div>
      <div className="row">
        <Field label={t('storage.deposit.customerName')} {...bind('customerName')} />
        <Field label={t('storage.deposit.phone')} {...bind('phone')} inputMode="tel" />
      </div>
      <PhotoField label={t('storage.deposit.photo')} value={photo} onChange={setPhoto} error={errors.fields.photo} />
      <FormError code={errors.form?.code} params={errors.form?.params} />
      <div className="actions">
        <button type="submit" className="primary" disabled={pending}>
          {t('storage.deposit.submit')}
        </button>
      </div>
    </form>
  );
}
