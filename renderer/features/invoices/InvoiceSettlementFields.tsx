import { invoiceSettlementNeeded } from '../../../shared/domain/invoices/refund';
import { activeInvoices } from '../../../shared/domain/invoices/receiptAmounts';
import { formatYuan, type Fen } from '../../../shared/domain/money';
import type { ReceiptState } from '../../../shared/domain/sales/receipt';
import { Field, SelectField } from '../../components/Field';
import { useT } from '../../i18n';

type SettlementField = 'invoiceSettlement' | 'invoiceNoteNo';

interface InvoiceSettlementFieldsProps {
  readonly receipt: ReceiptState | undefined;
  readonly outcome: string;
  /** The goods being refunded, before any gift deduction. */
  readonly goodsFen: Fen;
  readonly fields: Readonly<Record<SettlementField, string>>;
  readonly set: (name: SettlementField, value: string) => void;
  readonly errors: Readonly<Record<string, string>>;
}

/**
 * A refund on an invoiced receipt (the returns form): the invoice comes back
 * or a red-letter note is made, with its number — a choice the return cannot
 * be saved without.
 */
export function InvoiceSettlementFields({ receipt, outcome, goodsFen, fields, set, errors }: InvoiceSettlementFieldsProps) {
  const { t } = useT();
  if (!invoiceSettlementNeeded(receipt, outcome, goodsFen)) return null;
  const invoices = activeInvoices(receipt);
  return (
    <section className="panel" aria-labelledby="returns-invoice-title">
      <h3 id="returns-invoice-title">{t('invoices.settle.title')}</h3>
      <p className="notice notice--warn">
        {t('invoices.settle.intro', { invoices: invoices.map((i) => `${i.invoiceNumber}（¥${formatYuan(i.amountFen)}）`).join('、') })}
      </p>
      <SelectField
        label={t('invoices.settle.kind')}
        name="invoiceSettlement"
        value={fields.invoiceSettlement}
        onChange={(v) => set('invoiceSettlement', v)}
        error={errors['invoiceSettlement.kind']}
        options={[
          { value: '', label: t('invoices.choose') },
          { value: 'invoiceReturned', label: t('invoices.settle.invoiceReturned') },
          { value: 'redLetterNote', label: t('invoices.settle.redLetterNote') },
        ]}
      />
      <Field
        label={fields.invoiceSettlement === 'redLetterNote' ? t('invoices.settle.noteNo') : t('invoices.settle.invoiceNo')}
        name="invoiceNoteNo"
        autoComplete="off"
        value={fields.invoiceNoteNo}
        onChange={(e) => set('invoiceNoteNo', e.target.value)}
        error={errors['invoiceSettlement.noteNo']}
      />
    </section>
  );
}
