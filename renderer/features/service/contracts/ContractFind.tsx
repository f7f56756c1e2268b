import { useEffect, useRef, useState } from 'react';
import { DEFAULT_TIME_ZONE, storeDay } from '../../../../shared/domain/clock';
import { useServices } from '../../../app/services';
import { useSession } from '../../../app/session';
import { ScanInput } from '../../../components/ScanInput';
import { useSubmit } from '../../../components/useSubmit';
import type { MaintenanceContractRow } from '../../../db/database';
import { DeskError } from '../../../db/errors';
import { findContracts } from '../../../db/service/contractQueries';
import { useT } from '../../../i18n';
import { ContractList } from './ContractList';

/** 合同查询: a contract number (scanned or typed) or the customer's phone, whole or its last four digits or more. */
export function ContractFind({ onOpen }: { readonly onOpen: (id: string) => void }) {
  const { t } = useT();
  const { db, clock } = useServices();
  const timeZone = useSession((s) => s.profile?.timeZone) ?? DEFAULT_TIME_ZONE;
  const [found, setFound] = useState<readonly MaintenanceContractRow[]>();
  const results = useRef<HTMLDivElement>(null);
  const find = useSubmit(async (typed: string) => {
    setFound(undefined);
    const rows = await findContracts(db, typed);
    if (rows.length === 0) throw new DeskError('error.contractNotFound', 'scan');
    setFound(rows);
  });
  // Found: the keyboard goes to the first contract, Enter opens it.
  useEffect(() => results.current?.querySelector<HTMLButtonElement>('button')?.focus(), [found]);
  return (
    <div>
      <ScanInput label={t('contracts.find.label')} onScan={(text) => void find.submit(text)} error={find.errors.fields.scan ?? find.errors.form?.code} busy={find.pending} />
      <div ref={results}>{found && <ContractList label={t('contracts.find.results', { count: found.length })} rows={found} today={storeDay(clock.now(), timeZone)} onOpen={onOpen} />}</div>
    </div>
  );
}
