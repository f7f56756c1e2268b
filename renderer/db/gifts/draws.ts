import { drawWinners, parseParticipants } from '../../../shared/domain/gifts/draw';
import { GIFTS_SCHEMA_VERSION } from '../../../shared/domain/gifts/projection';
import type { Draw } from '../../../shared/domain/gifts/types';
import { drawInput, prizeHandoutInput } from '../../../shared/schema/gifts';
import type { DeskContext } from '../context';
import { DeskError } from '../errors';
import { writeEntries } from '../writePath';

/**
 * Draws and records a lottery: the winners come from the pure seeded draw,
 * and the record keeps seed, participants and tiers so the draw can be
 * re-run and checked by anyone. `draftId` records it once on a double click.
 */
export async function recordDraw(ctx: DeskContext, draftId: string, raw: unknown): Promise<Draw> {
  const input = drawInput.parse(raw);
  const { participants } = parseParticipants(input.participants);
  if (participants.length === 0) throw new DeskError('error.drawNoParticipants', 'participants');
  const tiers = input.tiers.map((t) => ({ name: t.name, prize: t.prize, quantity: t.quantity }));
  const { winners } = drawWinners(input.seed, participants, tiers);
  return writeEntries(ctx, 'draws.record', async (tx) => {
    const existing = await tx.db.draws.get(draftId);
    if (existing) return existing;
    const number = await tx.nextNumber('draw');
    await tx.append({
      recordType: 'draw',
      recordId: draftId,
      type: 'drawn',
      schemaVersion: GIFTS_SCHEMA_VERSION,
      number,
      data: { number, name: input.name, campaignId: input.campaignId, seed: input.seed, participants, tiers, winners },
      summary: `${number} ${input.name} seed ${input.seed}: ${participants.length} participants, ${winners.length} winners`,
    });
    return (await tx.db.draws.get(draftId))!;
  });
}

/** A winner collected the prize: recorded once. */
export async function markPrizeHandedOut(ctx: DeskContext, raw: unknown): Promise<Draw> {
  const input = prizeHandoutInput.parse(raw);
  return writeEntries(ctx, 'draws.prizeHandedOut', async (tx) => {
    const draw = await tx.db.draws.get(input.drawId);
    if (!draw) throw new DeskError('error.unknownRecord');
    const win = draw.winners.find((w) => w.participant === input.participant);
    if (!win) throw new DeskError('error.notAWinner', undefined, { participant: input.participant });
    if (draw.handedOut.includes(win.participant)) throw new DeskError('error.prizeAlreadyHandedOut', undefined, { participant: win.participant });
    await tx.append({
      recordType: 'draw',
      recordId: draw.id,
      type: 'prizeHandedOut',
      schemaVersion: GIFTS_SCHEMA_VERSION,
      number: draw.number,
      data: { participant: win.participant, tier: win.tier },
      summary: `${draw.number} ${win.tier} ${win.participant}`,
    });
    return (await tx.db.draws.get(draw.id))!;
  });
}
