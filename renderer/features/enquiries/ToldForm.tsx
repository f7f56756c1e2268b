import type { FormEvent } from 'react';
import { storeDay } from '../../../shared/domain/clock';
import { TOLD_VIAS, type ToldVia } from '../../../shared/domain/enquiries/types';
import { useDeskContext } from '../../app/useDeskContext';
import { Field, FormError } from '../../components/Field';
import { useKeptDraft } from '../../components/keptDraft';
import { useSubmit } from '../../components/useSubmit';
import { recordCustomerTold } from '../../db/enquiries/enquiries';
import type { EnquiryRow } from '../../db/enquiries/row';
import { useT } from '../../i18n';
import { ChoiceField } from '../complaints/detail/forms/fields';

interface ToldFields {
  readonly via: ToldVia | '';
  readonly toldOn: string;
  readonly note: string;
}

/** 已告知顾客: how and on which day (today unless changed) the customer heard the reply; who told them is the one signed in. */
export function ToldForm({ enquiry, onDone, onBack }: { readonly enquiry: EnquiryRow; readonly onDone: (text: string) => void; readonly onBack: () => void }) {
  const { t } = useT();
  const ctx = useDeskContext();
  const [fields, setFields, clear] = useKeptDraft<ToldFields>(`enquiryTold:${enquiry.id}`, () => ({ via: '', toldOn: storeDay(ctx.clock.now(), ctx.session.timeZone), note: '' }));
  const save = useSubmit(async () => {
    await recordCustomerTold(ctx, enquiry.id, fields);
    clear();
    onDone(t('enquiries.saved.told', { number: enquiry.number }));
  });
  const errors = save.errors.fields;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void save.submit();
  };
  const title = t('enquiries.told.title', { number: enquiry.number });
  return (
    <form className="form" onSubmit={submit} aria-label={title} noValidate>
      <h3>{title}</h3>
      <p className="muted">{t('enquiries.told.reply', { reply: enquiry.reply?.reply ?? '' })}</p>
      <p>{[enquiry.customerName, enquiry.phone].filter(Boolean).join(' · ') || t('enquiries.noContact')}</p>
      <ChoiceField legend={t('enquiries.field.toldVia')} name="via" value={fields.via} options={TOLD_VIAS.map((v) => ({ value: v, label: t(`enquiries.via.${v}`) }))} onChange={(via) => setFields((f) => ({ ...f, via }))} error={errors.via} autoFocus />
      <Field label={t('enquiries.field.toldOn')} type="date" name="toldOn" value={fields.toldOn} onChange={(e) => setFields((f) => ({ ...f, toldOn: e.target.value }))} error={errors.toldOn} errorParams={save.errors.params} />
      <Field label={t('enquiries.field.note')} name="note" autoComplete="off" value={fields.note} onChange={(e) => setFields((f) => ({ ...f, note: e.target.value }))} error={errors.note} />
      <FormError code={save.errors.form?.code} params={save.errors.form?.params} />
      <div className="actions">
        <button type="button" onClick={onBack}>
          {t('enquiries.back')}
        </button>
        <button type="submit" className="primary" disabled={save.pending}>
          {t('enquiries.told.save')}
        </button>
      </div>
    </form>
  );
}
