import { mayActOnCall } from '../../../shared/domain/service/ownJobs';
import { SERVICE_CALL_RECORD_TYPE, SERVICE_SCHEMA_VERSION, type ServiceEntry, type ServiceEntryType } from '../../../shared/domain/service/entries';
import { applyServiceEntry } from '../../../shared/domain/service/projection';
import { checkServiceStep, type ServiceStep } from '../../../shared/domain/service/steps';
import type { ServiceRefusalReason } from '../../../shared/domain/service/types';
import type { DeskCommand } from '../../../shared/domain/permissions';
import type { StaffMember } from '../../../shared/domain/staff';
import { appointmentInput, cancelInput, dispatchInput, serviceCallInput, visitInput } from '../../../shared/schema/service';
import type { DeskContext } from '../context';
import type { ServiceCallRow } from '../database';
import { DeskError } from '../errors';
import { serviceCallRow } from '../projectors';
import { writeEntries, type WriteTx } from '../writePath';

/**
 * 叫修登记: a call taken at the desk or by phone. `draftId` is made when the
 * form opens and becomes the call's id, so a second click gives back the
 * same call instead of registering another.
 */
export async function registerServiceCall(ctx: DeskContext, draftId: string, raw: unknown): Promise<ServiceCallRow> {
  const input = serviceCallInput.parse(raw);
  return writeEntries(ctx, 'service.registerCall', async (tx) => {
    const existing = await tx.db.serviceCalls.get(draftId);
    if (existing) return existing;
    if (input.receivedAt > tx.now) throw new DeskError('error.serviceReceivedInFuture', 'receivedAt');
    const number = await tx.nextNumber('serviceCall');
    const { customerName, phone, address, area, productKind, productName, model, serial, purchaseDate, ...call } = input;
    const registered = await tx.append({
      recordType: SERVICE_CALL_RECORD_TYPE,
      recordId: draftId,
      type: 'registered',
      schemaVersion: SERVICE_SCHEMA_VERSION,
      number,
      data: {
        ...call,
        number,
        customer: { name: customerName, phone, address, area },
        product: { kind: productKind, name: productName, model, serial, purchaseDate },
      },
      summary: `${number} ${productName} · ${call.requestType}/${call.serviceType}`,
    });
    // The new call is its first entry projected, as the write path stored it: no need to read it back.
    const projected = applyServiceEntry(undefined, registered);
    if (!projected) throw new DeskError('error.unexpected');
    return serviceCallRow(projected);
  });
}

async function saved(tx: WriteTx, id: string): Promise<ServiceCallRow> {
  const row = await tx.db.serviceCalls.get(id);
  // The projection judges the entry once more; the checks before make a refusal here a bug, and the throw undoes the write.
  if (!row) throw new DeskError('error.unexpected');
  return row;
}

type StepData<T extends ServiceEntryType> = Extract<ServiceEntry, { readonly type: T }>['data'];

/** What a step may add to its entry: the approver (number + PIN checked before), and a check of its own inside the transaction. */
export interface StepOptions {
  readonly approvedBy?: string | undefined;
  readonly check?: ((call: ServiceCallRow, tx: WriteTx) => Promise<void> | void) | undefined;
}

/** A step's data made inside its transaction, when it needs the call, the person or a number handed out there (a goods receipt's). */
export type StepDataOf<T extends ServiceEntryType> = (call: ServiceCallRow, tx: WriteTx, me: StaffMember) => Promise<StepData<T>> | StepData<T>;

/** Refusals about the money typed (paid work's quote): shown at the form's fee field. */
const REFUSAL_FIELD: Partial<Record<ServiceRefusalReason, string>> = { noAgreedQuote: 'fee', feeAboveQuote: 'fee' };

/** One step on a call, run as `command` (who may: the permission table), whether its state allows it (the same rule the projection applies), the entry. */
export async function takeStep<T extends ServiceEntryType>(
  ctx: DeskContext,
  callId: string,
  type: T,
  command: DeskCommand,
  stepData: StepData<T> | StepDataOf<T>,
  options: StepOptions = {},
): Promise<ServiceCallRow> {
  return writeEntries(ctx, command, async (tx) => {
    const call = await tx.db.serviceCalls.get(callId);
    if (!call) throw new DeskError('error.serviceCallNotFound');
    const me = tx.member;
    // A number taken here and then refused below is given back: the throw undoes the whole transaction.
    const data = typeof stepData === 'function' ? await stepData(call, tx, me) : stepData;
    // The generic type and its data are one entry's; TypeScript cannot see the pair through T.
    const check = checkServiceStep(call, { type, by: ctx.session.staffNo, data } as ServiceStep);
    if (!check.ok) throw new DeskError(`error.serviceStep.${check.reason}`, REFUSAL_FIELD[check.reason]);
    await options.check?.(call, tx);
    await tx.append({
      recordType: SERVICE_CALL_RECORD_TYPE,
      recordId: callId,
      type,
      schemaVersion: SERVICE_SCHEMA_VERSION,
      number: call.number,
      data,
      approvedBy: options.approvedBy,
      summary: `${call.number} ${type}`,
    });
    const after = await saved(tx, callId);
    if (after.conflicts.length > call.conflicts.length) throw new DeskError('error.unexpected');
    return after;
  });
}

/** The visit agreed with the customer by phone; moving an agreed visit needs the reason the customer was told. */
export async function setAppointment(ctx: DeskContext, callId: string, raw: unknown): Promise<ServiceCallRow> {
  const input = appointmentInput.parse(raw);
  const call = await ctx.db.serviceCalls.get(callId);
  if (call?.appointment && !input.reason) throw new DeskError('error.required', 'reason');
  return takeStep(ctx, callId, 'appointmentSet', 'service.setAppointment', input);
}

/** The service supervisor sends a technician (the suggestion shown is kept with it). */
export async function dispatchCall(ctx: DeskContext, callId: string, raw: unknown): Promise<ServiceCallRow> {
  const input = dispatchInput.parse(raw);
  const tech = await ctx.db.staff.get(input.technician);
  if (!tech || !tech.active || tech.role !== 'technician') throw new DeskError('error.notATechnician', 'technician');
  return takeStep(ctx, callId, 'dispatched', 'service.dispatch', input);
}

/** The technician takes the job: only the one it was dispatched to, signed in themself. */
export function acceptJob(ctx: DeskContext, callId: string): Promise<ServiceCallRow> {
  return takeStep(ctx, callId, 'accepted', 'service.acceptJob', {});
}

/** Back at the desk: how the visit ended, time on site, parts, fee, the signed voucher; a done job closes the call. */
export async function recordVisit(ctx: DeskContext, callId: string, raw: unknown): Promise<ServiceCallRow> {
  const input = visitInput.parse(raw);
  const call = await ctx.db.serviceCalls.get(callId);
  if (!call?.dispatch) throw new DeskError('error.serviceStep.notDispatched');
  if (input.arrivedAt > ctx.clock.now()) throw new DeskError('error.serviceArrivedInFuture', 'arrivedAt');
  if (input.arrivedAt < call.receivedAt) throw new DeskError('error.serviceArrivedBeforeCall', 'arrivedAt');
  const { fee, invoiceNo, ...rest } = input;
  const technician = call.dispatch.technician;
  // The desk records any visit; a technician back at the desk records their own jobs only.
  return takeStep(ctx, callId, 'visitRecorded', 'service.recordVisit', (current, _, me) => {
    if (!mayActOnCall(me.role, me.staffNo, current)) throw new DeskError('error.serviceStep.notYourJob');
    return { ...rest, feeFen: fee, invoiceNo, technician };
  });
}

export async function cancelServiceCall(ctx: DeskContext, callId: string, raw: unknown): Promise<ServiceCallRow> {
  return takeStep(ctx, callId, 'cancelled', 'service.cancelCall', cancelInput.parse(raw));
}
