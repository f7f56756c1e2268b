import { useEffect, useRef, useState, type FormEvent } from 'react';
import { newId } from '../../../shared/domain/ids';
import { DEFAULT_REPLY_DAYS, defaultReplyDue } from '../../../shared/domain/enquiries/replyDue';
import { ENQUIRY_CHANNELS, ENQUIRY_TOPICS, type EnquiryChannel, type EnquiryTopic } from '../../../shared/domain/enquiries/types';
import { useDeskContext } from '../../app/useDeskContext';
import { Field, FormError, SelectField } from '../../components/Field';
import { useKeptDraft } from '../../components/keptDraft';
import { nextFieldOnEnter } from '../../components/nextFieldOnEnter';
import { useSubmit } from '../../components/useSubmit';
import { logEnquiry } from '../../db/enquiries/enquiries';
import { useT } from '../../i18n';
import { CheckField, ChoiceField } from '../complaints/detail/forms/fields';

interface LogFields {
  /** Made when the form opens: the record's id, so a second Enter logs once. */
  readonly draftId: string;
  readonly channel: EnquiryChannel;
  readonly topic: EnquiryTopic | '';
  readonly question: string;
  readonly answer: string;
  readonly suggestion: boolean;
  readonly department: string;
  readonly replyDue: string;
  readonly customerName: string;
  readonly phone: string;
}

/**
 * 登记电话 / 咨询: filled in seconds, in the order the talk goes — how they
 * reached the desk, about what, the question, the answer; a suggestion goes
 * to a department with its reply day; a name and phone if given. Enter moves
 * on; Enter in the phone field saves. The channel stays for the next call.
 */
export function LogEnquiryForm() {
  const { t } = useT();
  const ctx = useDeskContext();
  const { timeZone } = ctx.session;
  const blank = (channel: EnquiryChannel = 'phone'): LogFields => ({
    draftId: newId(),
    channel,
    topic: '',
    question: '',
    answer: '',
    suggestion: false,
    department: '',
    replyDue: defaultReplyDue(ctx.clock.now(), timeZone),
    customerName: '',
    phone: '',
  });
  const [fields, setFields] = useKeptDraft<LogFields>('enquiryLog', blank);
  const [done, setDone] = useState<string>();
  const form = useRef<HTMLFormElement>(null);
  const save = useSubmit(async () => {
    const { draftId, ...raw } = fields;
    const saved = await logEnquiry(ctx, draftId, raw);
    setDone(saved.suggestion ? t('enquiries.saved.suggestion', { number: saved.number, department: saved.suggestion.department, due: saved.suggestion.replyDue }) : t('enquiries.saved.logged', { number: saved.number }));
    setFields(blank(fields.channel));
  });
  // A new form (opened, or after a save) starts at the topic: the channel is usually the same as the last call's.
  useEffect(() => {
    form.current?.querySelector<HTMLSelectElement>('select[name="topic"]')?.focus();
  }, [fields.draftId]);
  const errors = save.errors.fields;
  const set = <K extends keyof LogFields>(name: K, value: LogFields[K]) => setFields((f) => ({ ...f, [name]: value }));
  const text = (name: 'question' | 'answer' | 'department' | 'replyDue' | 'customerName' | 'phone') => ({
    name,
    value: fields[name],
    onChange: (e: { target: { value: string } }) => set(name, e.target.value),
    error: errors[name],
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void save.submit();
  };
  return (
    <form ref={form} className="form" onSubmit={submit} aria-label={t('enquiries.log.title')} noValidate>
      <h2>{t('enquiries.log.title')}</h2>
      {done && (
        <p className="notice notice--ok" role="status">
          {done}
        </p>
      )}
      <div className="row">
        <ChoiceField legend={t('enquiries.field.channel')} name="channel" value={fields.channel} options={ENQUIRY_CHANNELS.map((c) => ({ value: c, label: t(`enquiries.channel.${c}`) }))} onChange={(c) => set('channel', c)} error={errors.channel} />
        <SelectField
          label={t('enquiries.field.topic')}
          name="topic"
          value={fields.topic}
          onChange={(v) => set('topic', v as EnquiryTopic | '')}
          options={[{ value: '', label: t('enquiries.pick') }, ...ENQUIRY_TOPICS.map((k) => ({ value: k, label: t(`enquiries.topic.${k}`) }))]}
          error={errors.topic}
        />
      </div>
      <Field label={t('enquiries.field.question')} autoComplete="off" onKeyDown={nextFieldOnEnter} {...text('question')} />
      <Field label={t('enquiries.field.answer')} autoComplete="off" onKeyDown={nextFieldOnEnter} {...text('answer')} />
      <CheckField label={t('enquiries.field.suggestion')} checked={fields.suggestion} onChange={(v) => set('suggestion', v)} />
      {fields.suggestion && (
        <div className="row">
          <Field label={t('enquiries.field.department')} autoComplete="off" onKeyDown={nextFieldOnEnter} {...text('department')} />
          <Field label={t('enquiries.field.replyDue')} type="date" hint={t('enquiries.field.replyDueHint', { days: DEFAULT_REPLY_DAYS })} onKeyDown={nextFieldOnEnter} {...text('replyDue')} />
        </div>
      )}
      <div className="row">
        <Field label={t('enquiries.field.customerName')} autoComplete="off" onKeyDown={nextFieldOnEnter} {...text('customerName')} />
        <Field label={t('enquiries.field.phone')} inputMode="tel" autoComplete="off" {...text('phone')} />
      </div>
      <FormError code={save.errors.form?.code} params={save.errors.form?.params} />
      <div className="actions">
        <button type="submit" className="primary" disabled={save.pending}>
          {t('enquiries.log.save')}
        </button>
      </div>
    </form>
  );
}
