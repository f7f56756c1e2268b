import { describe, expect, it } from 'vitest';
import {
  isRoll,
  layoutViewportPx,
  MAX_ROLL_LENGTH_MM,
  MICRONS_PER_CSS_PX,
  MIN_ROLL_LENGTH_MM,
  pageSizeInches,
  pageSizeMicrons,
  parseMeasuredHeight,
  printMarginType,
} from '../../electron/main/print/paper';

describe('paper sizes', () => {
  it('converts CSS px to microns at 96 px per inch', () => {
    expect(MICRONS_PER_CSS_PX).toBeCloseTo(264.583, 3);
  });

  it('makes a 58 mm roll as long as the content', () => {
    expect(pageSizeMicrons('58mm', 1000)).toEqual({ width: 58_000, height: Math.ceil(1000 * (25_400 / 96)) });
    expect(pageSizeMicrons('58mm', 1000).height).toBe(264_584);
  });

  it('makes an 80 mm roll as long as the content', () => {
    expect(pageSizeMicrons('80mm', 400)).toEqual({ width: 80_000, height: 105_834 });
  });

  it('feeds at least the shortest slip and at most the longest page', () => {
    expect(pageSizeMicrons('80mm', 0).height).toBe(MIN_ROLL_LENGTH_MM * 1000);
    expect(pageSizeMicrons('80mm', 10).height).toBe(MIN_ROLL_LENGTH_MM * 1000);
    expect(pageSizeMicrons('80mm', 1_000_000).height).toBe(MAX_ROLL_LENGTH_MM * 1000);
  });

  it('gives sheets their fixed size whatever the content', () => {
    expect(pageSizeMicrons('A4', 50)).toEqual({ width: 210_000, height: 297_000 });
    expect(pageSizeMicrons('A4', 9000)).toEqual({ width: 210_000, height: 297_000 });
    expect(pageSizeMicrons('A5', 50)).toEqual({ width: 148_000, height: 210_000 });
  });

  it('gives printToPDF the same page in inches', () => {
    const a4 = pageSizeInches('A4', 0);
    expect(a4.width).toBeCloseTo(8.2677, 4);
    expect(a4.height).toBeCloseTo(11.6929, 4);
    const roll = pageSizeInches('80mm', 960);
    expect(roll.width).toBeCloseTo(80 / 25.4, 6);
    expect(roll.height).toBeCloseTo(10, 4);
  });

  it('all sizes are whole microns, at least Chromium\'s 353 micron minimum', () => {
    for (const paper of ['58mm', '80mm', 'A4', 'A5'] as const) {
      for (const px of [0, 1, 33.3, 777.7]) {
        const size = pageSizeMicrons(paper, px);
        expect(Number.isInteger(size.width) && Number.isInteger(size.height)).toBe(true);
        expect(Math.min(size.width, size.height)).toBeGreaterThanOrEqual(353);
      }
    }
  });

  it('refuses a height that is not a length', () => {
    expect(() => pageSizeMicrons('80mm', Number.NaN)).toThrow(RangeError);
    expect(() => pageSizeMicrons('80mm', -1)).toThrow(RangeError);
    expect(() => pageSizeMicrons('80mm', Number.POSITIVE_INFINITY)).toThrow(RangeError);
    expect(() => parseMeasuredHeight('120')).toThrow(RangeError);
    expect(() => parseMeasuredHeight(undefined)).toThrow(RangeError);
    expect(parseMeasuredHeight(120)).toBe(120);
  });

  it('prints rolls edge to edge and sheets with the template\'s @page margins', () => {
    expect(printMarginType('58mm')).toBe('none');
    expect(printMarginType('80mm')).toBe('none');
    expect(printMarginType('A4')).toBe('default');
    expect(printMarginType('A5')).toBe('default');
  });

  it('lays a ticket out no wider than its paper, in a viewport as short as the shortest slip', () => {
    expect(layoutViewportPx('80mm')).toEqual({ width: 302, height: 76 });
    expect(layoutViewportPx('58mm')).toEqual({ width: 219, height: 76 });
    expect(layoutViewportPx('A4')).toEqual({ width: 793, height: 1123 });
    expect(isRoll('58mm') && isRoll('80mm') && !isRoll('A4') && !isRoll('A5')).toBe(true);
  });
});
