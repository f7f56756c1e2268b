import { useState } from 'react';
import { formatYuan } from '../../../../shared/domain/money';
import { useDeskContext } from '../../../app/useDeskContext';
import { Field, FormError } from '../../../components/Field';
import { useForm } from '../../../components/useForm';
import type { ServiceCallRow } from '../../../db/database';
import { recordQuote } from '../../../db/service/aftercare';
import { useT } from '../../../i18n';
import { serviceTimeText } from '../words';

/**
 * 有费维修: the quote the customer agreed to (or not) before the work. The
 * fee recorded with the visit may not go above it; a new quote replaces the
 * one shown (both stay in the log).
 */
export function QuotePanel({ call }: { readonly call: ServiceCallRow }) {
  const { t } = useT();
  const ctx = useDeskContext();
  const [agreed, setAgreed] = useState(false);
  const [saved, setSaved] = useState<string>();
  const quote = call.quote;
  const { bind, onSubmit, pending, errors } = useForm({ amount: '', work: '' }, async (form, { reset }) => {
    setSaved(undefined);
    const after = await recordQuote(ctx, call.id, { ...form, agreed });
    reset();
    setAgreed(false);
    const q = after.quote;
    setSaved(q && t('service.quote.saved', { number: after.number, amount: formatYuan(q.amountFen), agreed: t(q.agreed ? 'service.quote.agreed' : 'service.quote.declined') }));
  });
  const quoteFirst = !quote?.agreed;
  return (
    <section className="panel" aria-labelledby="service-quote-title">
      <h2 id="service-quote-title">{t('service.quote.title')}</h2>
      <p data-testid="service-quote">
        {quote
          ? t('service.quote.current', {
              amount: formatYuan(quote.amountFen),
              work: quote.work,
              agreed: t(quote.agreed ? 'service.quote.agreed' : 'service.quote.declined'),
              at: serviceTimeText(quote.at, ctx.session.timeZone),
            })
          : t('service.quote.none')}
      </p>
      {saved && (
        <p className="notice notice--ok" role="status">
          {saved}
        </p>
      )}
      <form className="form" onSubmit={onSubmit} aria-label={t('service.quote.save')} noValidate>
        <div className="row">
          <Field label={t('service.quote.amount')} inputMode="decimal" autoComplete="off" autoFocus={quoteFirst} {...bind('amount')} />
          <Field label={t('service.quote.work')} autoComplete="off" {...bind('work')} />
        </div>
        <label>
          <input type="checkbox" name="agreed" checked={agreed} onChange={(e) => setAgreed(e.target.checked)} />
          {t('service.quote.customerAgreed')}
        </label>
        <FormError code={errors.form?.code} params={errors.form?.params} />
        <div className="actions">
          <button type="submit" disabled={pending}>
            {t(quote ? 'service.quote.saveAgain' : 'service.quote.save')}
          </button>
        </div>
      </form>
    </section>
  );
}
