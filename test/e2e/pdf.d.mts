import type { Browser } from 'playwright-core';

/** Text of a PDF laid out as on the page (like pdftotext -layout): one line per baseline, pages separated by a form feed. */
export function pdfText(path: string): Promise<string>;

/** Page count and first page size in points. */
export function pdfInfo(path: string): Promise<{ pages: number; width: number; height: number }>;

export interface PdfFont {
  /** BaseFont, subset prefix included; null for a Type 3 font. */
  readonly name: string | null;
  readonly subtype: string | null;
  /** e.g. Identity-H; Custom for an encoding dictionary. */
  readonly encoding: string | null;
  readonly embedded: boolean;
}

/** The fonts of a PDF as pdffonts lists them. */
export function pdfFonts(path: string): Promise<PdfFont[]>;

/** The first page as a PNG at `dpi`; `mono`: black or white dots only; `heightPx`: only the top of the page. */
export function pdfPageImage(browser: Browser, path: string, options: { dpi: number; mono?: boolean; heightPx?: number }): Promise<Buffer>;
