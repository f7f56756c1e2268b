import { applyCharityEventEntry } from '../../../shared/domain/charity/projection';
import { checkCharityHandOut, checkCharityPledge } from '../../../shared/domain/charity/rules';
import { CHARITY_SCHEMA_VERSION, type CharityEvent, type CharityGoods } from '../../../shared/domain/charity/types';
import { GIFT_STOCK_SCHEMA_VERSION, giftStockId } from '../../../shared/domain/gifts/projection';
import { giftOf } from '../../../shared/domain/gifts/rules';
import { formatYuan } from '../../../shared/domain/money';
import { charityEventInput, charityHandOutInput, type CharityHandOut } from '../../../shared/schema/charity';
import { approve, type Approval } from '../approval';
import type { DeskContext } from '../context';
import type { DeskDatabase } from '../database';
import { DeskError } from '../errors';
import { giftRefusalError } from '../gifts/refusal';
import { writeEntries } from '../writePath';

/** The pledged goods as the event keeps them, read from the gift stock and its campaign; refused at the field when not on the shelf. */
async function pledgedGoods(db: DeskDatabase, timeZone: string, stockId: string | undefined, quantity: number | undefined): Promise<CharityGoods | undefined> {
  if (!stockId || quantity === undefined) return undefined;
  const stock = await db.giftStocks.get(stockId);
  const campaign = stock && (await db.campaigns.get(stock.campaignId));
  const gift = campaign && giftOf(campaign, stock.giftId);
  if (!stock || !gift) throw new DeskError('error.charityPickGift', 'stockId');
  const check = checkCharityPledge(stock, gift.name, quantity);
  if (!check.ok) throw await giftRefusalError(db, check, timeZone);
  return { campaignId: stock.campaignId, giftId: stock.giftId, giftName: gift.name, quantity, valueFen: gift.valueFen };
}

/** The event's checks without writing: run before a supervisor is called over, so a quantity beyond the stock is said at the field first. */
export async function checkCharityEvent(ctx: DeskContext, raw: unknown): Promise<void> {
  const input = charityEventInput.parse(raw);
  await pledgedGoods(ctx.db, ctx.session.timeZone, input.stockId, input.quantity);
}

/**
 * 公益赞助 recorded: name, day, to whom, and what the store gives (gift
 * stock and/or money). A supervisor approves it with number + PIN, as goods
 * and money leave the store without a sale. The event gets its GY number;
 * `draftId` makes a double submit record it once.
 */
export async function defineCharityEvent(ctx: DeskContext, draftId: string, raw: unknown, approval: Approval): Promise<CharityEvent> {
  const input = charityEventInput.parse(raw);
  const approvedBy = await approve(ctx, approval, 'charity.approveEvent');
  return writeEntries(ctx, 'charity.define', async (tx) => {
    const existing = await tx.db.charityEvents.get(draftId);
    if (existing) return existing;
    const goods = await pledgedGoods(tx.db, ctx.session.timeZone, input.stockId, input.quantity);
    const number = await tx.nextNumber('charityEvent');
    const given = [goods && `${goods.giftName} x${goods.quantity}`, input.money !== undefined && `¥${formatYuan(input.money)}`].filter(Boolean).join(' + ');
    const defined = await tx.append({
      recordType: 'charityEvent',
      recordId: draftId,
      type: 'defined',
      schemaVersion: CHARITY_SCHEMA_VERSION,
      number,
      approvedBy,
      data: { number, name: input.name, day: input.day, recipientKind: input.recipientKind, recipient: input.recipient, goods, moneyFen: input.money, note: input.note },
      summary: `${number} ${input.name} → ${input.recipient}: ${given}`,
    });
    return applyCharityEventEntry(undefined, defined)!;
  });
}

/** The hand-out's rules on the facts as they stand: the event, and the pledged gift's stock. */
async function checkedHandOut(db: DeskDatabase, timeZone: string, eventId: string, input: CharityHandOut): Promise<{ event: CharityEvent; stockId: string | undefined }> {
  const event = await db.charityEvents.get(eventId);
  if (!event) throw new DeskError('error.unknownRecord');
  const stockId = event.goods && giftStockId(event.goods.campaignId, event.goods.giftId);
  const stock = stockId ? await db.giftStocks.get(stockId) : undefined;
  const check = checkCharityHandOut({ event, stock, quantity: input.quantity, moneyFen: input.money });
  if (!check.ok) throw await giftRefusalError(db, check, timeZone);
  return { event, stockId };
}

/** The hand-out's checks without writing: run before the clerk confirms, so a quantity beyond the stock is said at the field first. */
export async function checkCharityHandOutNow(ctx: DeskContext, eventId: string, raw: unknown): Promise<void> {
  await checkedHandOut(ctx.db, ctx.session.timeZone, eventId, charityHandOutInput.parse(raw));
}

/**
 * Hands the event's gift over to the recipient's representative: every rule
 * is checked inside the write transaction (once, within what was approved,
 * goods on the shelf); then ONE transaction appends the event's 'handedOut'
 * and, for goods, the gift stock's 'donated', so the stock and the
 * reconciliation count it at once.
 */
export async function handOutCharity(ctx: DeskContext, eventId: string, raw: unknown): Promise<CharityEvent> {
  const input = charityHandOutInput.parse(raw);
  return writeEntries(ctx, 'charity.handOut', async (tx) => {
    const { event, stockId } = await checkedHandOut(tx.db, ctx.session.timeZone, eventId, input);
    await tx.append({
      recordType: 'charityEvent',
      recordId: event.id,
      type: 'handedOut',
      schemaVersion: CHARITY_SCHEMA_VERSION,
      number: event.number,
      data: { representative: input.representative, phone: input.phone, quantity: input.quantity, moneyFen: input.money },
      summary: `${event.number} → ${event.recipient} (${input.representative})${input.quantity ? ` x${input.quantity}` : ''}${input.money ? ` ¥${formatYuan(input.money)}` : ''}`,
    });
    if (stockId && event.goods && input.quantity > 0) {
      await tx.append({
        recordType: 'giftStock',
        recordId: stockId,
        type: 'donated',
        schemaVersion: GIFT_STOCK_SCHEMA_VERSION,
        number: event.number,
        data: { eventId: event.id, eventNumber: event.number, quantity: input.quantity },
        summary: `${event.number} ${event.goods.giftName} -${input.quantity}`,
      });
    }
    const saved = await tx.db.charityEvents.get(event.id);
    if (!saved) throw new DeskError('error.unexpected');
    return saved;
  });
}
