import { newId } from '../../../shared/domain/ids';
import { endRefusal, NAMING_REFUSAL_FIELD, namingRefusal, type NamingRefusal } from '../../../shared/domain/acting/rules';
import { ACTING_RECORD_TYPE, ACTING_SCHEMA_VERSION, type ActingEntry, type ActingWindow } from '../../../shared/domain/acting/types';
import { formatInZone } from '../../../shared/domain/clock';
import { actingEndInput, actingNameInput } from '../../../shared/schema/acting';
import type { DeskContext } from '../context';
import { DeskError } from '../errors';
import { writeEntries, type WriteTx } from '../writePath';

type ActingData<T extends ActingEntry['type']> = Extract<ActingEntry, { readonly type: T }>['data'];

/** The field message of each naming refusal (the form shows it at the field it names). */
const NAMING_CODES: Readonly<Record<NamingRefusal, string>> = {
  namerNotSupervisor: 'error.acting.namerNotSupervisor',
  self: 'error.acting.self',
  unknownAssistant: 'error.acting.unknownAssistant',
  assistantInactive: 'error.acting.assistantInactive',
  assistantNotLead: 'error.acting.assistantNotLead',
  fromInPast: 'error.acting.fromInPast',
  untilNotAfterFrom: 'error.acting.untilNotAfterFrom',
  tooLong: 'error.acting.tooLong',
};

async function saved(tx: WriteTx, id: string): Promise<ActingWindow> {
  const row = await tx.db.actingWindows.get(id);
  if (!row) throw new DeskError('error.unexpected');
  return row;
}

const timeText = (at: number, timeZone: string) => formatInZone(at, 'yyyy-MM-dd HH:mm', timeZone);

/**
 * 指定主管助理: the supervisor signed in names a desk lead who acts as
 * supervisor from `from` until `until`. The window acts for the one who
 * names it (from the session); it ends by itself at `until`.
 */
export async function nameAssistant(ctx: DeskContext, raw: unknown): Promise<ActingWindow> {
  const input = actingNameInput.parse(raw);
  const { timeZone } = ctx.session;
  return writeEntries(ctx, 'acting.name', async (tx) => {
    const assistant = await tx.db.staff.get(input.assistant);
    const refusal = namingRefusal(tx.member, assistant, input, tx.now);
    if (refusal) throw new DeskError(NAMING_CODES[refusal], NAMING_REFUSAL_FIELD[refusal], { staffNo: input.assistant });
    const id = newId(tx.now);
    const data: ActingData<'named'> = { assistant: input.assistant, actingFor: tx.member.staffNo, from: input.from, until: input.until };
    await tx.append({
      recordType: ACTING_RECORD_TYPE,
      recordId: id,
      type: 'named',
      schemaVersion: ACTING_SCHEMA_VERSION,
      data,
      summary: `${input.assistant} ${assistant?.name ?? ''} → ${tx.member.staffNo} ${tx.member.name} ${timeText(input.from, timeZone)}–${timeText(input.until, timeZone)}`,
    });
    return saved(tx, id);
  });
}

/** 提前结束: the supervisor is back before `until`; the window stays on record, ended. */
export async function endActingWindow(ctx: DeskContext, id: string, raw: unknown): Promise<ActingWindow> {
  const input = actingEndInput.parse(raw);
  return writeEntries(ctx, 'acting.end', async (tx) => {
    const window = await tx.db.actingWindows.get(id);
    const refusal = endRefusal(window, tx.now);
    if (refusal || !window) throw new DeskError(refusal === 'alreadyOver' ? 'error.acting.alreadyOver' : 'error.acting.unknownWindow');
    const data: ActingData<'ended'> = { reason: input.reason };
    await tx.append({
      recordType: ACTING_RECORD_TYPE,
      recordId: id,
      type: 'ended',
      schemaVersion: ACTING_SCHEMA_VERSION,
      data,
      summary: `${window.assistant} → ${window.actingFor}${input.reason ? ` ${input.reason}` : ''}`,
    });
    return saved(tx, id);
  });
}
