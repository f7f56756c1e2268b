import { addDays } from '../../../shared/domain/calendar/days';
import { storeDay } from '../../../shared/domain/clock';
import { CONTRACT_RECORD_TYPE, CONTRACT_SCHEMA_VERSION, renewalRefusal, termRefusal, type ContractEntry } from '../../../shared/domain/service/contract';
import { contractInput, renewalInput, type RenewalInput } from '../../../shared/schema/contract';
import type { DeskContext } from '../context';
import type { MaintenanceContractRow } from '../database';
import { DeskError } from '../errors';
import { writeEntries, type WriteTx } from '../writePath';

type ContractData<T extends ContractEntry['type']> = Extract<ContractEntry, { readonly type: T }>['data'];

async function saved(tx: WriteTx, id: string): Promise<MaintenanceContractRow> {
  const row = await tx.db.maintenanceContracts.get(id);
  // The projection judges the entry once more; the checks before make a refusal here a bug, and the throw undoes the write.
  if (!row) throw new DeskError('error.unexpected');
  return row;
}

/**
 * 签订维修保养合同. `draftId` is made when the form opens and becomes the
 * contract's id, so a second click gives back the same contract instead of
 * signing another. A contract whose end has already passed is refused.
 */
export async function signContract(ctx: DeskContext, draftId: string, raw: unknown): Promise<MaintenanceContractRow> {
  const input = contractInput.parse(raw);
  return writeEntries(ctx, 'service.signContract', async (tx) => {
    const existing = await tx.db.maintenanceContracts.get(draftId);
    if (existing) return existing;
    if (input.end < storeDay(tx.now, ctx.session.timeZone)) throw new DeskError('error.contractEndPassed', 'end');
    const number = await tx.nextNumber('maintenanceContract');
    const { customerName, phone, address, area, fee, ...terms } = input;
    const data: ContractData<'signed'> = { ...terms, number, customer: { name: customerName, phone, address, area }, feeFen: fee };
    await tx.append({
      recordType: CONTRACT_RECORD_TYPE,
      recordId: draftId,
      type: 'signed',
      schemaVersion: CONTRACT_SCHEMA_VERSION,
      number,
      data,
      summary: `${number} ${customerName} ${input.start}–${input.end}`,
    });
    return saved(tx, draftId);
  });
}

/** A renewal's checks against the contract: the screen asks them before its confirmation, the write again inside its transaction. */
export function checkRenewal(contract: Pick<MaintenanceContractRow, 'end'>, input: Pick<RenewalInput, 'end'>): void {
  if (renewalRefusal(contract, input.end)) throw new DeskError('error.contractRenewalNotLater', 'end', { end: contract.end });
  if (termRefusal(addDays(contract.end, 1), input.end) === 'termTooLong') throw new DeskError('error.contractTermTooLong', 'end');
}

/** 续签: a new term from the day after the current end to a later end, with its own visits and fee. */
export async function renewContract(ctx: DeskContext, contractId: string, raw: unknown): Promise<MaintenanceContractRow> {
  const input = renewalInput.parse(raw);
  return writeEntries(ctx, 'service.renewContract', async (tx) => {
    const contract = await tx.db.maintenanceContracts.get(contractId);
    if (!contract) throw new DeskError('error.contractNotFound');
    checkRenewal(contract, input);
    const data: ContractData<'renewed'> = { end: input.end, visits: input.visits, feeFen: input.fee };
    await tx.append({
      recordType: CONTRACT_RECORD_TYPE,
      recordId: contractId,
      type: 'renewed',
      schemaVersion: CONTRACT_SCHEMA_VERSION,
      number: contract.number,
      data,
      summary: `${contract.number} → ${input.end}`,
    });
    const after = await saved(tx, contractId);
    if (after.conflicts.length > contract.conflicts.length) throw new DeskError('error.unexpected');
    return after;
  });
}
