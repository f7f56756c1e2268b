import type { Handout } from '../gifts/types';
import type { HandoutFigureRow } from './giftFigures';
import { unpackBuckets, type HourBucket } from './hourBuckets';

type PackedHandout = [handedOutAt: number, number: string, campaignId: string, giftId: string, quantity: number, status: HandoutFigureRow['status']];

export function handoutFigureRowOf(h: Handout): HandoutFigureRow {
  return { number: h.number, campaignId: h.campaignId, giftId: h.giftId, quantity: h.quantity, status: h.status, handedOutAt: h.handedOut.at };
}

export function packHandoutFigure(h: HandoutFigureRow): string {
  const packed: PackedHandout = [h.handedOutAt, h.number, h.campaignId, h.giftId, h.quantity, h.status];
  return JSON.stringify(packed);
}

export function unpackHandoutFigure(text: string): HandoutFigureRow {
  const [handedOutAt, number, campaignId, giftId, quantity, status] = JSON.parse(text) as PackedHandout;
  return { number, campaignId, giftId, quantity, status, handedOutAt };
}

/** The handouts of the hour buckets read (whole hours: the report keeps its period's). */
export function handoutFiguresOf(buckets: Iterable<HourBucket>): HandoutFigureRow[] {
  return unpackBuckets(buckets, unpackHandoutFigure);
}
