import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type FormEvent } from 'react';
import { workshopStage } from '../../../../shared/domain/service/workshop';
import { lostReceiptReturnInput } from '../../../../shared/schema/serviceWorkshop';
import { useServices } from '../../../app/services';
import { useDeskContext } from '../../../app/useDeskContext';
import { ApprovalDialog } from '../../../components/ApprovalDialog';
import { Dialog } from '../../../components/Dialog';
import { Field, FormError } from '../../../components/Field';
import { toSubmitErrors, useSubmit } from '../../../components/useSubmit';
import { DeskError } from '../../../db/errors';
import { returnGoodsWithoutReceipt } from '../../../db/service/workshop';
import { readWorkshopGoods, type WorkshopCall } from '../../../db/service/workshopQueries';
import { useT } from '../../../i18n';
import { BLANK_RETURN, ReturnFields } from './ReturnFields';

const BLANK_IDENTITY = { phone: '', note: '' };

/**
 * The customer lost the goods receipt: pick their goods among those ready
 * to collect, check who they are, and a supervisor approves with number and
 * PIN (as for a lost storage ticket). The receipt, should it turn up, is void.
 */
export function LostReceiptDialog({ onClose, onDone }: { readonly onClose: () => void; readonly onDone: (text: string) => void }) {
  const { t } = useT();
  const { db } = useServices();
  const ctx = useDeskContext();
  const ready = useLiveQuery(async () => (await readWorkshopGoods(db)).filter((c) => workshopStage(c.workshop) === 'checked'), [db]);
  const [picked, setPicked] = useState<WorkshopCall>();
  const [identity, setIdentity] = useState(BLANK_IDENTITY);
  const [values, setValues] = useState(BLANK_RETURN);
  const [approving, setApproving] = useState(false);
  const input = { identity, ...values };
  // Every field is checked before the supervisor is called over.
  const review = useSubmit(() => {
    lostReceiptReturnInput.parse(input);
    setApproving(true);
    return Promise.resolve();
  });
  const errors = review.errors.fields;
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void review.submit();
  };
  const bind = (name: keyof typeof BLANK_IDENTITY) => ({
    name,
    value: identity[name],
    onChange: (e: { target: { value: string } }) => setIdentity((v) => ({ ...v, [name]: e.target.value })),
    error: errors[`identity.${name}`],
  });
  return (
    <Dialog title={t('workshop.lost.title')} onClose={onClose} wide>
      {!picked ? (
        <>
          <h2>{t('workshop.lost.ready')}</h2>
          {ready && ready.length === 0 && <p className="muted">{t('workshop.lost.empty')}</p>}
          <ul className="svc-jobs" style={{ listStyle: 'none', padding: 0 }}>
            {(ready ?? []).map((c) => (
              <li key={c.id}>
                <button type="button" onClick={() => setPicked(c)} aria-label={t('workshop.lost.pickFor', { receiptNo: c.workshop.receipt.receiptNo })}>
                  {t('workshop.lost.pick')}
                </button>{' '}
                <span className="svc-number">{c.workshop.receipt.receiptNo}</span> · {c.customer.name} · {c.customer.phone} · {c.workshop.receipt.goods}
              </li>
            ))}
          </ul>
          <div className="actions">
            <button type="button" onClick={onClose}>
              {t('action.cancel')}
            </button>
          </div>
        </>
      ) : (
        <form className="form" onSubmit={onSubmit} noValidate>
          <p className="big-number">
            {picked.workshop.receipt.receiptNo} · {picked.workshop.receipt.goods}
          </p>
          <p>{t('workshop.lost.customer', { name: picked.customer.name, phone: picked.customer.phone })}</p>
          <Field label={t('workshop.lost.phone')} inputMode="tel" autoComplete="off" autoFocus {...bind('phone')} />
          <Field label={t('workshop.lost.note')} autoComplete="off" {...bind('note')} />
          <ReturnFields values={values} onChange={setValues} errors={errors} />
          <FormError code={review.errors.form?.code} />
          <div className="actions">
            <button type="button" onClick={() => setPicked(undefined)}>
              {t('action.back')}
            </button>
            <button type="submit" className="primary">
              {t('workshop.lost.submit')}
            </button>
          </div>
        </form>
      )}
      {approving && picked && (
        <ApprovalDialog
          action={t('workshop.lost.action', { receiptNo: picked.workshop.receipt.receiptNo })}
          onClose={() => setApproving(false)}
          onApprove={async (approval) => {
            try {
              await returnGoodsWithoutReceipt(ctx, picked.id, input, approval);
            } catch (error) {
              // A refusal about a field of this form (the fee above the quote) is shown at that field, not in the approval.
              if (error instanceof DeskError && error.field && error.field !== 'approverPin') {
                review.setErrors(toSubmitErrors(error));
                return;
              }
              throw error;
            }
            onDone(t('workshop.lost.done', { receiptNo: picked.workshop.receipt.receiptNo }));
            onClose();
          }}
        />
      )}
    </Dialog>
  );
}
