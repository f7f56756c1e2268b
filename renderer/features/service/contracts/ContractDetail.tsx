import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { DEFAULT_TIME_ZONE, formatInZone, storeDay } from '../../../../shared/domain/clock';
import { contractState } from '../../../../shared/domain/service/contract';
import { usesContractVisit, visitsByTerm } from '../../../../shared/domain/service/contractVisits';
import { useServices } from '../../../app/services';
import { useSession } from '../../../app/session';
import { useStaffNames } from '../../../components/useStaffNames';
import { customerCalls } from '../../../db/service/contractQueries';
import { useT } from '../../../i18n';
import { ContractFacts } from './ContractFacts';
import { ContractTerms } from './ContractTerms';
import { RenewForm } from './RenewForm';

/**
 * One contract: who and what it covers, its terms (each renewal one) with the
 * visits used of those included, the customer's service calls, and renewal.
 */
export function ContractDetail({ contractId, notice, onClose }: { readonly contractId: string; readonly notice?: string | undefined; readonly onClose: () => void }) {
  const { t } = useT();
  const { db, clock } = useServices();
  const timeZone = useSession((s) => s.profile?.timeZone) ?? DEFAULT_TIME_ZONE;
  const who = useStaffNames();
  const [renewing, setRenewing] = useState(false);
  const [done, setDone] = useState(notice);
  const data = useLiveQuery(async () => {
    const contract = await db.maintenanceContracts.get(contractId);
    return contract ? { contract, calls: await customerCalls(db, contract.customer.phone) } : null;
  }, [db, contractId]);
  if (data === undefined) return null;
  if (data === null) return <p className="form-error">{t('error.contractNotFound')}</p>;
  const { contract, calls } = data;
  const today = storeDay(clock.now(), timeZone);
  return (
    <section className="panel" aria-labelledby="contract-detail-title">
      <h1 id="contract-detail-title">{t('contracts.detail.title', { number: contract.number })}</h1>
      {done && (
        <p className="notice notice--ok" role="status">
          {done}
        </p>
      )}
      <ContractFacts contract={contract} state={contractState(contract, today)} today={today} />
      <ContractTerms terms={visitsByTerm(contract.terms, calls, timeZone)} who={who} timeZone={timeZone} />
      {renewing ? (
        <RenewForm
          contract={contract}
          onCancel={() => setRenewing(false)}
          onDone={(text) => {
            setRenewing(false);
            setDone(text);
          }}
        />
      ) : (
        <div className="actions">
          <button type="button" onClick={onClose}>
            {t('action.back')}
          </button>
          <button
            type="button"
            className="primary"
            onClick={() => {
              setDone(undefined);
              setRenewing(true);
            }}
          >
            {t('contracts.renew.open')}
          </button>
        </div>
      )}
      <h2>{t('contracts.calls.title', { phone: contract.customer.phone })}</h2>
      {calls.length === 0 ? (
        <p className="muted">{t('contracts.calls.none')}</p>
      ) : (
        <table className="svc-table" aria-label={t('contracts.calls.title', { phone: contract.customer.phone })}>
          <thead>
            <tr>
              <th>{t('service.col.number')}</th>
              <th>{t('contracts.calls.receivedAt')}</th>
              <th>{t('service.col.product')}</th>
              <th>{t('service.field.requestType')}</th>
              <th>{t('service.field.serviceType')}</th>
              <th>{t('contracts.calls.status')}</th>
              <th>{t('contracts.calls.counts')}</th>
            </tr>
          </thead>
          <tbody>
            {calls.map((c) => (
              <tr key={c.id}>
                <td className="svc-number">{c.number}</td>
                <td>{formatInZone(c.receivedAt, 'yyyy-MM-dd HH:mm', timeZone)}</td>
                <td>
                  {c.product.name} · {c.problem}
                </td>
                <td>{t(`service.requestType.${c.requestType}`)}</td>
                <td>{t(`service.serviceType.${c.serviceType}`)}</td>
                <td>{t(`service.status.${c.status}`)}</td>
                <td>{usesContractVisit(c) ? t('contracts.calls.yes') : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
