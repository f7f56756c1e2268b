// Reads the barcodes and QR codes on a printout, in JavaScript (zxing-wasm): nothing outside npm.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { prepareZXingModule, readBarcodes } from 'zxing-wasm/reader';
import { pdfPageImage } from './pdf.mjs';

// From node_modules: left alone, zxing-wasm fetches its wasm from a CDN.
prepareZXingModule({
  overrides: { wasmBinary: new Uint8Array(readFileSync(createRequire(import.meta.url).resolve('zxing-wasm/reader/zxing_reader.wasm'))).buffer },
});

/** The codes a scanner reads in a PNG: format (Code128, QRCode, …) and text. */
export async function barcodesIn(png) {
  const found = await readBarcodes(new Uint8Array(png), { maxNumberOfSymbols: 16 });
  return found.filter((code) => code.isValid).map((code) => ({ format: code.format, text: code.text }));
}

/**
 * The codes on a PDF's first page printed at `dpi` with black or white dots only (a 203 dpi thermal head,
 * a 300 dpi scan of a laser print); `heightPx` scans only the top of the page. The picture is kept at `saveAs`.
 */
export async function barcodesOnPdf(browser, pdfPath, { dpi, heightPx, saveAs }) {
  const png = await pdfPageImage(browser, pdfPath, { dpi, mono: true, heightPx });
  if (saveAs) writeFileSync(saveAs, png);
  return barcodesIn(png);
}
