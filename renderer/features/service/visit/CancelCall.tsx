import { useState } from 'react';
import { useDeskContext } from '../../../app/useDeskContext';
import { Dialog } from '../../../components/Dialog';
import { Field, FormError } from '../../../components/Field';
import { useForm } from '../../../components/useForm';
import type { ServiceCallRow } from '../../../db/database';
import { cancelServiceCall } from '../../../db/service/calls';
import { useT } from '../../../i18n';

/** 取消叫修: the customer no longer needs the visit; the reason is kept with the call, which leaves the board. */
export function CancelCall({ call, onCancelled }: { readonly call: ServiceCallRow; readonly onCancelled: (text: string) => void }) {
  const { t } = useT();
  const ctx = useDeskContext();
  const [open, setOpen] = useState(false);
  const { bind, onSubmit, pending, errors } = useForm({ reason: '' }, async (form) => {
    await cancelServiceCall(ctx, call.id, form);
    setOpen(false);
    onCancelled(t('service.cancel.done', { number: call.number }));
  });
  if (call.status === 'closed' || call.status === 'cancelled') return null;
  return (
    <>
      <div className="actions">
        <button type="button" onClick={() => setOpen(true)}>
          {t('service.cancel.open')}
        </button>
      </div>
      {open && (
        <Dialog title={t('service.cancel.title', { number: call.number })} onClose={() => setOpen(false)}>
          <form onSubmit={onSubmit} noValidate>
            <Field label={t('service.cancel.reason')} {...bind('reason')} autoFocus />
            <FormError code={errors.form?.code} params={errors.form?.params} />
            <div className="actions">
              <button type="button" onClick={() => setOpen(false)}>
                {t('action.back')}
              </button>
              <button type="submit" className="primary" disabled={pending}>
                {t('service.cancel.confirm')}
              </button>
            </div>
          </form>
        </Dialog>
      )}
    </>
  );
}
