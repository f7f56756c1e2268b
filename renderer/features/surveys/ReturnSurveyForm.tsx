import type { FormEvent } from 'react';
import { storeDay } from '../../../shared/domain/clock';
import { SATISFACTION_LEVELS, type SatisfactionLevel } from '../../../shared/domain/service/types';
import type { Survey, SurveyChannel } from '../../../shared/domain/surveys/types';
import { useDeskContext } from '../../app/useDeskContext';
import { Field, FormError } from '../../components/Field';
import { useKeptDraft } from '../../components/keptDraft';
import { useSubmit } from '../../components/useSubmit';
import type { SurveyListRow } from '../../db/surveys/queries';
import { recordSurveyReturn } from '../../db/surveys/surveys';
import { useT } from '../../i18n';
import { ChoiceField } from '../complaints/detail/forms/fields';
import { TextAreaField } from '../complaints/intake/TextAreaField';
import { channelOptions } from './channelOptions';

interface ReturnFields {
  readonly returnedOn: string;
  readonly score: SatisfactionLevel | '';
  readonly via: SurveyChannel | '';
  readonly comment: string;
}

/** 登记回收: the day it came back (today unless changed), the customer's satisfaction, how it came back (as it went, unless changed), their comment. */
export function ReturnSurveyForm({ row, survey, onDone, onBack }: { readonly row: SurveyListRow; readonly survey: Survey; readonly onDone: (text: string) => void; readonly onBack: () => void }) {
  const { t } = useT();
  const ctx = useDeskContext();
  const [fields, setFields, clear] = useKeptDraft<ReturnFields>(`surveyReturn:${survey.id}`, () => ({
    returnedOn: storeDay(ctx.clock.now(), ctx.session.timeZone),
    score: '',
    via: survey.channel,
    comment: '',
  }));
  const save = useSubmit(async () => {
    await recordSurveyReturn(ctx, survey.id, fields);
    clear();
    onDone(t('surveys.saved.returned', { number: row.number }));
  });
  const errors = save.errors.fields;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void save.submit();
  };
  return (
    <form className="form" onSubmit={submit} aria-label={t('surveys.return.title', { number: row.number })} noValidate>
      <h2>{t('surveys.return.title', { number: row.number })}</h2>
      <ChoiceField
        legend={t('surveys.field.score')}
        name="score"
        value={fields.score}
        options={SATISFACTION_LEVELS.map((s) => ({ value: s, label: t(`service.satisfaction.${s}`) }))}
        onChange={(score) => setFields((f) => ({ ...f, score }))}
        error={errors.score}
        autoFocus
      />
      <Field
        label={t('surveys.field.returnedOn')}
        type="date"
        name="returnedOn"
        value={fields.returnedOn}
        onChange={(e) => setFields((f) => ({ ...f, returnedOn: e.target.value }))}
        error={errors.returnedOn}
        errorParams={save.errors.params}
      />
      <ChoiceField legend={t('surveys.field.via')} name="via" value={fields.via} options={channelOptions(t)} onChange={(via) => setFields((f) => ({ ...f, via }))} error={errors.via} />
      <TextAreaField label={t('surveys.field.comment')} name="comment" value={fields.comment} onChange={(e) => setFields((f) => ({ ...f, comment: e.target.value }))} error={errors.comment} />
      <FormError code={save.errors.form?.code} params={save.errors.form?.params} />
      <div className="actions">
        <button type="button" onClick={onBack}>
          {t('surveys.back')}
        </button>
        <button type="submit" className="primary" disabled={save.pending}>
          {t('surveys.return.save')}
        </button>
      </div>
    </form>
  );
}
