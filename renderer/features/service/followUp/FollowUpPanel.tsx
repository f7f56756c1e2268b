import { useLiveQuery } from 'dexie-react-hooks';
import type { FormEvent } from 'react';
import { ZodError } from 'zod';
import { jobDoneAt } from '../../../../shared/domain/service/followUp';
import { OPINION_QUESTIONS, SATISFACTION_LEVELS, type SatisfactionLevel } from '../../../../shared/domain/service/types';
import { followUpInput, opinionInput } from '../../../../shared/schema/serviceAftercare';
import { useServices } from '../../../app/services';
import { useDeskContext } from '../../../app/useDeskContext';
import { FormError } from '../../../components/Field';
import { useKeptDraft } from '../../../components/keptDraft';
import { useSubmit } from '../../../components/useSubmit';
import type { ServiceCallRow } from '../../../db/database';
import { recordFollowUp, recordOpinion } from '../../../db/service/aftercare';
import { useT } from '../../../i18n';
import { CheckField, ChoiceField } from '../../complaints/detail/forms/fields';
import { TextAreaField } from '../../complaints/intake/TextAreaField';
import { serviceTimeText } from '../words';
import { NO_ANSWERS, OpinionCardFields, type OpinionAnswers } from './OpinionCardFields';
import '../../complaints/detail/detail.css';

interface FollowUpFields {
  readonly reached: boolean;
  readonly satisfaction: SatisfactionLevel | '';
  readonly note: string;
}

/**
 * One call: the follow-up call (once the job is done) and the opinion card
 * (for any call with a visit), saved together or each alone. Both are
 * checked before either is written, so a card with a question missing
 * stops the follow-up too and every message shows at once.
 */
export function FollowUpPanel({ call, onDone, onBack }: { readonly call: ServiceCallRow; readonly onDone: (text: string) => void; readonly onBack: () => void }) {
  const { t } = useT();
  const { db } = useServices();
  const ctx = useDeskContext();
  const { timeZone } = ctx.session;
  const [fields, setFields, clearFields] = useKeptDraft<FollowUpFields>(`serviceFollowUp:${call.id}`, () => ({ reached: true, satisfaction: '', note: '' }));
  const [answers, setAnswers, clearAnswers] = useKeptDraft<OpinionAnswers>(`serviceOpinion:${call.id}`, () => NO_ANSWERS);
  const credited = call.opinion?.technician ?? call.visits.at(-1)?.technician;
  const technicianName = useLiveQuery(async () => (credited ? (await db.staff.get(credited))?.name : undefined), [db, credited]);
  const followUpOpen = call.status === 'closed' && call.visits.length > 0 && !call.followUp;
  const cardOpen = call.visits.length > 0 && !call.opinion;
  const save = useSubmit(async () => {
    // A card is saved when any question is answered, or when it is all there is to save (then every question is required).
    const withCard = cardOpen && (!followUpOpen || OPINION_QUESTIONS.some((q) => answers[q] !== ''));
    const issues = [...(followUpOpen ? (followUpInput.safeParse(fields).error?.issues ?? []) : []), ...(withCard ? (opinionInput.safeParse(answers).error?.issues ?? []) : [])];
    if (issues.length > 0) throw new ZodError(issues);
    if (followUpOpen) await recordFollowUp(ctx, call.id, fields);
    if (withCard) await recordOpinion(ctx, call.id, answers);
    const what = followUpOpen && withCard ? 'both' : followUpOpen ? 'followUp' : 'opinion';
    clearFields();
    clearAnswers();
    onDone(t(`service.followUp.saved.${what}`, { number: call.number }));
  });
  const errors = save.errors.fields;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void save.submit();
  };
  const done = jobDoneAt(call);
  const level = (q: (typeof OPINION_QUESTIONS)[number]) => (call.opinion ? t(`service.opinion.level.${call.opinion.scores[q]}`) : '');
  return (
    <section className="panel" aria-labelledby="service-follow-up-call">
      <h2 id="service-follow-up-call">{t('service.followUp.formTitle', { number: call.number })}</h2>
      <dl className="svc-job" data-testid="service-follow-up-call">
        <dt>{t('service.field.customerName')}</dt>
        <dd>
          {call.customer.name} · <strong>{call.customer.phone}</strong>
        </dd>
        <dt>{t('service.field.productName')}</dt>
        <dd>
          {call.product.name} · {call.problem}
        </dd>
        {done !== undefined && (
          <>
            <dt>{t('service.followUp.col.doneAt')}</dt>
            <dd>{serviceTimeText(done, timeZone)}</dd>
          </>
        )}
        <dt>{t('service.col.technician')}</dt>
        <dd>{credited ? `${technicianName ?? ''} (${credited})` : '—'}</dd>
      </dl>
      {call.followUp && (
        <p className="muted">
          {t('service.followUp.done', {
            at: serviceTimeText(call.followUp.at, timeZone),
            result: [call.followUp.satisfaction ? t(`service.satisfaction.${call.followUp.satisfaction}`) : t('service.followUp.notReached'), call.followUp.note].filter(Boolean).join(' · '),
          })}
        </p>
      )}
      {call.opinion && (
        <p className="muted">
          {t('service.opinion.done', { at: serviceTimeText(call.opinion.at, timeZone), scores: OPINION_QUESTIONS.map((q) => `${t(`service.opinion.question.${q}`)} ${level(q)}`).join(' · ') })}
        </p>
      )}
      {!followUpOpen && !call.followUp && <p className="notice notice--warn">{t('service.followUp.notClosed')}</p>}
      {!followUpOpen && !cardOpen ? (
        <>
          {call.followUp && call.opinion && <p className="notice notice--ok">{t('service.followUp.allDone')}</p>}
          <div className="actions">
            <button type="button" onClick={onBack} autoFocus>
              {t('service.followUp.back')}
            </button>
          </div>
        </>
      ) : (
        <form className="form" onSubmit={submit} aria-label={t('service.followUp.formTitle', { number: call.number })} noValidate>
          {followUpOpen && (
            <>
              <CheckField label={t('service.followUp.reached')} checked={fields.reached} onChange={(reached) => setFields((f) => ({ ...f, reached }))} autoFocus />
              {fields.reached && (
                <ChoiceField
                  legend={t('service.followUp.satisfaction')}
                  name="satisfaction"
                  value={fields.satisfaction}
                  options={SATISFACTION_LEVELS.map((s) => ({ value: s, label: t(`service.satisfaction.${s}`) }))}
                  onChange={(satisfaction) => setFields((f) => ({ ...f, satisfaction }))}
                  error={errors.satisfaction}
                />
              )}
              <TextAreaField label={t('service.followUp.note')} name="note" value={fields.note} onChange={(e) => setFields((f) => ({ ...f, note: e.target.value }))} error={errors.note} />
            </>
          )}
          {cardOpen && (
            <fieldset className="svc-parts">
              <legend>{t('service.opinion.title')}</legend>
              <p className="muted">{t('service.opinion.hint')}</p>
              {credited && <p>{t('service.opinion.technician', { name: `${technicianName ?? ''} (${credited})` })}</p>}
              <OpinionCardFields answers={answers} onChange={setAnswers} errors={errors} autoFocus={!followUpOpen} />
            </fieldset>
          )}
          <FormError code={save.errors.form?.code} params={save.errors.form?.params} />
          <div className="actions">
            <button type="button" onClick={onBack}>
              {t('service.followUp.back')}
            </button>
            <button type="submit" className="primary" disabled={save.pending}>
              {t('service.followUp.save')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
