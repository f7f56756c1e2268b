import { useState, type FormEvent } from 'react';
import { formatYuan } from '../../../shared/domain/money';
import { depositOutcomeMissing } from '../../../shared/domain/preOrders/moves';
import { DEPOSIT_OUTCOMES, type DepositOutcome } from '../../../shared/domain/preOrders/types';
import { preOrderCancelInput } from '../../../shared/schema/preOrders';
import { useDeskContext } from '../../app/useDeskContext';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Field, FormError } from '../../components/Field';
import { useSubmit } from '../../components/useSubmit';
import { cancelPreOrder } from '../../db/preOrders/preOrders';
import { DeskError } from '../../db/errors';
import type { PreOrderRow } from '../../db/preOrders/row';
import { useT } from '../../i18n';
import { ChoiceField } from '../complaints/detail/forms/fields';

interface CancelStepProps {
  readonly order: PreOrderRow;
  readonly onDone: (text: string) => void;
}

/** 取消预约: why, and with a deposit taken whether it went back; asked once more, as it is final. */
export function CancelStep({ order, onDone }: CancelStepProps) {
  const { t } = useT();
  const ctx = useDeskContext();
  const [reason, setReason] = useState('');
  const [deposit, setDeposit] = useState<DepositOutcome | ''>('');
  const [asking, setAsking] = useState(false);
  const raw = { reason, deposit };
  // Checked before the question: a missing reason or deposit choice is refused at its field, not after "yes".
  const ask = useSubmit(() => {
    const input = preOrderCancelInput.parse(raw);
    if (depositOutcomeMissing(order, input.deposit)) throw new DeskError('error.preOrderDepositOutcome', 'deposit');
    setAsking(true);
    return Promise.resolve();
  });
  const save = useSubmit(async () => {
    await cancelPreOrder(ctx, order.id, raw);
    onDone(t('preOrders.saved.cancelled', { number: order.number }));
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void ask.submit();
  };
  const errors = { ...ask.errors.fields, ...save.errors.fields };
  const formError = save.errors.form ?? ask.errors.form;
  return (
    <form className="form" onSubmit={submit} aria-label={t('preOrders.cancel.title')} noValidate>
      <h3>{t('preOrders.cancel.title')}</h3>
      <Field label={t('preOrders.cancel.reason')} name="reason" autoComplete="off" value={reason} onChange={(e) => setReason(e.target.value)} error={errors.reason} />
      {order.depositFen > 0 && (
        <ChoiceField
          legend={t('preOrders.cancel.deposit', { amount: formatYuan(order.depositFen) })}
          name="deposit"
          value={deposit}
          options={DEPOSIT_OUTCOMES.map((d) => ({ value: d, label: t(`preOrders.deposit.${d}`) }))}
          onChange={setDeposit}
          error={errors.deposit}
        />
      )}
      <FormError code={formError?.code} params={formError?.params} />
      <div className="actions">
        <button type="submit" className="danger" disabled={save.pending}>
          {t('preOrders.cancel.save')}
        </button>
      </div>
      {asking && (
        <ConfirmDialog title={t('preOrders.cancel.confirmTitle')} confirmLabel={t('preOrders.cancel.confirm')} onConfirm={() => void save.submit()} onClose={() => setAsking(false)}>
          <p>{t('preOrders.cancel.confirmText', { number: order.number })}</p>
        </ConfirmDialog>
      )}
    </form>
  );
}
