import type { FormEvent } from 'react';
import type { Survey, SurveyChannel } from '../../../shared/domain/surveys/types';
import { useDeskContext } from '../../app/useDeskContext';
import { Field, FormError } from '../../components/Field';
import { useKeptDraft } from '../../components/keptDraft';
import { useSubmit } from '../../components/useSubmit';
import type { SurveyListRow } from '../../db/surveys/queries';
import { remindSurvey } from '../../db/surveys/surveys';
import { useT } from '../../i18n';
import { ChoiceField } from '../complaints/detail/forms/fields';
import { channelOptions } from './channelOptions';

interface RemindFields {
  readonly channel: SurveyChannel | '';
  readonly note: string;
}

/** 催收: how the customer was chased (as the survey went, unless changed), with a note. Enter in the note records it. */
export function RemindSurveyForm({ row, survey, onDone, onBack }: { readonly row: SurveyListRow; readonly survey: Survey; readonly onDone: (text: string) => void; readonly onBack: () => void }) {
  const { t } = useT();
  const ctx = useDeskContext();
  const [fields, setFields, clear] = useKeptDraft<RemindFields>(`surveyRemind:${survey.id}`, () => ({ channel: survey.channel, note: '' }));
  const save = useSubmit(async () => {
    await remindSurvey(ctx, survey.id, fields);
    clear();
    onDone(t('surveys.saved.reminded', { number: row.number }));
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void save.submit();
  };
  return (
    <form className="form" onSubmit={submit} aria-label={t('surveys.remind.title', { number: row.number })} noValidate>
      <h2>{t('surveys.remind.title', { number: row.number })}</h2>
      <ChoiceField legend={t('surveys.field.remindChannel')} name="channel" value={fields.channel} options={channelOptions(t)} onChange={(channel) => setFields((f) => ({ ...f, channel }))} error={save.errors.fields.channel} />
      <Field label={t('surveys.field.note')} name="note" value={fields.note} onChange={(e) => setFields((f) => ({ ...f, note: e.target.value }))} error={save.errors.fields.note} autoFocus />
      <FormError code={save.errors.form?.code} params={save.errors.form?.params} />
      <div className="actions">
        <button type="button" onClick={onBack}>
          {t('surveys.back')}
        </button>
        <button type="submit" className="primary" disabled={save.pending}>
          {t('surveys.remind.save')}
        </button>
      </div>
    </form>
  );
}
