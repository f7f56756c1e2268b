import type { PaperSize } from '../../shared/schema/print';

/**
 * What the templates need to know about a paper. Rolls have no fixed length:
 * the document declares only their width, and the main process measures the
 * rendered height and prints with an explicit `pageSize` (microns) of
 * width x measured height. A CSS `@page { size }` that does not match that
 * pageSize makes Chromium scale the content (a too-tall size shrinks it, a
 * one-value size such as `80mm` is an 80 x 80 mm square and splits the ticket).
 */
export interface PaperSpec {
  readonly id: PaperSize;
  readonly kind: 'roll' | 'sheet';
  readonly widthMm: number;
  /** Sheets only; a roll's length follows its content. */
  readonly heightMm: number | null;
  /** Sides: on rolls this keeps text inside the print head (72 mm of 80, 48 mm of 58). */
  readonly paddingXMm: number;
  /** Top and bottom: on rolls the body padding; on sheets the @page margin, so every page keeps it. */
  readonly paddingYMm: number;
  readonly fontPt: number;
  /** One printer dot: barcode modules are whole dots so every bar prints the same width. */
  readonly dotMm: number;
  /** Preferred barcode module; narrower (in whole dots) when the number would not fit. */
  readonly barcodeModuleMm: number;
  readonly barcodeHeightMm: number;
  readonly qrSizeMm: number;
}

/** Most desk receipt printers have 203 dpi heads (8 dots/mm); Epson TM models 180 dpi. */
export const DEFAULT_THERMAL_DPI = 203;
const THERMAL_DOT_MM = 25.4 / DEFAULT_THERMAL_DPI;
/** Office laser printers for A4/A5. */
const LASER_DOT_MM = 25.4 / 600;

export const PAPERS: Readonly<Record<PaperSize, PaperSpec>> = {
  '58mm': {
    id: '58mm', kind: 'roll', widthMm: 58, heightMm: null, paddingXMm: 5, paddingYMm: 3, fontPt: 9,
    dotMm: THERMAL_DOT_MM, barcodeModuleMm: 2 * THERMAL_DOT_MM, barcodeHeightMm: 10, qrSizeMm: 15,
  },
  '80mm': {
    id: '80mm', kind: 'roll', widthMm: 80, heightMm: null, paddingXMm: 4, paddingYMm: 3, fontPt: 10,
    dotMm: THERMAL_DOT_MM, barcodeModuleMm: 2 * THERMAL_DOT_MM, barcodeHeightMm: 12, qrSizeMm: 17,
  },
  A4: {
    id: 'A4', kind: 'sheet', widthMm: 210, heightMm: 297, paddingXMm: 14, paddingYMm: 12, fontPt: 10,
    dotMm: LASER_DOT_MM, barcodeModuleMm: 0.33, barcodeHeightMm: 12, qrSizeMm: 20,
  },
  A5: {
    id: 'A5', kind: 'sheet', widthMm: 148, heightMm: 210, paddingXMm: 10, paddingYMm: 10, fontPt: 10,
    dotMm: LASER_DOT_MM, barcodeModuleMm: 0.3, barcodeHeightMm: 12, qrSizeMm: 18,
  },
};

/** The paper as printed on a roll printer of the given resolution (sheets ignore it). */
export function paperSpec(paper: PaperSize, thermalDpi: number = DEFAULT_THERMAL_DPI): PaperSpec {
  const spec = PAPERS[paper];
  return spec.kind === 'roll' ? { ...spec, dotMm: 25.4 / thermalDpi } : spec;
}

export function contentWidthMm(paper: PaperSpec): number {
  return paper.widthMm - 2 * paper.paddingXMm;
}
