import { useState } from 'react';
import { useDeskContext } from '../../../app/useDeskContext';
import { FormError } from '../../../components/Field';
import { useSubmit } from '../../../components/useSubmit';
import type { ServiceCallRow } from '../../../db/database';
import { dispatchCall } from '../../../db/service/calls';
import { useT } from '../../../i18n';
import { AppointmentDialog } from './AppointmentDialog';
import { OutTable } from './OutTable';
import { useServiceBoard } from './useServiceBoard';
import { WaitingTable, type DispatchChoice } from './WaitingTable';
import '../service.css';

/**
 * 派工 for the service supervisor: the calls waiting (yesterday's first, then
 * by arrival target, time left or overdue in red) with the suggested
 * technicians and why; one click sends the call, keeping the reasons shown.
 * Below, the jobs out. The visit is agreed or moved from either list.
 */
export function ServiceBoardScreen() {
  const { t } = useT();
  const ctx = useDeskContext();
  const { timeZone } = ctx.session;
  const data = useServiceBoard(timeZone);
  const [notice, setNotice] = useState<string>();
  const [appointmentFor, setAppointmentFor] = useState<ServiceCallRow>();
  const dispatch = useSubmit(async ({ call, technician, suggestion }: DispatchChoice) => {
    setNotice(undefined);
    await dispatchCall(ctx, call.id, { technician: technician.staffNo, suggestion });
    setNotice(t('service.board.dispatched', { number: call.number, name: technician.name }));
  });
  const openAppointment = (call: ServiceCallRow) => {
    setNotice(undefined);
    setAppointmentFor(call);
  };
  return (
    <section className="panel" aria-labelledby="service-board-title">
      <h1 id="service-board-title">{t('service.board.title')}</h1>
      {notice && (
        <p className="notice notice--ok" role="status">
          {notice}
        </p>
      )}
      <FormError code={dispatch.errors.form?.code ?? Object.values(dispatch.errors.fields)[0]} params={dispatch.errors.form?.params} />
      {!data ? (
        <p className="muted">{t('app.loading')}</p>
      ) : (
        <>
          <h2>{t('service.board.waiting', { count: data.board.waiting.length })}</h2>
          {data.board.waiting.length === 0 ? (
            <p className="muted">{t('service.board.emptyWaiting')}</p>
          ) : (
            <WaitingTable
              rows={data.board.waiting}
              team={data.team}
              jobs={data.jobs}
              now={data.now}
              timeZone={timeZone}
              pending={dispatch.pending}
              onDispatch={(choice) => void dispatch.submit(choice)}
              onAppointment={openAppointment}
            />
          )}
          <h2>{t('service.board.out', { count: data.board.out.length })}</h2>
          {data.board.out.length === 0 ? (
            <p className="muted">{t('service.board.emptyOut')}</p>
          ) : (
            <OutTable rows={data.board.out} team={data.team} now={data.now} timeZone={timeZone} onAppointment={openAppointment} />
          )}
        </>
      )}
      {appointmentFor && <AppointmentDialog call={appointmentFor} onClose={() => setAppointmentFor(undefined)} onSaved={setNotice} />}
    </section>
  );
}
