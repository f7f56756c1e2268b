import { useState } from 'react';
import type { ActingWindow } from '../../../shared/domain/acting/types';
import { formatInZone } from '../../../shared/domain/clock';
import { useServices } from '../../app/services';
import { useDeskContext } from '../../app/useDeskContext';
import { Field, FormError } from '../../components/Field';
import { nextFieldOnEnter } from '../../components/nextFieldOnEnter';
import { fromLocalInput, toLocalInput } from '../../components/storeTime';
import { useForm } from '../../components/useForm';
import { nameAssistant } from '../../db/acting/windows';
import { useT } from '../../i18n';

/** 指定主管助理: a desk lead's number (typed or scanned from the badge), from when (now by default) and until when. */
export function NameAssistantForm() {
  const { t } = useT();
  const { clock } = useServices();
  const ctx = useDeskContext();
  const { timeZone } = ctx.session;
  const [named, setNamed] = useState<ActingWindow>();
  const initial = () => ({ assistant: '', from: toLocalInput(clock.now(), timeZone), until: '' });
  const { bind, onSubmit, pending, errors } = useForm(initial, async (f, { reset }) => {
    setNamed(undefined);
    setNamed(await nameAssistant(ctx, { assistant: f.assistant, from: fromLocalInput(f.from, timeZone), until: fromLocalInput(f.until, timeZone) }));
    reset();
  });
  const when = (at: number) => formatInZone(at, 'MM-dd HH:mm', timeZone);
  return (
    <form className="panel form" onSubmit={onSubmit} aria-labelledby="acting-name-title" noValidate>
      <h2 id="acting-name-title">{t('acting.name.title')}</h2>
      <p className="muted">{t('acting.name.hint')}</p>
      {named && (
        <p className="notice notice--ok" role="status">
          {t('acting.name.done', { staffNo: named.assistant, from: when(named.from), until: when(named.until) })}
        </p>
      )}
      <div className="row">
        <Field label={t('acting.field.assistant')} hint={t('acting.field.assistantHint')} autoComplete="off" spellCheck={false} onKeyDown={nextFieldOnEnter} {...bind('assistant')} />
        <Field label={t('acting.field.from')} type="datetime-local" onKeyDown={nextFieldOnEnter} {...bind('from')} />
        <Field label={t('acting.field.until')} type="datetime-local" {...bind('until')} />
      </div>
      <FormError code={errors.form?.code} params={errors.form?.params} />
      <div className="actions">
        <button type="submit" className="primary" disabled={pending}>
          {t('acting.name.submit')}
        </button>
      </div>
    </form>
  );
}
