import { useState, type FormEvent } from 'react';
import { formatYuan } from '../../../shared/domain/money';
import { balanceDue } from '../../../shared/domain/preOrders/moves';
import { preOrderPickUpInput } from '../../../shared/schema/preOrders';
import { useDeskContext } from '../../app/useDeskContext';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Field, FormError } from '../../components/Field';
import { useSubmit } from '../../components/useSubmit';
import { pickUpPreOrder } from '../../db/preOrders/preOrders';
import type { PreOrderRow } from '../../db/preOrders/row';
import { useT } from '../../i18n';

interface PickUpStepProps {
  readonly order: PreOrderRow;
  /** After the pickup is written: the slip is printed again (补打) with the balance paid. */
  readonly onPickedUp: (order: PreOrderRow) => Promise<void>;
}

/** 顾客取货: the balance taken (what is due, unless changed), asked once more before it is final. */
export function PickUpStep({ order, onPickedUp }: PickUpStepProps) {
  const { t } = useT();
  const ctx = useDeskContext();
  const due = balanceDue(order);
  const [balance, setBalance] = useState(due === undefined ? '' : formatYuan(due));
  const [asking, setAsking] = useState<string>();
  // The amount is checked before the question, so a bad one is refused at its field, not after "yes".
  const ask = useSubmit(() => {
    const input = preOrderPickUpInput.parse({ balancePaid: balance });
    setAsking(formatYuan(input.balancePaid));
    return Promise.resolve();
  });
  const save = useSubmit(async () => {
    await onPickedUp(await pickUpPreOrder(ctx, order.id, { balancePaid: balance }));
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void ask.submit();
  };
  const errors = { ...ask.errors.fields, ...save.errors.fields };
  const formError = save.errors.form ?? ask.errors.form;
  return (
    <form className="form" onSubmit={submit} aria-label={t('preOrders.pickUp.title')} noValidate>
      <h3>{t('preOrders.pickUp.title')}</h3>
      <div className="row">
        <Field
          label={t('preOrders.pickUp.balance')}
          name="balancePaid"
          inputMode="decimal"
          autoComplete="off"
          autoFocus
          value={balance}
          onChange={(e) => setBalance(e.target.value)}
          hint={due === undefined ? undefined : t('preOrders.pickUp.balanceHint', { amount: formatYuan(due) })}
          error={errors.balancePaid}
        />
      </div>
      <FormError code={formError?.code} params={formError?.params} />
      <div className="actions">
        <button type="submit" className="primary" disabled={save.pending}>
          {t('preOrders.pickUp.save')}
        </button>
      </div>
      {asking !== undefined && (
        <ConfirmDialog title={t('preOrders.pickUp.confirmTitle')} confirmLabel={t('preOrders.pickUp.confirm')} onConfirm={() => void save.submit()} onClose={() => setAsking(undefined)}>
          <p>{t('preOrders.pickUp.confirmText', { number: order.number, amount: asking })}</p>
        </ConfirmDialog>
      )}
    </form>
  );
}
