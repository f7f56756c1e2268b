import { useState, type FormEvent } from 'react';
import { useDeskContext } from '../../app/useDeskContext';
import { Field, FormError } from '../../components/Field';
import { useSubmit } from '../../components/useSubmit';
import { confirmPreOrder, markPreOrderReady } from '../../db/preOrders/preOrders';
import type { PreOrderRow } from '../../db/preOrders/row';
import { useT } from '../../i18n';

interface StepProps {
  readonly order: PreOrderRow;
  readonly onDone: (text: string) => void;
}

/** 部门确认: who at the department confirmed the order on the phone. */
export function ConfirmStep({ order, onDone }: StepProps) {
  const { t } = useT();
  const ctx = useDeskContext();
  const [confirmedBy, setConfirmedBy] = useState('');
  const save = useSubmit(async () => {
    await confirmPreOrder(ctx, order.id, { confirmedBy });
    onDone(t('preOrders.saved.confirmed', { number: order.number }));
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void save.submit();
  };
  return (
    <form className="form" onSubmit={submit} aria-label={t('preOrders.confirm.title')} noValidate>
      <h3>{t('preOrders.confirm.title')}</h3>
      <div className="row">
        <Field label={t('preOrders.confirm.by')} name="confirmedBy" autoComplete="off" autoFocus value={confirmedBy} onChange={(e) => setConfirmedBy(e.target.value)} error={save.errors.fields.confirmedBy} />
      </div>
      <FormError code={save.errors.form?.code} params={save.errors.form?.params} />
      <div className="actions">
        <button type="submit" className="primary" disabled={save.pending}>
          {t('preOrders.confirm.save')}
        </button>
      </div>
    </form>
  );
}

/** 备货完成: the department has the goods ready; the desk can call the customer. */
export function ReadyStep({ order, onDone }: StepProps) {
  const { t } = useT();
  const ctx = useDeskContext();
  const save = useSubmit(async () => {
    await markPreOrderReady(ctx, order.id, {});
    onDone(t('preOrders.saved.ready', { number: order.number }));
  });
  return (
    <div className="form">
      <FormError code={save.errors.form?.code} params={save.errors.form?.params} />
      <div className="actions">
        <button type="button" className="primary" disabled={save.pending} onClick={() => void save.submit()} autoFocus>
          {t('preOrders.ready.save')}
        </button>
      </div>
    </div>
  );
}
