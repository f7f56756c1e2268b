// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { code128Svg, qrSvg } from '../../renderer/print/barcode';
import { contentWidthMm, paperSpec } from '../../renderer/print/paper';
import type { PaperSize } from '../../shared/schema/print';

const NUMBER = 'JC-S01-C2-261125-0007';

function sizeFor(paper: PaperSize, dpi?: number) {
  const spec = paperSpec(paper, dpi);
  return {
    moduleMm: spec.barcodeModuleMm,
    maxWidthMm: contentWidthMm(spec),
    maxWidthWithQuietMm: spec.widthMm,
    heightMm: spec.barcodeHeightMm,
    dotMm: spec.dotMm,
  };
}

function moduleMm(svg: string, widthMm: number): number {
  const modules = Number(/viewBox="0 0 ([\d.]+) /.exec(svg)?.[1]);
  return widthMm / modules;
}

describe('code128Svg', () => {
  it('prints 2-dot modules (0.25 mm) on an 80 mm roll at 203 dpi, within the printable width', () => {
    const bars = code128Svg(NUMBER, sizeFor('80mm'));
    expect(bars.svg).toMatch(/^<svg width="[\d.]+mm" height="12mm" data-symbology="code128"/);
    expect(moduleMm(bars.svg, bars.widthMm)).toBeCloseTo((2 * 25.4) / 203, 6);
    expect(bars.widthMm).toBeLessThanOrEqual(72);
  });

  it('keeps 2-dot modules on a 180 dpi printer, the quiet zones in the paper edge', () => {
    const bars = code128Svg(NUMBER, sizeFor('80mm', 180));
    expect(moduleMm(bars.svg, bars.widthMm)).toBeCloseTo((2 * 25.4) / 180, 6);
    expect(bars.widthMm).toBeLessThanOrEqual(72);
  });

  it('narrows to whole dots that fit a 58 mm roll', () => {
    const bars = code128Svg(NUMBER, sizeFor('58mm'));
    expect(moduleMm(bars.svg, bars.widthMm)).toBeCloseTo(25.4 / 203, 6);
    expect(bars.widthMm).toBeLessThanOrEqual(48);
  });

  it('takes printable ASCII only', () => {
    expect(() => code128Svg('寄存', sizeFor('80mm'))).toThrow(RangeError);
  });
});

describe('qrSvg', () => {
  it('is a square of the given size in mm', () => {
    const qr = qrSvg(NUMBER, 17);
    expect(qr.svg).toMatch(/^<svg width="17mm" height="17mm" data-symbology="qrcode" role="img" aria-label="JC-S01-C2-261125-0007"/);
    expect(qr.svg).toContain('<path');
  });
});
