import { useLiveQuery } from 'dexie-react-hooks';
import { useRef, useState } from 'react';
import { checkServiceStep } from '../../../../shared/domain/service/steps';
import { useServices } from '../../../app/services';
import { useSession } from '../../../app/session';
import { ScanInput } from '../../../components/ScanInput';
import { useKeptDraft } from '../../../components/keptDraft';
import { useSubmit } from '../../../components/useSubmit';
import { DeskError } from '../../../db/errors';
import { findServiceCall } from '../../../db/service/queries';
import { useT } from '../../../i18n';
import { CallFacts } from './CallFacts';
import { CancelCall } from './CancelCall';
import { QuotePanel } from './QuotePanel';
import { VisitForm } from './VisitForm';
import '../service.css';

/**
 * 登记结果 at the desk: the technician brings the voucher back; scan or type
 * its number, then record how the visit ended (time on site, work done,
 * parts, fee, the signed voucher). A done job closes the call; waiting for
 * parts sends it back to the dispatch board.
 */
export function VisitScreen() {
  const { t, tc } = useT();
  const { db } = useServices();
  const staffNo = useSession((s) => s.staff?.staffNo) ?? '';
  // The call on screen is kept too: back from another area, the clerk finds the same voucher and what they typed.
  const [callId, setCallId] = useKeptDraft<string | undefined>('serviceVisit:call', () => undefined);
  const [done, setDone] = useState<string>();
  const section = useRef<HTMLElement>(null);
  const call = useLiveQuery(async () => (callId ? ((await db.serviceCalls.get(callId)) ?? null) : null), [db, callId]);
  const find = useSubmit(async (typed: string) => {
    setDone(undefined);
    setCallId(undefined);
    const found = await findServiceCall(db, typed);
    if (!found) throw new DeskError('error.serviceCallNotFound', 'scan');
    setCallId(found.id);
  });
  // The same rule the write path applies: only an accepted job gets its result.
  const check = call ? checkServiceStep(call, { type: 'visitRecorded', by: staffNo, data: { technician: call.dispatch?.technician ?? '', feeFen: 0 } }) : undefined;
  return (
    <section ref={section} className="panel" aria-labelledby="service-visit-title">
      <h1 id="service-visit-title">{t('service.visit.title')}</h1>
      <ScanInput label={t('service.visit.scan')} onScan={(text) => void find.submit(text)} error={find.errors.fields.scan ?? find.errors.form?.code} busy={find.pending} />
      {done && (
        <p className="notice notice--ok" role="status">
          {done}
        </p>
      )}
      {call && (
        <>
          <CallFacts call={call} />
          <CancelCall
            call={call}
            onCancelled={(text) => {
              setCallId(undefined);
              setDone(text);
            }}
          />
          {call.serviceType === 'paid' && call.status !== 'closed' && call.status !== 'cancelled' && <QuotePanel call={call} />}
          {check && !check.ok ? (
            <p className="notice notice--warn" role="status">
              {t('service.visit.cannot', { why: tc(`error.serviceStep.${check.reason}`) })}
            </p>
          ) : (
            <VisitForm
              key={call.id}
              call={call}
              focusOutcome={call.serviceType !== 'paid' || Boolean(call.quote?.agreed)}
              onDone={(text) => {
                setCallId(undefined);
                setDone(text);
                // Back to the scan field for the next voucher.
                section.current?.querySelector<HTMLInputElement>('input[name="scan"]')?.focus();
              }}
            />
          )}
        </>
      )}
    </section>
  );
}
