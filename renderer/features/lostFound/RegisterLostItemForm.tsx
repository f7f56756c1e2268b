import { useState } from 'react';
import { newId } from '../../../shared/domain/ids';
import type { LostItem } from '../../../shared/domain/storage/lostFound';
import { useServices } from '../../app/services';
import { useDeskContext, useStoragePolicy } from '../../app/useDeskContext';
import { Field, FormError } from '../../components/Field';
import { useForm } from '../../components/useForm';
import { DeskError } from '../../db/errors';
import { registerLostItem } from '../../db/storage/lostFound';
import { useT } from '../../i18n';
import { PhotoField } from '../../components/PhotoField';
import { RegisteredSlip } from './LostItemSlipButtons';
import { fromLocalInput, toLocalInput } from '../../components/storeTime';
import { RecordNumberNotice } from '../../components/RecordNumberNotice';

interface RegisterForm {
  readonly description: string;
  readonly place: string;
  readonly foundAt: string;
  readonly finder: string;
}

/** A found item handed to the desk: what, where, when, by whom, optional photo. */
export function RegisterLostItemForm({ onRegistered }: { readonly onRegistered?: (item: LostItem) => void }) {
  const { t } = useT();
  const { clock } = useServices();
  const ctx = useDeskContext();
  const { timeZone } = useStoragePolicy();
  const blank = (): RegisterForm => ({ description: '', place: '', foundAt: toLocalInput(clock.now(), timeZone), finder: '' });
  const [photo, setPhoto] = useState<string>();
  // Made once per form: a double submit returns the same item, not a second one.
  const [draftId, setDraftId] = useState(() => newId());
  const [registered, setRegistered] = useState<LostItem>();

  const { bind, onSubmit, pending, errors } = useForm(blank, async (form, { reset }) => {
    const foundAt = fromLocalInput(form.foundAt, timeZone);
    if (foundAt === undefined) throw new DeskError('error.required', 'foundAt');
    const item = await registerLostItem(ctx, draftId, { ...form, foundAt, photo });
    setRegistered(item);
    reset();
    setPhoto(undefined);
    setDraftId(newId());
    onRegistered?.(item);
  });

  return (
    <form className="panel form" onSubmit={onSubmit} aria-labelledby="lost-register-title">
      <h2 id="lost-register-title">{t('lostFound.register.title')}</h2>
      {registered && (
        <>
          <RecordNumberNotice done={t('lostFound.register.done')} number={registered.number} />
          <RegisteredSlip itemId={registered.id} />
        </>
      )}
      <Field label={t('lostFound.field.description')} hint={t('lostFound.field.descriptionHint')} {...bind('description')} autoFocus />
      <div className="row">
        <Field label={t('lostFound.field.place')} {...bind('place')} />
        <Field label={t('lostFound.field.foundAt')} type="datetime-local" {...bind('foundAt')} />
        <Field label={t('lostFound.field.finder')} hint={t('lostFound.field.finderHint')} {...bind('finder')} />
      </div>
      <PhotoField label={t('lostFound.field.photo')} value={photo} onChange={setPhoto} error={errors.fields.photo} />
      <FormError code={errors.form?.code} params={errors.form?.params} />
      <div className="actions">
        <button type="submit" className="primary" disabled={pending}>
          {t('lostFound.register.submit')}
        </button>
      </div>
    </form>
  );
}
