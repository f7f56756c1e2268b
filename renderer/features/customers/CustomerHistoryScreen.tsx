import { useState, type FormEvent, type KeyboardEvent } from 'react';
import { customerLabel } from '../../../shared/domain/customers/match';
import { halfWidthDigits } from '../../../shared/domain/typedDigits';
import { useDeskContext } from '../../app/useDeskContext';
import { Field, FormError } from '../../components/Field';
import { nextFieldOnEnter } from '../../components/nextFieldOnEnter';
import { useSubmit } from '../../components/useSubmit';
import { readCustomerHistory, type CustomerHistoryRead } from '../../db/customers/history';
import { useT } from '../../i18n';
import { PrintButtons } from '../printing/PrintButtons';
import { HistoryTable } from './HistoryTable';
import './customers.css';

/**
 * 顾客记录: everything one customer did at the desk (deposits, returns,
 * gifts, complaints, service calls, pre-orders, invoices), newest first, found by
 * the whole phone number or its last four digits with the name; phones
 * show masked here and on the A4 print.
 */
export function CustomerHistoryScreen() {
  const { t } = useT();
  const ctx = useDeskContext();
  const [phone, setPhone] = useState('');
  const [name, setName] = useState('');
  const [found, setFound] = useState<CustomerHistoryRead>();
  const search = useSubmit(async () => {
    setFound(undefined);
    setFound(await readCustomerHistory(ctx, { phone, name }));
  });
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void search.submit();
  };
  // Four digits are half a search: Enter goes on to the name; a whole number searches at once.
  const onPhoneKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (/^\d{4}$/.test(halfWidthDigits(e.currentTarget.value))) nextFieldOnEnter(e);
  };
  const customer = found && customerLabel(found.query);
  return (
    <div>
      <h1>{t('customers.title')}</h1>
      <form className="panel form" onSubmit={onSubmit} role="search" aria-label={t('customers.search')} noValidate>
        <p className="muted">{t('customers.hint')}</p>
        <div className="row">
          <Field
            label={t('customers.field.phone')}
            name="customerPhone"
            inputMode="numeric"
            autoComplete="off"
            autoFocus
            value={phone}
            onChange={(e) => setPhone(e.target.value)}
            onKeyDown={onPhoneKey}
            error={search.errors.fields.phone}
          />
          <Field label={t('customers.field.name')} name="customerName" autoComplete="off" value={name} onChange={(e) => setName(e.target.value)} error={search.errors.fields.name} />
        </div>
        <FormError code={search.errors.form?.code} params={search.errors.form?.params} />
        <div className="actions">
          <button type="submit" className="primary" disabled={search.pending}>
            {t('customers.action.search')}
          </button>
        </div>
      </form>
      {found && customer && (
        <section className="panel" aria-label={t('customers.title')}>
          {found.rows.length === 0 ? (
            <p className="muted" role="status">
              {t('customers.empty', { customer })}
            </p>
          ) : (
            <>
              <p role="status">{t('customers.found', { customer, count: found.rows.length })}</p>
              <PrintButtons request={{ kind: 'customerHistory', input: { query: found.query, rows: found.rows } }} label={t('customers.print')} />
              <HistoryTable rows={found.rows} timeZone={ctx.session.timeZone} />
            </>
          )}
        </section>
      )}
    </div>
  );
}
