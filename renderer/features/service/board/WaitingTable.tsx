import { useState } from 'react';
import { storeDay } from '../../../../shared/domain/clock';
import { suggestTechnicians, type TechnicianProfile, type TechnicianSuggestion } from '../../../../shared/domain/service/suggestion';
import type { ServiceCallRow } from '../../../db/database';
import { AppointmentButton } from './AppointmentButton';
import { useT } from '../../../i18n';
import { ShowMoreButton, useShownRows } from '../../../components/ShownRows';
import { reasonsText, serviceTimeText, targetText, visitText } from '../words';

/** Suggested technicians drawn as buttons; the rest sit in a list. */
const SHOWN_SUGGESTIONS = 3;

export interface DispatchChoice {
  readonly call: ServiceCallRow;
  readonly technician: TechnicianSuggestion;
  readonly suggestion: string;
}

interface WaitingTableProps {
  readonly rows: readonly { readonly call: ServiceCallRow; readonly deadline: number }[];
  readonly team: readonly TechnicianProfile[];
  readonly jobs: ReadonlyMap<string, number>;
  readonly now: number;
  readonly timeZone: string;
  readonly pending: boolean;
  readonly onDispatch: (choice: DispatchChoice) => void;
  readonly onAppointment: (call: ServiceCallRow) => void;
}

/** The calls waiting for a technician, in the board's order, each with the suggested technicians: one click or Enter sends one. */
export function WaitingTable({ rows, team, jobs, now, timeZone, pending, onDispatch, onAppointment }: WaitingTableProps) {
  const { t } = useT();
  const { shown, hidden, more } = useShownRows(rows);
  const today = storeDay(now, timeZone);
  return (
    <>
      <table className="svc-table" aria-label={t('service.board.waitingTable')}>
        <thead>
          <tr>
            <th>{t('service.col.number')}</th>
            <th>{t('service.col.customer')}</th>
            <th>{t('service.col.product')}</th>
            <th>{t('service.col.kind')}</th>
            <th>{t('service.col.visit')}</th>
            <th>{t('service.col.target')}</th>
            <th>{t('service.col.suggested')}</th>
            <th>{t('service.col.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map(({ call, deadline }) => {
            const suggestions = suggestTechnicians({ area: call.customer.area, skill: call.product.kind }, team, jobs);
            const choose = (s: TechnicianSuggestion) => onDispatch({ call, technician: s, suggestion: reasonsText(s.reasons, t) });
            return (
              <tr key={call.id} data-call={call.number}>
                <td>
                  <span className="svc-number">{call.number}</span>
                  {call.status === 'waitingParts' && <span className="svc-tag">{t('service.status.waitingParts')}</span>}
                  {storeDay(call.receivedAt, timeZone) < today && <span className="svc-tag">{t('service.board.carried')}</span>}
                  <div className="muted">{serviceTimeText(call.receivedAt, timeZone)}</div>
                </td>
                <td>
                  {call.customer.name} · {call.customer.phone}
                  <div className="muted">
                    {t(`service.area.${call.customer.area}`)} · {call.customer.address}
                  </div>
                </td>
                <td>
                  {t(`service.skill.${call.product.kind}`)} · {call.product.name}
                  <div className="muted">{call.problem}</div>
                </td>
                <td>
                  {t(`service.requestType.${call.requestType}`)} · {t(`service.serviceType.${call.serviceType}`)}
                </td>
                <td>{visitText(call.appointment?.visitAt, timeZone, t)}</td>
                <td className={deadline < now ? 'svc-overdue' : undefined}>{targetText(deadline, now, timeZone, t)}</td>
                <td>
                  {suggestions.length === 0 ? (
                    <span className="muted">{t('service.board.noTechnicians')}</span>
                  ) : (
                    <div className="svc-suggest">
                      {suggestions.slice(0, SHOWN_SUGGESTIONS).map((s) => (
                        <button
                          key={s.staffNo}
                          type="button"
                          disabled={pending}
                          onClick={() => choose(s)}
                          aria-label={t('service.board.dispatchAria', { number: call.number, name: s.name, reasons: reasonsText(s.reasons, t) })}
                        >
                          {s.name}
                          <small>{reasonsText(s.reasons, t)}</small>
                        </button>
                      ))}
                      {suggestions.length > SHOWN_SUGGESTIONS && <OtherTechnician number={call.number} others={suggestions.slice(SHOWN_SUGGESTIONS)} pending={pending} onChoose={choose} />}
                    </div>
                  )}
                </td>
                <td>
                  <AppointmentButton call={call} onAppointment={onAppointment} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <ShowMoreButton hidden={hidden} onMore={more} />
    </>
  );
}

/** The technicians past the first few: chosen from a list, sent with the button beside it. */
function OtherTechnician({ number, others, pending, onChoose }: { readonly number: string; readonly others: readonly TechnicianSuggestion[]; readonly pending: boolean; readonly onChoose: (s: TechnicianSuggestion) => void }) {
  const { t } = useT();
  const [chosen, setChosen] = useState('');
  const picked = others.find((s) => s.staffNo === chosen);
  return (
    <div className="row">
      <select aria-label={t('service.board.otherFor', { number })} value={chosen} onChange={(e) => setChosen(e.target.value)}>
        <option value="">{t('service.board.other')}</option>
        {others.map((s) => (
          <option key={s.staffNo} value={s.staffNo}>
            {s.name} · {reasonsText(s.reasons, t)}
          </option>
        ))}
      </select>
      <button type="button" disabled={pending || !picked} onClick={() => picked && onChoose(picked)}>
        {t('service.board.dispatch')}
      </button>
    </div>
  );
}
