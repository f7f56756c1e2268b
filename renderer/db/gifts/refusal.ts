import { formatInZone } from '../../../shared/domain/clock';
import type { GiftRefusal } from '../../../shared/domain/gifts/rules';
import { formatYuan } from '../../../shared/domain/money';
import type { DeskDatabase } from '../database';
import { DeskError } from '../errors';
import { staffNameOf } from '../staffName';

/** Parameters that are money (fen) or instants (UTC ms) in a refusal: shown as yuan and store time. */
const MONEY = new Set(['amount', 'threshold', 'missing']);
const TIME = new Set(['start', 'end', 'at']);

/**
 * A pure rule's refusal as the error the clerk reads: amounts in yuan, times
 * in the store's zone, and a staff number with the name when it is known.
 */
export async function giftRefusalError(db: DeskDatabase, refusal: GiftRefusal, timeZone: string): Promise<DeskError> {
  const params: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(refusal.params)) {
    if (typeof value === 'number' && MONEY.has(key)) params[key] = formatYuan(value);
    else if (typeof value === 'number' && TIME.has(key)) params[key] = formatInZone(value, 'yyyy-MM-dd HH:mm', timeZone);
    else params[key] = value;
  }
  if (typeof params.by === 'string') params.by = await staffNameOf(db, params.by);
  return new DeskError(refusal.code, refusal.field, params);
}
