import type { Browser } from 'playwright-core';

export interface ScannedCode {
  /** zxing's name: Code128, QRCode, … */
  readonly format: string;
  readonly text: string;
}

/** The codes a scanner reads in a PNG. */
export function barcodesIn(png: Uint8Array): Promise<ScannedCode[]>;

/** The codes on a PDF's first page printed at `dpi` in black and white; `heightPx`: only the top; the picture kept at `saveAs`. */
export function barcodesOnPdf(browser: Browser, pdfPath: string, options: { dpi: number; heightPx?: number; saveAs?: string }): Promise<ScannedCode[]>;
