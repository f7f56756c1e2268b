import { formatYuan } from '../../../shared/domain/money';
import type { ReceiptState } from '../../../shared/domain/sales/receipt';
import { receiptNo as receiptNoSchema } from '../../../shared/schema/returns';
import { ScanInput } from '../../components/ScanInput';
import { useT } from '../../i18n';
import type { ReceiptChoice } from './draft';
import { useState } from 'react';

interface ReceiptSectionProps {
  readonly choice: ReceiptChoice;
  readonly onChoice: (choice: ReceiptChoice) => void;
  /** The receipt as this desk knows it from earlier visits (undefined: first visit). */
  readonly receipt: ReceiptState | undefined;
  readonly onReturnLine: (sku: string) => void;
  /** A field error from the last submit (e.g. receipt number required). */
  readonly error?: string | undefined;
}

/** The purchase receipt: scanned from its barcode or typed; or "no receipt". */
export function ReceiptSection({ choice, onChoice, receipt, onReturnLine, error }: ReceiptSectionProps) {
  const { t } = useT();
  const [scanError, setScanError] = useState<string>();
  const onScan = (text: string) => {
    const parsed = receiptNoSchema.safeParse(text);
    if (!parsed.success) {
      setScanError(parsed.error.issues[0]?.message ?? 'error.receiptNo');
      return;
    }
    setScanError(undefined);
    onChoice({ noReceipt: false, receiptNo: parsed.data });
  };
  const known = receipt ? Object.values(receipt.lines) : [];
  return (
    <fieldset className="form">
      <legend>{t('returns.receipt.legend')}</legend>
      {!choice.noReceipt && <ScanInput label={t('returns.receipt.scan')} onScan={onScan} error={scanError ?? error} />}
      <label>
        <input type="checkbox" name="noReceipt" checked={choice.noReceipt} onChange={(e) => onChoice({ noReceipt: e.target.checked })} /> {t('returns.receipt.none')}
      </label>
      {choice.noReceipt && <p className="notice notice--warn">{t('returns.receipt.noneHint')}</p>}
      {!choice.noReceipt && choice.receiptNo && (
        <div role="status" aria-live="polite">
          <p>
            <strong className="big-number" data-testid="receipt-number">
              {t('returns.receipt.read', { receiptNo: choice.receiptNo })}
            </strong>
          </p>
          {known.length === 0 ? (
            <p className="muted">{t('returns.receipt.new')}</p>
          ) : (
            <>
              <p>{t('returns.receipt.known')}</p>
              <ul>
                {known.map((l) => {
                  const left = l.quantityBought - l.refundedQuantity;
                  return (
                    <li key={l.sku}>
                      {t('returns.receipt.knownLine', { name: l.name, sku: l.sku, bought: l.quantityBought, refunded: l.refundedQuantity, price: formatYuan(l.unitPriceFen) })}{' '}
                      {left > 0 ? (
                        <button type="button" onClick={() => onReturnLine(l.sku)}>
                          {t('returns.receipt.addKnown')}
                        </button>
                      ) : (
                        <strong>{t('returns.receipt.fullyRefunded')}</strong>
                      )}
                    </li>
                  );
                })}
              </ul>
            </>
          )}
        </div>
      )}
    </fieldset>
  );
}
