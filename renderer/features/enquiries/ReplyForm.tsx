import type { FormEvent } from 'react';
import { useDeskContext } from '../../app/useDeskContext';
import { Field, FormError } from '../../components/Field';
import { useKeptDraft } from '../../components/keptDraft';
import { useSubmit } from '../../components/useSubmit';
import { recordReply } from '../../db/enquiries/enquiries';
import type { EnquiryRow } from '../../db/enquiries/row';
import { useT } from '../../i18n';
import { TextAreaField } from '../complaints/intake/TextAreaField';

interface ReplyFields {
  readonly reply: string;
  readonly repliedBy: string;
}

/** 录入部门答复: the department's answer as it came to the desk, and who there gave it. */
export function ReplyForm({ enquiry, onDone, onBack }: { readonly enquiry: EnquiryRow; readonly onDone: (text: string) => void; readonly onBack: () => void }) {
  const { t } = useT();
  const ctx = useDeskContext();
  const [fields, setFields, clear] = useKeptDraft<ReplyFields>(`enquiryReply:${enquiry.id}`, () => ({ reply: '', repliedBy: '' }));
  const save = useSubmit(async () => {
    await recordReply(ctx, enquiry.id, fields);
    clear();
    onDone(t('enquiries.saved.reply', { number: enquiry.number }));
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void save.submit();
  };
  const title = t('enquiries.reply.title', { number: enquiry.number, department: enquiry.suggestion?.department ?? '' });
  return (
    <form className="form" onSubmit={submit} aria-label={title} noValidate>
      <h3>{title}</h3>
      <p className="muted">{enquiry.question}</p>
      <TextAreaField label={t('enquiries.field.reply')} name="reply" value={fields.reply} onChange={(e) => setFields((f) => ({ ...f, reply: e.target.value }))} error={save.errors.fields.reply} autoFocus />
      <Field label={t('enquiries.field.repliedBy')} name="repliedBy" autoComplete="off" value={fields.repliedBy} onChange={(e) => setFields((f) => ({ ...f, repliedBy: e.target.value }))} error={save.errors.fields.repliedBy} />
      <FormError code={save.errors.form?.code} params={save.errors.form?.params} />
      <div className="actions">
        <button type="button" onClick={onBack}>
          {t('enquiries.back')}
        </button>
        <button type="submit" className="primary" disabled={save.pending}>
          {t('enquiries.reply.save')}
        </button>
      </div>
    </form>
  );
}
