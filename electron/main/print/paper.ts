import type { PaperSize } from '../../../shared/schema/print';

/**
 * Paper sizes for the two ways Chromium prints a page: `webContents.print`
 * takes microns, `printToPDF` takes inches. Rolls (58/80 mm) are as long as
 * the ticket; sheets (A4/A5) have their fixed size. Always given explicitly:
 * a silent print without a page size falls back to A4 on a receipt printer.
 */

export const MICRONS_PER_MM = 1000;
export const MICRONS_PER_INCH = 25_400;
/** CSS fixes 96 px to the inch, so 1 px = 264.583 microns whatever the screen. */
export const CSS_PX_PER_INCH = 96;
export const MICRONS_PER_CSS_PX = MICRONS_PER_INCH / CSS_PX_PER_INCH;

/** The shortest roll slip we cut: an empty or tiny page still feeds some paper. */
export const MIN_ROLL_LENGTH_MM = 20;
/**
 * The longest roll page we ask for. Windows drivers keep the paper length in
 * tenths of a millimetre in a 16-bit field (max 3276.7 mm); longer content is
 * paginated onto a second page instead of being refused.
 */
export const MAX_ROLL_LENGTH_MM = 3000;

interface PaperSpec {
  readonly widthMm: number;
  /** Fixed sheet length; undefined for a roll. */
  readonly heightMm: number | undefined;
}

const PAPER: Readonly<Record<PaperSize, PaperSpec>> = {
  '58mm': { widthMm: 58, heightMm: undefined },
  '80mm': { widthMm: 80, heightMm: undefined },
  A4: { widthMm: 210, heightMm: 297 },
  A5: { widthMm: 148, heightMm: 210 },
};

export function isRoll(paper: PaperSize): boolean {
  return PAPER[paper].heightMm === undefined;
}

function cssPxToMicrons(px: number): number {
  return px * MICRONS_PER_CSS_PX;
}

function micronsToCssPx(microns: number): number {
  return microns / MICRONS_PER_CSS_PX;
}

/** A page size in whole microns (Chromium's print settings are integers). */
export interface MicronSize {
  readonly width: number;
  readonly height: number;
}

/** The page for `webContents.print({ pageSize })`, given the measured content height in CSS px. */
export function pageSizeMicrons(paper: PaperSize, contentHeightPx: number): MicronSize {
  const spec = PAPER[paper];
  const width = spec.widthMm * MICRONS_PER_MM;
  if (spec.heightMm !== undefined) return { width, height: spec.heightMm * MICRONS_PER_MM };
  if (!Number.isFinite(contentHeightPx) || contentHeightPx < 0) {
    throw new RangeError(`content height must be a finite, non-negative number of CSS px, got ${contentHeightPx}`);
  }
  const measured = Math.ceil(cssPxToMicrons(contentHeightPx));
  const height = Math.min(MAX_ROLL_LENGTH_MM * MICRONS_PER_MM, Math.max(MIN_ROLL_LENGTH_MM * MICRONS_PER_MM, measured));
  return { width, height };
}

/** The same page in inches, for `printToPDF({ pageSize })` (and Chromium's `page.pdf`). */
export function pageSizeInches(paper: PaperSize, contentHeightPx: number): { readonly width: number; readonly height: number } {
  const microns = pageSizeMicrons(paper, contentHeightPx);
  return { width: microns.width / MICRONS_PER_INCH, height: microns.height / MICRONS_PER_INCH };
}

/**
 * The viewport a ticket is laid out and measured in: as wide as the paper
 * (rounded down, so the layout is never wider than what prints), and for a
 * roll as short as the shortest slip, because the measurement below can never
 * be less than the viewport height.
 */
export function layoutViewportPx(paper: PaperSize): { readonly width: number; readonly height: number } {
  const spec = PAPER[paper];
  const width = Math.floor(micronsToCssPx(spec.widthMm * MICRONS_PER_MM));
  const heightMm = spec.heightMm ?? MIN_ROLL_LENGTH_MM;
  return { width, height: Math.ceil(micronsToCssPx(heightMm * MICRONS_PER_MM)) };
}

/**
 * Run in the loaded print document (by the main process, not by the page).
 * Reading offsetHeight first forces style and layout, which is what starts
 * the web font downloads; only then does `document.fonts.ready` wait for
 * them (before any layout it can resolve at once, with nothing pending).
 * Returns the laid-out height in CSS px: scrollHeight counts overflowing and
 * positioned content too, and is never less than the viewport, hence the
 * short viewport above.
 */
export const MEASURE_CONTENT_HEIGHT_SCRIPT =
  'void document.documentElement.offsetHeight, document.fonts.ready.then(() => document.documentElement.scrollHeight)';

/**
 * Margins for `webContents.print`. A roll prints edge to edge ('none'; the
 * templates keep text off the edges with padding). A sheet uses 'default',
 * the only type under which Chromium applies the template's `@page` margins
 * (any other type ignores CSS margins), which is also what printToPDF does,
 * so paper and archived PDF match.
 */
export function printMarginType(paper: PaperSize): 'none' | 'default' {
  return isRoll(paper) ? 'none' : 'default';
}

/** Checks what the page returned before it becomes a paper length. */
export function parseMeasuredHeight(value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw new RangeError(`the print document returned no usable height: ${String(value)}`);
  }
  return value;
}
