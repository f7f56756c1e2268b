import type { PrintDocumentJob, PrintDriver, PrinterJob } from '../../../electron/main/print/driver';
import { FakePrinters } from './fakePrinters';

/**
 * A fast driver for queue tests: fake printers and a stand-in PDF (real PDFs
 * come from ChromiumPdfDriver in the Chromium test).
 */
export class FakePdfDriver implements PrintDriver {
  readonly pdfs: PrintDocumentJob[] = [];
  pdfFailure: Error | undefined;

  constructor(readonly printers = new FakePrinters()) {}

  listPrinters() {
    return this.printers.listPrinters();
  }

  print(job: PrinterJob): Promise<void> {
    return this.printers.print(job);
  }

  toPdf(job: PrintDocumentJob): Promise<Uint8Array> {
    if (this.pdfFailure) return Promise.reject(this.pdfFailure);
    this.pdfs.push(job);
    return Promise.resolve(new TextEncoder().encode(`%PDF-1.7 stand-in (${job.paper}) ${job.html.length} chars\n%%EOF\n`));
  }
}
