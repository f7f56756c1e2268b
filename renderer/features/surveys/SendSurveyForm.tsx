import type { FormEvent } from 'react';
import type { SurveyChannel } from '../../../shared/domain/surveys/types';
import { useDeskContext } from '../../app/useDeskContext';
import { FormError } from '../../components/Field';
import { useKeptDraft } from '../../components/keptDraft';
import { useSubmit } from '../../components/useSubmit';
import type { SurveyListRow } from '../../db/surveys/queries';
import { sendSurvey } from '../../db/surveys/surveys';
import { useT } from '../../i18n';
import { CheckField, ChoiceField } from '../complaints/detail/forms/fields';
import { channelOptions } from './channelOptions';

interface SendFields {
  readonly channel: SurveyChannel | '';
  readonly keyCustomer: boolean;
}

/** 发出调查: how it goes out, and whether the customer is a key customer (then it must come back). */
export function SendSurveyForm({ row, onDone, onBack }: { readonly row: SurveyListRow; readonly onDone: (text: string) => void; readonly onBack: () => void }) {
  const { t } = useT();
  const ctx = useDeskContext();
  const [fields, setFields, clear] = useKeptDraft<SendFields>(`surveySend:${row.subject}:${row.subjectId}`, () => ({ channel: '', keyCustomer: false }));
  const save = useSubmit(async () => {
    await sendSurvey(ctx, row.subject, row.subjectId, fields);
    clear();
    onDone(t('surveys.saved.sent', { number: row.number }));
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void save.submit();
  };
  return (
    <form className="form" onSubmit={submit} aria-label={t('surveys.send.title', { number: row.number })} noValidate>
      <h2>{t('surveys.send.title', { number: row.number })}</h2>
      <ChoiceField legend={t('surveys.field.channel')} name="channel" value={fields.channel} options={channelOptions(t)} onChange={(channel) => setFields((f) => ({ ...f, channel }))} error={save.errors.fields.channel} autoFocus />
      <CheckField label={t('surveys.field.keyCustomer')} checked={fields.keyCustomer} onChange={(keyCustomer) => setFields((f) => ({ ...f, keyCustomer }))} />
      <FormError code={save.errors.form?.code} params={save.errors.form?.params} />
      <div className="actions">
        <button type="button" onClick={onBack}>
          {t('surveys.back')}
        </button>
        <button type="submit" className="primary" disabled={save.pending}>
          {t('surveys.send.save')}
        </button>
      </div>
    </form>
  );
}
