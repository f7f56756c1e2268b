import type { PaperSize, PrinterInfo } from '../../../shared/schema/print';

/**
 * What the print queue needs from a printing engine. Electron implements it
 * in electronDriver.ts; tests use headless Chromium and fake printers.
 */

/** A printer as the OS reports it, plus whether it is known to be unable to print now. */
export interface DriverPrinter extends PrinterInfo {
  readonly offline: boolean;
}

export interface PrintDocumentJob {
  readonly html: string;
  readonly paper: PaperSize;
}

/** One copy to one printer; '' is the system default printer. */
export interface PrinterJob extends PrintDocumentJob {
  readonly printerName: string;
}

export interface PrintDriver {
  listPrinters(): Promise<readonly DriverPrinter[]>;
  /**
   * Prints exactly one copy. The queue loops over copies itself (Electron's
   * `copies` option is not honoured by every driver) and so knows how many
   * came out when one fails.
   */
  print(job: PrinterJob): Promise<void>;
  toPdf(job: PrintDocumentJob): Promise<Uint8Array>;
}
