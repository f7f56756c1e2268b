import type { IsoDate } from '../../../../shared/domain/calendar/days';
import { daysUntilEnd, type ContractState } from '../../../../shared/domain/service/contract';
import type { MaintenanceContractRow } from '../../../db/database';
import { useT } from '../../../i18n';
import { daysLeftText } from './contractWords';

/** Who the contract is with, what it covers and until when, with its state today. */
export function ContractFacts({ contract, state, today }: { readonly contract: MaintenanceContractRow; readonly state: ContractState; readonly today: IsoDate }) {
  const { t } = useT();
  const { customer } = contract;
  return (
    <>
      <dl className="svc-job" data-testid="contract-facts">
        <dt>{t('contracts.col.number')}</dt>
        <dd>
          <span className="svc-number">{contract.number}</span>
          <span className={state === 'active' ? 'muted' : 'svc-tag'}>
            {' '}
            {t(`contracts.state.${state}`)}
            {state === 'expiring' && ` · ${daysLeftText(daysUntilEnd(contract, today), t)}`}
          </span>
        </dd>
        <dt>{t('contracts.col.customer')}</dt>
        <dd>
          {customer.name} · {customer.phone} · {customer.address} · {t(`service.area.${customer.area}`)}
        </dd>
        <dt>{t('contracts.col.period')}</dt>
        <dd>{t('contracts.period', { start: contract.start, end: contract.end })}</dd>
      </dl>
      <table className="svc-table" aria-label={t('contracts.section.products')}>
        <thead>
          <tr>
            <th>{t('service.field.productKind')}</th>
            <th>{t('service.field.productName')}</th>
            <th>{t('contracts.col.model')}</th>
            <th>{t('contracts.col.serial')}</th>
          </tr>
        </thead>
        <tbody>
          {contract.products.map((p, i) => (
            <tr key={i}>
              <td>{t(`service.skill.${p.kind}`)}</td>
              <td>{p.name}</td>
              <td>{p.model || '—'}</td>
              <td>{p.serial || '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
