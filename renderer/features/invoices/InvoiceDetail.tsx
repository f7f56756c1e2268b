import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type FormEvent } from 'react';
import { formatInZone } from '../../../shared/domain/clock';
import type { Invoice } from '../../../shared/domain/invoices/types';
import { formatYuan } from '../../../shared/domain/money';
import { useServices } from '../../app/services';
import { useDeskContext } from '../../app/useDeskContext';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Field, FormError } from '../../components/Field';
import { useStaffNames } from '../../components/useStaffNames';
import { useSubmit } from '../../components/useSubmit';
import { invoiceInConflict } from '../../db/invoices/queries';
import { cancelInvoice, issueInvoice } from '../../db/invoices/steps';
import { useT } from '../../i18n';
import { PrintResultNotice } from '../printing/PrintResultNotice';
import { usePrintAction } from '../printing/usePrintAction';
import { invoiceSlipRequest } from './invoiceSlipRequest';

/** 录入发票号码: the number the tax system gave, scanned or typed. */
function IssueForm({ invoice, onSaved }: { readonly invoice: Invoice; readonly onSaved: (text: string) => void }) {
  const { t } = useT();
  const ctx = useDeskContext();
  const [invoiceNo, setInvoiceNo] = useState('');
  const save = useSubmit(async () => {
    const issued = await issueInvoice(ctx, invoice.id, { invoiceNo });
    onSaved(t('invoices.issue.saved', { number: issued.number, invoiceNo: issued.issued?.invoiceNo ?? '' }));
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void save.submit();
  };
  return (
    <form className="form" onSubmit={submit} aria-label={t('invoices.issue.title')} noValidate>
      <h3>{t('invoices.issue.title')}</h3>
      <Field label={t('invoices.field.invoiceNo')} inputMode="numeric" autoComplete="off" autoFocus value={invoiceNo} onChange={(e) => setInvoiceNo(e.target.value)} error={save.errors.fields.invoiceNo} errorParams={save.errors.params} />
      <FormError code={save.errors.form?.code} params={save.errors.form?.params} />
      <div className="actions">
        <button type="submit" className="primary" disabled={save.pending}>
          {t('invoices.issue.save')}
        </button>
      </div>
    </form>
  );
}

/** 作废申请: with its reason, after a confirmation (it cannot be undone). */
function CancelForm({ invoice, onSaved }: { readonly invoice: Invoice; readonly onSaved: (text: string) => void }) {
  const { t } = useT();
  const ctx = useDeskContext();
  const [reason, setReason] = useState('');
  const [asking, setAsking] = useState(false);
  const save = useSubmit(async () => {
    const cancelled = await cancelInvoice(ctx, invoice.id, { reason });
    onSaved(t('invoices.cancel.saved', { number: cancelled.number }));
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (reason.trim()) setAsking(true);
    else void save.submit();
  };
  return (
    <form className="form" onSubmit={submit} aria-label={t('invoices.cancel.title')} noValidate>
      <h3>{t('invoices.cancel.title')}</h3>
      <Field label={t('invoices.field.cancelReason')} autoComplete="off" value={reason} onChange={(e) => setReason(e.target.value)} error={save.errors.fields.reason} />
      <FormError code={save.errors.form?.code} params={save.errors.form?.params} />
      <div className="actions">
        <button type="submit" disabled={save.pending}>
          {t('invoices.cancel.save')}
        </button>
      </div>
      {asking && (
        <ConfirmDialog title={t('invoices.cancel.title')} confirmLabel={t('invoices.cancel.title')} onConfirm={() => void save.submit()} onClose={() => setAsking(false)}>
          <p>{t('invoices.cancel.confirm', { number: invoice.number })}</p>
        </ConfirmDialog>
      )}
    </form>
  );
}

/**
 * One request: what it is for, where it stands, and what the desk can do
 * next — record the tax system's number, cancel it, reprint its slip. A
 * request another counter's came before on a receipt says so.
 */
export function InvoiceDetail({ id, onClose }: { readonly id: string; readonly onClose: () => void }) {
  const { t } = useT();
  const { db } = useServices();
  const { timeZone } = useDeskContext().session;
  const who = useStaffNames();
  const printer = usePrintAction();
  const [done, setDone] = useState<string>();
  const invoice = useLiveQuery(() => db.invoices.get(id), [db, id]);
  const conflict = useLiveQuery(async () => (invoice ? invoiceInConflict(db, invoice) : false), [db, invoice]);
  if (!invoice) return null;
  const when = (ms: number) => formatInZone(ms, 'yyyy-MM-dd HH:mm', timeZone);
  return (
    <section className="panel" aria-labelledby="invoice-detail-title">
      <h2 id="invoice-detail-title">{t('invoices.detail.title', { number: invoice.number })}</h2>
      <p className="big-number" data-testid="invoice-status">
        {t(`invoices.status.${invoice.status}`)}
      </p>
      <p>
        {t('invoices.detail.summary', {
          title: invoice.title,
          kind: t(`invoices.kind.${invoice.kind}`),
          medium: t(`invoices.medium.${invoice.medium}`),
          amount: formatYuan(invoice.amountFen),
        })}
      </p>
      <p>{t('invoices.detail.receipts', { receipts: invoice.receipts.map((r) => `${r.receiptNo} ¥${formatYuan(r.amountFen)}`).join('、') })}</p>
      <p className="muted">{t('invoices.detail.requested', { at: when(invoice.requested.at), who: who(invoice.requested.by), counter: invoice.requested.counter })}</p>
      {invoice.issued && <p>{t('invoices.detail.issued', { invoiceNo: invoice.issued.invoiceNo, at: when(invoice.issued.at), who: who(invoice.issued.by) })}</p>}
      {invoice.cancelled && <p>{t('invoices.detail.cancelled', { reason: invoice.cancelled.reason, at: when(invoice.cancelled.at), who: who(invoice.cancelled.by) })}</p>}
      {conflict && invoice.status !== 'cancelled' && <p className="notice notice--danger">{t('invoices.conflict')}</p>}
      {done && (
        <p className="notice notice--ok" role="status">
          {done}
        </p>
      )}
      <PrintResultNotice result={printer.result} />
      {invoice.status === 'requested' && !conflict && <IssueForm key={`issue-${invoice.id}`} invoice={invoice} onSaved={setDone} />}
      {invoice.status !== 'cancelled' && <CancelForm key={`cancel-${invoice.id}`} invoice={invoice} onSaved={setDone} />}
      <div className="actions">
        <button type="button" onClick={() => void printer.print(invoiceSlipRequest(invoice))}>
          {t('invoices.reprint')}
        </button>
        <button type="button" onClick={onClose}>
          {t('invoices.detail.close')}
        </button>
      </div>
    </section>
  );
}
