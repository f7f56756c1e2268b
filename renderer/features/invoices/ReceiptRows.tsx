import { formatYuan } from '../../../shared/domain/money';
import { Field } from '../../components/Field';
import { nextFieldOnEnter } from '../../components/nextFieldOnEnter';
import type { SubmitErrors } from '../../components/useSubmit';
import { useT } from '../../i18n';
import { blankReceipt, knownOf, totalKnown, type KnownReceipts, type ReceiptDraft } from './draft';

interface ReceiptRowsProps {
  readonly rows: readonly ReceiptDraft[];
  readonly onChange: (rows: ReceiptDraft[]) => void;
  readonly known: KnownReceipts;
  readonly errors: SubmitErrors;
}

/**
 * The request's receipts, one group each: the number (a scanner ends with
 * Enter, which moves on), its amount as printed — shown, not asked again,
 * once the desk has it — and the amount to invoice (blank: all that is left).
 */
export function ReceiptRows({ rows, onChange, known, errors }: ReceiptRowsProps) {
  const { t } = useT();
  const set = (i: number, patch: Partial<ReceiptDraft>) => onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const error = (i: number, field: string) => errors.fields[`receipts.${i}.${field}`];
  return (
    <>
      {rows.map((row, i) => {
        const total = totalKnown(row, known);
        const left = knownOf(known, row.receiptNo)?.leftFen;
        return (
          <fieldset key={row.key} className="panel" aria-label={t('invoices.receipt.legend', { n: i + 1 })}>
            <div className="row">
              <Field
                label={t('invoices.field.receiptNo')}
                autoComplete="off"
                spellCheck={false}
                autoFocus={i === 0}
                onKeyDown={nextFieldOnEnter}
                value={row.receiptNo}
                onChange={(e) => set(i, { receiptNo: e.target.value })}
                error={error(i, 'receiptNo')}
              />
              {/* A receipt the desk has invoiced before keeps its recorded amount: shown, not typed again. */}
              <Field
                label={t('invoices.field.receiptTotal')}
                inputMode="decimal"
                autoComplete="off"
                readOnly={total !== undefined}
                onKeyDown={nextFieldOnEnter}
                value={total === undefined ? row.receiptTotal : formatYuan(total)}
                onChange={(e) => set(i, { receiptTotal: e.target.value })}
                error={error(i, 'receiptTotal')}
              />
              <Field
                label={t('invoices.field.amount')}
                inputMode="decimal"
                autoComplete="off"
                onKeyDown={nextFieldOnEnter}
                value={row.amount}
                onChange={(e) => set(i, { amount: e.target.value })}
                error={error(i, 'amount')}
                errorParams={errors.params}
              />
            </div>
            {total !== undefined && left !== undefined && <p className="muted">{t('invoices.receipt.known', { total: formatYuan(total), left: formatYuan(left) })}</p>}
            {rows.length > 1 && (
              <button type="button" onClick={() => onChange(rows.filter((_, j) => j !== i))}>
                {t('invoices.receipt.remove', { n: i + 1 })}
              </button>
            )}
          </fieldset>
        );
      })}
      <button type="button" onClick={() => onChange([...rows, blankReceipt()])}>
        {t('invoices.receipt.add')}
      </button>
    </>
  );
}
