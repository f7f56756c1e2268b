import { useState } from 'react';
import { newId } from '../../../shared/domain/ids';
import type { LockerDoor } from '../../../shared/domain/storage/lockers';
import { useDeskContext } from '../../app/useDeskContext';
import { Field, FormError } from '../../components/Field';
import { useForm } from '../../components/useForm';
import { clearLockerOvernight } from '../../db/storage/lockers';
import { useT } from '../../i18n';
import { PhotoField } from '../../components/PhotoField';
import type { LockerResult } from './result';

const EMPTY = { description: '', count: '1', slot: '' };

/**
 * At closing, what is left in a locker is taken out and kept at the desk: it
 * becomes a desk storage item with its own ticket number, and the door is free.
 */
export function ClearOvernightForm({ door, onCleared }: { readonly door: LockerDoor; readonly onCleared: (result: LockerResult) => void }) {
  const { t } = useT();
  const ctx = useDeskContext();
  const [photo, setPhoto] = useState<string>();
  // Made when the form opens: a double submit gives back the same storage item.
  const [draftId] = useState(() => newId());
  const { bind, onSubmit, pending, errors } = useForm(EMPTY, async (form) => {
    const item = await clearLockerOvernight(ctx, draftId, { doorId: door.id, ...form, photo });
    onCleared({ kind: 'cleared', doorId: door.id, number: item.number, slot: item.slot });
  });
  return (
    <form className="form" onSubmit={onSubmit} aria-labelledby="door-clear-title" noValidate>
      <h3 id="door-clear-title">{t('lockers.clear.title')}</h3>
      <p className="muted">{t('lockers.clear.intro')}</p>
      <Field label={t('lockers.clear.description')} {...bind('description')} autoFocus />
      <div className="row">
        <Field label={t('lockers.clear.count')} inputMode="numeric" {...bind('count')} />
        <Field label={t('lockers.clear.slot')} hint={t('lockers.clear.slotHint')} {...bind('slot')} />
      </div>
      <PhotoField label={t('lockers.clear.photo')} value={photo} onChange={setPhoto} error={errors.fields.photo} />
      <FormError code={errors.form?.code} params={errors.form?.params} />
      <div className="actions">
        <button type="submit" className="primary" disabled={pending}>
          {t('lockers.clear.submit')}
        </button>
      </div>
    </form>
  );
}
