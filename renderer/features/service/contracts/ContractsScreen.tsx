import { useT } from '../../../i18n';
import { ContractDetail } from './ContractDetail';
import { ContractFind } from './ContractFind';
import { CONTRACT_TABS, useContractsStore } from './contractsStore';
import { ExpiryList } from './ExpiryList';
import { NewContract } from './NewContract';
import '../service.css';
import './contracts.css';

/** 保养合同: find a contract, sign a new one, and the ones to renew (即将到期); a contract opens with its terms, calls and renewal. */
export function ContractsScreen() {
  const { t } = useT();
  const tab = useContractsStore((s) => s.tab);
  const openId = useContractsStore((s) => s.openId);
  const notice = useContractsStore((s) => s.notice);
  const show = useContractsStore((s) => s.show);
  const open = useContractsStore((s) => s.open);
  if (openId) return <ContractDetail key={openId} contractId={openId} notice={notice} onClose={() => open(undefined)} />;
  return (
    <section className="panel" aria-labelledby="contracts-title">
      <h1 id="contracts-title">{t('contracts.title')}</h1>
      <div className="ct-tabs" role="group" aria-label={t('contracts.title')}>
        {CONTRACT_TABS.map((k) => (
          <button key={k} type="button" aria-pressed={tab === k} className={tab === k ? 'primary' : undefined} onClick={() => show(k)}>
            {t(`contracts.tab.${k}`)}
          </button>
        ))}
      </div>
      {tab === 'find' && <ContractFind onOpen={(id) => open(id)} />}
      {tab === 'new' && <NewContract />}
      {tab === 'expiring' && <ExpiryList onOpen={(id) => open(id)} />}
    </section>
  );
}
