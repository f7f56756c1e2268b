// Renders print HTML to a real PDF the way the main process will: Chromium,
// fonts fetched over HTTP by absolute URL, explicit paper size (rolls: the
// width and the measured length). Chromium missing is a failure, not a skip.
import { afterAll, beforeAll } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { PAPERS } from '../../renderer/print/paper';
import type { PaperSize } from '../../shared/schema/print';
import { launchChromium } from '../e2e/browser.mjs';
import { pdfFonts, pdfInfo, pdfPageImage, pdfText, type PdfFont } from '../e2e/pdf.mjs';

const FONT_DIR = resolve('node_modules/@fontsource/noto-sans-sc/files');

export interface PrintServer {
  readonly baseUrl: string;
  /** Font files fetched so far, by file name. */
  readonly fontRequests: string[];
  publish(name: string, html: string): string;
  close(): Promise<void>;
}

/** Serves published documents and, by file name, any woff2 of the bundled font. */
export async function startPrintServer(): Promise<PrintServer> {
  const docs = new Map<string, string>();
  const fontRequests: string[] = [];
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const doc = docs.get(path);
    if (doc !== undefined) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(doc);
      return;
    }
    const file = path.slice(path.lastIndexOf('/') + 1);
    if (/^[a-z0-9-]+\.woff2$/.test(file) && existsSync(join(FONT_DIR, file))) {
      fontRequests.push(file);
      // Fonts are fetched in CORS mode: a print document loaded from a temp file (origin "null")
      // gets them only with this header. The app:// protocol in main must send it too.
      res.writeHead(200, { 'content-type': 'font/woff2', 'access-control-allow-origin': '*' }).end(readFileSync(join(FONT_DIR, file)));
      return;
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}/`;
  return {
    baseUrl,
    fontRequests,
    publish(name, html) {
      docs.set(`/print/${name}.html`, html);
      return `${baseUrl}print/${name}.html`;
    },
    close: () => new Promise<void>((done, fail) => server.close((err) => (err ? fail(err) : done()))),
  };
}

/** Writes the document to a temp file, as the main process may, and returns its file:// URL. */
export function publishAsFile(dir: string, name: string, html: string): string {
  const path = join(dir, `${name}.html`);
  writeFileSync(path, html);
  return pathToFileURL(path).href;
}

export interface PdfReport {
  readonly pdfPath: string;
  readonly pages: number;
  readonly widthPt: number;
  readonly heightPt: number;
  readonly text: string;
  readonly fonts: PdfFont[];
  /** How far, in CSS px, the furthest element reaches past the paper's right edge (0 = nothing clipped). */
  readonly overflowPx: number;
}

/** Loads the document, waits for its fonts, prints it like the main process, and reads it back. */
export async function printToPdf(browser: Browser, url: string, paper: PaperSize, outDir: string, name: string): Promise<PdfReport> {
  const spec = PAPERS[paper];
  const page = await browser.newPage();
  try {
    await page.emulateMedia({ media: 'print' });
    await page.goto(url, { waitUntil: 'load' });
    await page.evaluate(async () => {
      await document.fonts.ready;
    });
    // A roll is as long as its content: measure it, as the main process does.
    const heightPx = await page.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
    const overflowPx = await page.evaluate(() => {
      const right = document.body.getBoundingClientRect().right;
      const reach = [...document.body.querySelectorAll('*')].map((el) => el.getBoundingClientRect().right);
      return Math.max(0, ...reach.map((r) => r - right));
    });
    const height = spec.heightMm === null ? `${heightPx + 1}px` : `${spec.heightMm}mm`;
    const pdf = await page.pdf({ width: `${spec.widthMm}mm`, height, printBackground: true });
    const pdfPath = join(outDir, `${name}.pdf`);
    writeFileSync(pdfPath, pdf);
    const info = await pdfInfo(pdfPath);
    return {
      pdfPath,
      pages: info.pages,
      widthPt: info.width,
      heightPt: info.height,
      text: await pdfText(pdfPath),
      fonts: await pdfFonts(pdfPath),
      overflowPx,
    };
  } finally {
    await page.close();
  }
}

/** A picture of the printout's first page to look at: /tmp/servicedesk-print/<name>-1.png. */
export async function pdfToPng(browser: Browser, pdfPath: string, name: string): Promise<string> {
  const dir = join(tmpdir(), 'servicedesk-print');
  mkdirSync(dir, { recursive: true });
  const png = join(dir, `${name}-1.png`);
  writeFileSync(png, await pdfPageImage(browser, pdfPath, { dpi: 150 }));
  return png;
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'print-pdf-'));
}

export interface PrintHarness {
  readonly server: PrintServer;
  readonly browser: Browser;
  readonly outDir: string;
}

/** The font server, Chromium and an output folder, started once for the enclosing suite and closed after it. */
export function printHarness(): PrintHarness {
  const harness = {} as { server: PrintServer; browser: Browser; outDir: string };
  beforeAll(async () => {
    harness.server = await startPrintServer();
    harness.browser = await launchChromium();
    harness.outDir = tempDir();
  }, 30_000);
  afterAll(async () => {
    await harness.browser?.close();
    await harness.server?.close();
  });
  return harness;
}

