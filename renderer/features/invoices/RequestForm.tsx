import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { newId } from '../../../shared/domain/ids';
import { invoiceAmount } from '../../../shared/domain/invoices/rules';
import type { Invoice } from '../../../shared/domain/invoices/types';
import { formatYuan } from '../../../shared/domain/money';
import { useServices } from '../../app/services';
import { useDeskContext } from '../../app/useDeskContext';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Field, FormError, SelectField } from '../../components/Field';
import { nextFieldOnEnter } from '../../components/nextFieldOnEnter';
import { useForm } from '../../components/useForm';
import { useSubmit } from '../../components/useSubmit';
import { receiptAmounts } from '../../db/invoices/queries';
import { previewInvoiceRequest, registerInvoiceRequest } from '../../db/invoices/requests';
import { useT } from '../../i18n';
import { PrintResultNotice } from '../printing/PrintResultNotice';
import { usePrintAction } from '../printing/usePrintAction';
import { BLANK_REQUEST, blankReceipt, liveTotal, toRawRequest, type ReceiptDraft, type RequestFields } from './draft';
import { invoiceSlipRequest } from './invoiceSlipRequest';
import { ReceiptRows } from './ReceiptRows';

/** The checked request waiting for the clerk's confirmation. */
interface Pending {
  readonly raw: ReturnType<typeof toRawRequest>;
  readonly amountFen: number;
  readonly count: number;
}

/**
 * 开票申请: the receipts with their amounts, the title, a company's taxpayer
 * number, ordinary or special VAT, electronic (with an email or phone) or
 * paper. Each mistake shows at its field; after the confirmation the request
 * is recorded, its slip printed, and the form is clear for the next customer.
 */
export function RequestForm({ onDone }: { readonly onDone: (invoice: Invoice) => void }) {
  const { t } = useT();
  const { db } = useServices();
  const ctx = useDeskContext();
  const printer = usePrintAction();
  const [rows, setRows] = useState<ReceiptDraft[]>(() => [blankReceipt()]);
  // Made once per request: a double submit gives back the same request.
  const [draftId, setDraftId] = useState(() => newId());
  const [pending, setPending] = useState<Pending>();
  const numbers = rows.map((r) => r.receiptNo);
  const known = useLiveQuery(() => receiptAmounts(db, numbers), [db, numbers.join('\n')]) ?? {};

  /** Records the checked request (one transaction) and prints its slip; the caller clears the form. */
  const save = useSubmit(async (): Promise<Invoice | undefined> => {
    if (!pending) return undefined;
    const invoice = await registerInvoiceRequest(ctx, { id: draftId, request: pending.raw });
    await printer.print(invoiceSlipRequest(invoice));
    return invoice;
  });
  const form = useForm<RequestFields, void>(BLANK_REQUEST, async (fields) => {
    save.clearErrors();
    const raw = toRawRequest(fields, rows, known);
    const preview = await previewInvoiceRequest(ctx, raw);
    setPending({ raw, amountFen: invoiceAmount(preview.receipts), count: preview.receipts.length });
  });
  const startOver = (invoice: Invoice) => {
    form.reset();
    setRows([blankReceipt()]);
    setDraftId(newId());
    onDone(invoice);
  };
  const fields = form.form;
  const set = (name: keyof RequestFields) => (value: string) => form.setForm((f) => ({ ...f, [name]: value }));
  // Saving checks again in its transaction (another request may have come first): its refusals show at the same fields.
  const errors = { fields: { ...form.errors.fields, ...save.errors.fields }, params: save.errors.params ?? form.errors.params, form: save.errors.form ?? form.errors.form };
  const bind = (name: keyof RequestFields) => ({ ...form.bind(name), error: errors.fields[name], errorParams: errors.params });
  const choose = { value: '', label: t('invoices.choose') };
  return (
    <>
      <PrintResultNotice result={printer.result} />
      <form className="panel form" onSubmit={form.onSubmit} aria-labelledby="invoices-request-title" noValidate>
        <h2 id="invoices-request-title">{t('invoices.request.title')}</h2>
        <p className="muted">{t('invoices.request.hint')}</p>
        <ReceiptRows rows={rows} onChange={setRows} known={known} errors={errors} />
        <Field label={t('invoices.field.title')} autoComplete="off" onKeyDown={nextFieldOnEnter} {...bind('title')} />
        <div className="row">
          <SelectField
            label={t('invoices.field.buyer')}
            name="buyer"
            value={fields.buyer}
            onChange={set('buyer')}
            error={errors.fields.buyer}
            options={[choose, { value: 'person', label: t('invoices.buyer.person') }, { value: 'company', label: t('invoices.buyer.company') }]}
          />
          {fields.buyer === 'company' && (
            <Field label={t('invoices.field.taxpayerNo')} autoComplete="off" spellCheck={false} onKeyDown={nextFieldOnEnter} {...bind('taxpayerNo')} />
          )}
        </div>
        <div className="row">
          <SelectField
            label={t('invoices.field.kind')}
            name="kind"
            value={fields.kind}
            onChange={set('kind')}
            error={errors.fields.kind}
            options={[{ value: 'ordinary', label: t('invoices.kind.ordinary') }, { value: 'specialVat', label: t('invoices.kind.specialVat') }]}
          />
          <SelectField
            label={t('invoices.field.medium')}
            name="medium"
            value={fields.medium}
            onChange={set('medium')}
            error={errors.fields.medium}
            options={[{ value: 'electronic', label: t('invoices.medium.electronic') }, { value: 'paper', label: t('invoices.medium.paper') }]}
          />
        </div>
        {fields.medium === 'electronic' && (
          <div className="row">
            <Field label={t('invoices.field.email')} type="email" autoComplete="off" {...bind('email')} />
            <Field label={t('invoices.field.phone')} type="tel" inputMode="tel" autoComplete="off" {...bind('phone')} />
          </div>
        )}
        <dl className="totals">
          <dt>{t('invoices.total')}</dt>
          <dd className="big-number" data-testid="invoice-total">
            ¥{formatYuan(liveTotal(rows, known))}
          </dd>
        </dl>
        <FormError code={errors.form?.code} params={errors.form?.params} />
        <div className="actions">
          <button type="submit" className="primary" disabled={form.pending || save.pending}>
            {t('invoices.submit')}
          </button>
        </div>
      </form>
      {pending && (
        <ConfirmDialog title={t('invoices.confirm.title')} confirmLabel={t('invoices.submit')} onConfirm={() => void save.submit().then((invoice) => invoice && startOver(invoice))} onClose={() => setPending(undefined)}>
          <p>
            {t('invoices.confirm.body', {
              title: fields.title.trim(),
              kind: t(fields.kind === 'specialVat' ? 'invoices.kind.specialVat' : 'invoices.kind.ordinary'),
              medium: t(fields.medium === 'paper' ? 'invoices.medium.paper' : 'invoices.medium.electronic'),
              count: pending.count,
              amount: formatYuan(pending.amountFen),
            })}
          </p>
        </ConfirmDialog>
      )}
    </>
  );
}
