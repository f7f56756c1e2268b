import { useState, type FormEvent } from 'react';
import type { Invoice } from '../../../shared/domain/invoices/types';
import { useServices } from '../../app/services';
import { Field } from '../../components/Field';
import { RecordNumberNotice } from '../../components/RecordNumberNotice';
import { findInvoice } from '../../db/invoices/queries';
import { useT } from '../../i18n';
import { InvoiceDetail } from './InvoiceDetail';
import { RegisterPanel } from './RegisterPanel';
import { RequestForm } from './RequestForm';

/**
 * 开具发票: a customer's request for an invoice on their receipts, the
 * request found again by scanning its slip (to record the number the tax
 * system issued, or to cancel it), and the register by day and month.
 */
export function InvoicesScreen() {
  const { t } = useT();
  const { db } = useServices();
  const [openId, setOpenId] = useState<string>();
  const [done, setDone] = useState<Invoice>();
  const [findText, setFindText] = useState('');
  const [findError, setFindError] = useState<string>();
  // The request form keeps the focus for the next customer: the finder is a field of its own, Enter looks the number up.
  const find = async (e: FormEvent) => {
    e.preventDefault();
    const found = await findInvoice(db, findText);
    setFindError(found ? undefined : 'error.invoiceNotFound');
    setOpenId(found?.id);
  };
  return (
    <div>
      <h1>{t('invoices.title')}</h1>
      {done && <RecordNumberNotice done={t('invoices.done')} number={done.number} testId="invoice-number" />}
      <RequestForm onDone={setDone} />
      <form className="panel" onSubmit={(e) => void find(e)} noValidate>
        <Field label={t('invoices.find')} name="findInvoice" autoComplete="off" spellCheck={false} value={findText} onChange={(e) => setFindText(e.target.value)} error={findError} />
      </form>
      {openId && <InvoiceDetail key={openId} id={openId} onClose={() => setOpenId(undefined)} />}
      <RegisterPanel onOpen={setOpenId} />
    </div>
  );
}
