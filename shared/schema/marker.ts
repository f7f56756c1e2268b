import { z } from 'zod';
import { COUNTER_CODE_PATTERN, STORE_CODE_PATTERN } from '../domain/numbering';

/**
 * This PC's set-up marker, kept by the main process outside IndexedDB: which
 * store and counter it is, since when, and the highest numbers it has handed
 * out (the counter's sequence and each type's daily record number). A
 * cleared database then neither opens the first run nor prints a number twice.
 */

export const MARKER_FORMAT = 1;

/** A daily number key as the meta table keeps it (see sequenceKey in shared/domain/numbering). */
export const NUMBER_KEY_PATTERN = /^seq:[A-Z]{2}:\d{6}$/;

export const counterMarks = z.object({
  seq: z.number().int().min(0),
  numbers: z.record(z.string().regex(NUMBER_KEY_PATTERN), z.number().int().min(1).max(999_999)),
});
export type CounterMarks = z.infer<typeof counterMarks>;

const identity = {
  store: z.string().regex(STORE_CODE_PATTERN),
  counter: z.string().regex(COUNTER_CODE_PATTERN),
};

export const markerUpdate = z.object({ ...identity, ...counterMarks.shape });
export type MarkerUpdate = z.infer<typeof markerUpdate>;

export const counterMarker = z.object({
  format: z.literal(MARKER_FORMAT),
  ...identity,
  setUpAt: z.number().int().min(0),
  updatedAt: z.number().int().min(0),
  ...counterMarks.shape,
});
export type CounterMarker = z.infer<typeof counterMarker>;

/** What the main process knows: never set up here, set up (with its marks), or a marker it could not read (treated as set up). */
export type MarkerState = { readonly state: 'none' } | { readonly state: 'setUp'; readonly marker: CounterMarker } | { readonly state: 'unreadable' };
