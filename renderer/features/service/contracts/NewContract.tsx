import { useEffect } from 'react';
import { storeDay } from '../../../../shared/domain/clock';
import { newId } from '../../../../shared/domain/ids';
import { useServices } from '../../../app/services';
import { useDeskContext } from '../../../app/useDeskContext';
import { useSubmit } from '../../../components/useSubmit';
import { signContract } from '../../../db/service/contracts';
import { useT } from '../../../i18n';
import { blankContract } from './contractDraft';
import { ContractForm } from './ContractForm';
import { useContractsStore } from './contractsStore';

/**
 * 新签合同: bad input is a message at its field and nothing is written; the
 * draft id made when the form opens makes a double click sign once. Signed,
 * the contract opens with its number to tell the customer.
 */
export function NewContract() {
  const { t } = useT();
  const { clock } = useServices();
  const ctx = useDeskContext();
  const draft = useContractsStore((s) => s.draft);
  const setDraft = useContractsStore((s) => s.setDraft);
  const open = useContractsStore((s) => s.open);
  const change = useContractsStore((s) => s.changeFields);
  useEffect(() => {
    if (!draft) setDraft({ fields: blankContract(storeDay(clock.now(), ctx.session.timeZone)), draftId: newId() });
  });
  const save = useSubmit(async () => {
    if (!draft) return;
    const signed = await signContract(ctx, draft.draftId, draft.fields);
    setDraft(undefined);
    open(signed.id, t('contracts.new.done', { number: signed.number }));
  });
  if (!draft) return null;
  return <ContractForm fields={draft.fields} change={change} errors={save.errors} pending={save.pending} onSubmit={() => void save.submit()} />;
}
