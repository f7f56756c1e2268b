import { normalizeRecordNumber } from '../numbering';
import type { DrawTier, DrawWinner, DrawnData } from './types';

/**
 * The lottery draw, made to be checked by anyone afterwards: the record keeps
 * the seed, the participants in their order and the prize tiers, and
 * running `drawWinners` on them again gives the same winners on any machine.
 *
 * Randomness: the seed string (made on the counter with
 * crypto.getRandomValues and shown before the draw) is hashed with xmur3 into
 * four 32-bit words that start an sfc32 generator. Both are small, public,
 * well-studied non-cryptographic algorithms (xmur3 from MurmurHash3's mixer,
 * sfc32 from Chris Doty-Humphrey's PractRand suite); what makes the draw fair
 * is the unpredictable seed, what makes it checkable is that the generator
 * is plain integer arithmetic that gives the same numbers in every
 * JavaScript engine. Writing them here (a dozen lines) keeps the result
 * independent of a library version.
 */

/** xmur3: a string hash whose successive calls give independent 32-bit words. */
function xmur3(text: string): () => number {
  let h = 1779033703 ^ text.length;
  for (let i = 0; i < text.length; i += 1) {
    h = Math.imul(h ^ text.charCodeAt(i), 3432918353);
    h = (h << 13) | (h >>> 19);
  }
  return () => {
    h = Math.imul(h ^ (h >>> 16), 2246822507);
    h = Math.imul(h ^ (h >>> 13), 3266489909);
    h ^= h >>> 16;
    return h >>> 0;
  };
}

/** sfc32 ("small fast counting"): 128 bits of state, returns unsigned 32-bit words. */
function sfc32(a0: number, b0: number, c0: number, d0: number): () => number {
  let [a, b, c, d] = [a0 >>> 0, b0 >>> 0, c0 >>> 0, d0 >>> 0];
  return () => {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) >>> 0;
    return t >>> 0;
  };
}

/** The generator a seed starts; its first dozen outputs are dropped so similar seeds part ways. */
export function seededUint32(seed: string): () => number {
  const hash = xmur3(seed);
  const next = sfc32(hash(), hash(), hash(), hash());
  for (let i = 0; i < 12; i += 1) next();
  return next;
}

const TWO_32 = 0x1_0000_0000;

/**
 * A whole number in [0, n) with no bias: words from the top slice of the
 * 32-bit range that does not divide evenly by n are drawn again.
 */
export function randomBelow(next: () => number, n: number): number {
  if (!Number.isInteger(n) || n < 1 || n > TWO_32) throw new RangeError(`randomBelow: ${n}`);
  const limit = TWO_32 - (TWO_32 % n);
  for (;;) {
    const x = next();
    if (x < limit) return x % n;
  }
}

/** Fisher–Yates shuffle of a copy, driven by the seeded generator. */
export function seededShuffle<T>(items: readonly T[], seed: string): T[] {
  const out = [...items];
  const next = seededUint32(seed);
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = randomBelow(next, i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

export interface DrawOutcome {
  readonly winners: readonly DrawWinner[];
  /** Prizes left over when there were fewer participants than prizes. */
  readonly unawarded: readonly { readonly tier: string; readonly count: number }[];
}

/**
 * The draw: shuffle the participants with the seed, then hand out the tiers
 * in their listed order (first prize first) down the shuffled list. A
 * participant is in the list once (see parseParticipants), so nobody wins
 * twice; when the list runs out, the remaining prizes stay unawarded.
 */
export function drawWinners(seed: string, participants: readonly string[], tiers: readonly DrawTier[]): DrawOutcome {
  const order = seededShuffle(participants, seed);
  const winners: DrawWinner[] = [];
  const unawarded: { tier: string; count: number }[] = [];
  let next = 0;
  for (const tier of tiers) {
    const awarded = Math.max(0, Math.min(tier.quantity, order.length - next));
    for (let i = 0; i < awarded; i += 1) winners.push({ tier: tier.name, participant: order[next + i]! });
    next += awarded;
    if (awarded < tier.quantity) unawarded.push({ tier: tier.name, count: tier.quantity - awarded });
  }
  return { winners, unawarded };
}

/** Prizes left unawarded by a recorded draw (from its tiers and winners). */
export function unawardedOf(draw: Pick<DrawnData, 'tiers' | 'winners'>): DrawOutcome['unawarded'] {
  return draw.tiers
    .map((t) => ({ tier: t.name, count: t.quantity - draw.winners.filter((w) => w.tier === t.name).length }))
    .filter((u) => u.count > 0);
}

export interface DrawVerification {
  readonly matches: boolean;
  readonly rerun: DrawOutcome;
}

/** Runs a recorded draw again from its own seed, participants and tiers: the winners must be the same. */
export function verifyDraw(draw: Pick<DrawnData, 'seed' | 'participants' | 'tiers' | 'winners'>): DrawVerification {
  const rerun = drawWinners(draw.seed, draw.participants, draw.tiers);
  const matches =
    rerun.winners.length === draw.winners.length &&
    rerun.winners.every((w, i) => w.tier === draw.winners[i]?.tier && w.participant === draw.winners[i]?.participant);
  return { matches, rerun };
}

export interface ParsedParticipants {
  readonly participants: readonly string[];
  /** Lines that repeated an earlier one (dropped: one entry, one chance). */
  readonly duplicates: readonly string[];
}

/**
 * The participant list as pasted: one receipt number or phone tail a line.
 * Each line is cleaned like a scanned number (full-width digits from a
 * Chinese input method, spaces, case), blank lines are skipped and repeats
 * dropped, keeping the first, so nobody can win twice.
 */
export function parseParticipants(text: string): ParsedParticipants {
  const seen = new Set<string>();
  const participants: string[] = [];
  const duplicates: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    const p = normalizeRecordNumber(line);
    if (!p) continue;
    if (seen.has(p)) duplicates.push(p);
    else {
      seen.add(p);
      participants.push(p);
    }
  }
  return { participants, duplicates };
}

/** Total prizes of a draw. */
export function prizeCount(tiers: readonly DrawTier[]): number {
  return tiers.reduce((sum, t) => sum + t.quantity, 0);
}

/**
 * A short fingerprint of the participant list (8 hex digits from the same
 * xmur3 hash), printed with the result: whoever re-runs the draw from a
 * copy of the list can see at a glance that it is the same list.
 */
export function participantsFingerprint(participants: readonly string[]): string {
  const hash = xmur3(participants.join('\n'));
  return hash().toString(16).padStart(8, '0').toUpperCase();
}
