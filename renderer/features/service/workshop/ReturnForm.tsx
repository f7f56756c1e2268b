import { useState, type FormEvent } from 'react';
import { goodsReturnInput } from '../../../../shared/schema/serviceWorkshop';
import { useDeskContext } from '../../../app/useDeskContext';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { FormError } from '../../../components/Field';
import { useSubmit } from '../../../components/useSubmit';
import { returnGoods } from '../../../db/service/workshop';
import type { WorkshopCall } from '../../../db/service/workshopQueries';
import { useT } from '../../../i18n';
import { BLANK_RETURN, ReturnFields } from './ReturnFields';

/**
 * Goods out against the receipt: fee and invoice for paid work, the
 * customer's signature; then, asked once more (it cannot be undone),
 * returnGoods: the call closes and the receipt is void.
 */
export function ReturnForm({ call, onDone }: { readonly call: WorkshopCall; readonly onDone: (text: string) => void }) {
  const { t } = useT();
  const ctx = useDeskContext();
  const { receiptNo, goods } = call.workshop.receipt;
  const [values, setValues] = useState(BLANK_RETURN);
  const [confirming, setConfirming] = useState(false);
  const input = { receiptNo, ...values };
  // Every field is checked before the confirmation is asked for.
  const review = useSubmit(() => {
    goodsReturnInput.parse(input);
    setConfirming(true);
    return Promise.resolve();
  });
  const save = useSubmit(async () => {
    await returnGoods(ctx, input);
    onDone(t('workshop.out.done', { receiptNo }));
  });
  const errors = { ...review.errors.fields, ...save.errors.fields };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void review.submit();
  };
  return (
    <form className="form" onSubmit={submit} aria-label={t('workshop.out.save')} noValidate>
      <ReturnFields values={values} onChange={setValues} errors={errors} />
      {/* The receipt itself refused (voided at another counter meanwhile): it has no field here. */}
      <FormError code={save.errors.fields.receiptNo ?? save.errors.form?.code ?? review.errors.form?.code} params={save.errors.params ?? save.errors.form?.params} />
      <div className="actions">
        <button type="submit" className="primary" disabled={save.pending}>
          {t('workshop.out.save')}
        </button>
      </div>
      {confirming && (
        <ConfirmDialog
          title={t('workshop.out.confirmTitle', { receiptNo })}
          confirmLabel={t('workshop.out.confirm')}
          onConfirm={() => void save.submit()}
          onClose={() => setConfirming(false)}
        >
          <p>{t('workshop.out.confirmBody', { goods, customer: call.customer.name, receiptNo })}</p>
        </ConfirmDialog>
      )}
    </form>
  );
}
