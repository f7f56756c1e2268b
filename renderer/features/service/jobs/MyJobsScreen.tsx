import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useServices } from '../../../app/services';
import { useDeskContext } from '../../../app/useDeskContext';
import { FormError } from '../../../components/Field';
import { useNow } from '../../../components/useNow';
import { useSubmit } from '../../../components/useSubmit';
import type { ServiceCallRow } from '../../../db/database';
import { acceptJob } from '../../../db/service/calls';
import { readMyJobs } from '../../../db/service/queries';
import { useT } from '../../../i18n';
import { QuotePanel } from '../visit/QuotePanel';
import { VisitForm } from '../visit/VisitForm';
import { VoucherPrintButton } from '../voucher/VoucherPrintButton';
import { serviceTimeText, targetText, visitText } from '../words';
import '../service.css';

/**
 * 我的工单 for a technician: the jobs sent to them, by agreed visit then
 * arrival target, with what they need on the way (customer, address, phone,
 * problem); accept a job, print its service voucher, and back at the desk
 * record how it went (the same form the desk uses).
 */
export function MyJobsScreen() {
  const { t } = useT();
  const { db, clock } = useServices();
  const ctx = useDeskContext();
  const { timeZone, staffNo } = ctx.session;
  const now = useNow(clock);
  const jobs = useLiveQuery(() => readMyJobs(db, staffNo), [db, staffNo]);
  const [notice, setNotice] = useState<string>();
  const [recording, setRecording] = useState<string>();
  const accept = useSubmit(async (call: ServiceCallRow) => {
    setNotice(undefined);
    const saved = await acceptJob(ctx, call.id);
    setNotice(saved.accepted ? `${saved.number} ${t('service.jobs.acceptedAt', { at: serviceTimeText(saved.accepted.at, timeZone) })}` : undefined);
  });
  return (
    <section className="panel" aria-labelledby="service-jobs-title">
      <h1 id="service-jobs-title">{t('service.jobs.title')}</h1>
      {notice && (
        <p className="notice notice--ok" role="status">
          {notice}
        </p>
      )}
      <FormError code={accept.errors.form?.code} params={accept.errors.form?.params} />
      {!jobs ? (
        <p className="muted">{t('app.loading')}</p>
      ) : jobs.length === 0 ? (
        <p className="muted">{t('service.jobs.empty')}</p>
      ) : (
        <ol className="svc-jobs" aria-label={t('service.jobs.list')} style={{ listStyle: 'none', padding: 0 }}>
          {jobs.map(({ call, deadline }) => (
            <li key={call.id} className="card svc-job" aria-labelledby={`job-${call.id}`}>
              <h2 id={`job-${call.id}`}>
                <span className="svc-number">{call.number}</span> · {t(`service.requestType.${call.requestType}`)} · {t(`service.serviceType.${call.serviceType}`)}
              </h2>
              <dl>
                <dt>{t('service.field.customerName')}</dt>
                <dd>{call.customer.name}</dd>
                <dt>{t('service.field.phone')}</dt>
                <dd>{call.customer.phone}</dd>
                <dt>{t('service.field.address')}</dt>
                <dd>
                  {call.customer.address}（{t(`service.area.${call.customer.area}`)}）
                </dd>
                <dt>{t('service.field.productName')}</dt>
                <dd>
                  {call.product.name} {call.product.model}
                </dd>
                <dt>{t('service.field.problem')}</dt>
                <dd>{call.problem}</dd>
                <dt>{t('service.col.visit')}</dt>
                <dd>{visitText(call.appointment?.visitAt, timeZone, t)}</dd>
                <dt>{t('service.col.target')}</dt>
                <dd className={deadline < now ? 'svc-overdue' : undefined}>{targetText(deadline, now, timeZone, t)}</dd>
              </dl>
              {call.accepted ? (
                <>
                  <p className="muted">{t('service.jobs.acceptedAt', { at: serviceTimeText(call.accepted.at, timeZone) })}</p>
                  {recording === call.id ? (
                    <>
                      {call.serviceType === 'paid' && <QuotePanel call={call} />}
                      <VisitForm
                        call={call}
                        focusOutcome={call.serviceType !== 'paid' || Boolean(call.quote?.agreed)}
                        onDone={(text) => {
                          setRecording(undefined);
                          setNotice(text);
                        }}
                      />
                    </>
                  ) : (
                    <div className="actions" style={{ justifyContent: 'flex-start' }}>
                      <button type="button" onClick={() => setRecording(call.id)} aria-label={t('service.jobs.recordFor', { number: call.number })}>
                        {t('service.visit.save')}
                      </button>
                    </div>
                  )}
                </>
              ) : (
                <div className="actions" style={{ justifyContent: 'flex-start' }}>
                  <button type="button" className="primary" disabled={accept.pending} onClick={() => void accept.submit(call)} aria-label={t('service.jobs.acceptFor', { number: call.number })}>
                    {t('service.jobs.accept')}
                  </button>
                </div>
              )}
              <VoucherPrintButton call={call} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
