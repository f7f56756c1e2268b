import { SERVICE_CALL_RECORD_TYPE, SERVICE_SCHEMA_VERSION } from '../../../shared/domain/service/entries';
import type { ServiceCall } from '../../../shared/domain/service/types';
import type { Role } from '../../../shared/domain/staff';
import { mayActOnCall } from '../../../shared/domain/service/ownJobs';
import type { DeskContext } from '../context';
import type { ServiceCallRow } from '../database';
import { DeskError } from '../errors';
import { writeEntries } from '../writePath';

/** The desk and the service supervisor print the voucher of any call; a technician only of a call sent to them. */
export function mayPrintVoucher(role: Role, staffNo: string, call: Pick<ServiceCall, 'dispatch'>): boolean {
  return mayActOnCall(role, staffNo, call, ['service.register', 'service.dispatch']);
}

/**
 * Records that the voucher was printed: the call's print count goes up, so
 * the printout made from it says 补打 from the second print on. Any state
 * (a closed call's voucher is reprinted for the file); who prints is read
 * from the session.
 */
export async function markVoucherPrinted(ctx: DeskContext, callId: string): Promise<ServiceCallRow> {
  return writeEntries(ctx, 'service.printVoucher', async (tx) => {
    const call = await tx.db.serviceCalls.get(callId);
    if (!call) throw new DeskError('error.serviceCallNotFound');
    const me = tx.member;
    if (!mayPrintVoucher(me.role, me.staffNo, call)) throw new DeskError('error.serviceStep.notYourJob');
    const copy = call.printCount + 1;
    await tx.append({
      recordType: SERVICE_CALL_RECORD_TYPE,
      recordId: callId,
      type: 'printed',
      schemaVersion: SERVICE_SCHEMA_VERSION,
      number: call.number,
      data: { copy: 'voucher' as const },
      summary: `${call.number} serviceVoucher${copy > 1 ? ` reprint ${copy}` : ''}`,
    });
    const after = await tx.db.serviceCalls.get(callId);
    // The projection counts every 'printed' entry; anything else here is a bug, and the throw undoes the write.
    if (after?.printCount !== copy) throw new DeskError('error.unexpected');
    return after;
  });
}
