import type { Browser } from 'playwright-core';
import { createAppRequestHandler } from '../../../electron/main/appProtocol';
import type { PrintDocumentJob, PrintDriver, PrinterJob } from '../../../electron/main/print/driver';
import { layoutViewportPx, MEASURE_CONTENT_HEIGHT_SCRIPT, pageSizeInches, parseMeasuredHeight } from '../../../electron/main/print/paper';
import { PrintDocuments } from '../../../electron/main/print/printDocuments';
import { launchChromium } from '../../e2e/browser.mjs';
import { serveAppProtocol, type AppServer } from './appServer';
import { FakePrinters } from './fakePrinters';

/**
 * The Electron driver's steps in headless Chromium: the ticket is
 * served by the real app:// handler from a print-documents registry, laid
 * out in a viewport as wide as the paper, measured by the same script after
 * `document.fonts.ready`, and turned into a PDF with the same page size in
 * inches. Printing goes to fake printers.
 */
export class ChromiumPdfDriver implements PrintDriver {
  /** Content heights (CSS px) measured for each PDF, newest last. */
  readonly measuredHeights: number[] = [];

  private constructor(
    /** Also reads the PDFs back (pictures of them). */
    readonly browser: Browser,
    private readonly server: AppServer,
    private readonly documents: PrintDocuments,
    readonly printers: FakePrinters,
  ) {}

  /** Fails (never skips) when Chromium cannot start. */
  static async launch(options: { readonly rootDir: string; readonly printers?: FakePrinters }): Promise<ChromiumPdfDriver> {
    const documents = new PrintDocuments();
    const server = await serveAppProtocol(createAppRequestHandler({ rootDir: options.rootDir, printDocuments: documents }));
    try {
      const browser = await launchChromium();
      return new ChromiumPdfDriver(browser, server, documents, options.printers ?? new FakePrinters());
    } catch (error) {
      await server.close();
      throw error;
    }
  }

  listPrinters() {
    return this.printers.listPrinters();
  }

  print(job: PrinterJob): Promise<void> {
    return this.printers.print(job);
  }

  async toPdf(job: PrintDocumentJob): Promise<Uint8Array> {
    const ticket = this.documents.add(this.server.toHttp(job.html));
    const page = await this.browser.newPage({ viewport: layoutViewportPx(job.paper) });
    try {
      await page.goto(this.server.toHttp(ticket.url), { waitUntil: 'load' });
      const heightPx = parseMeasuredHeight(await page.evaluate(MEASURE_CONTENT_HEIGHT_SCRIPT));
      this.measuredHeights.push(heightPx);
      const size = pageSizeInches(job.paper, heightPx);
      const pdf = await page.pdf({
        width: `${size.width}in`,
        height: `${size.height}in`,
        margin: { top: '0', right: '0', bottom: '0', left: '0' },
        printBackground: true,
        preferCSSPageSize: false,
      });
      return new Uint8Array(pdf);
    } finally {
      this.documents.remove(ticket.id);
      await page.close();
    }
  }

  /** Loads `html` as a print document and tells whether its own script ran (it sets the title): proves the CSP holds. */
  async scriptRuns(html: string): Promise<boolean> {
    const ticket = this.documents.add(this.server.toHttp(html));
    const page = await this.browser.newPage();
    try {
      await page.goto(this.server.toHttp(ticket.url), { waitUntil: 'load' });
      return (await page.evaluate('document.title')) === 'script ran';
    } finally {
      this.documents.remove(ticket.id);
      await page.close();
    }
  }

  async close(): Promise<void> {
    await this.browser.close();
    await this.server.close();
  }
}
