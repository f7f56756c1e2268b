import { Field, FormError } from '../../../components/Field';
import { useForm } from '../../../components/useForm';
import type { ServiceCallRow } from '../../../db/database';
import { receiveGoods } from '../../../db/service/workshop';
import { useDeskContext } from '../../../app/useDeskContext';
import { useT } from '../../../i18n';

const BLANK = { goods: '', accessories: '', condition: '' };

/** What the customer handed over, as the goods receipt will list it → receiveGoods; a message at each field wrong, nothing written. */
export function GoodsInForm({ call, onReceived }: { readonly call: ServiceCallRow; readonly onReceived: () => void }) {
  const { t } = useT();
  const ctx = useDeskContext();
  const { bind, onSubmit, pending, errors } = useForm(BLANK, async (form) => {
    await receiveGoods(ctx, call.id, form);
    onReceived();
  });
  return (
    <form className="form" onSubmit={onSubmit} aria-label={t('workshop.in.save')} noValidate>
      <div className="row">
        <Field label={t('workshop.field.goods')} autoComplete="off" autoFocus {...bind('goods')} />
        <Field label={t('workshop.field.accessories')} autoComplete="off" {...bind('accessories')} />
      </div>
      <Field label={t('workshop.field.condition')} autoComplete="off" {...bind('condition')} />
      <FormError code={errors.form?.code} params={errors.form?.params} />
      <div className="actions">
        <button type="submit" className="primary" disabled={pending}>
          {t('workshop.in.save')}
        </button>
      </div>
    </form>
  );
}
