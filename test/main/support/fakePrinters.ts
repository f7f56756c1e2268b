import type { DriverPrinter, PrinterJob } from '../../../electron/main/print/driver';

/**
 * The printers of a pretend counter PC: a list that can change (a printer
 * unplugged, back online) and a print that records each copy or fails on
 * demand, the way a real spooler would.
 */
export class FakePrinters {
  printers: DriverPrinter[];
  readonly printed: PrinterJob[] = [];
  private failures: Error[] = [];

  constructor(printers: DriverPrinter[] = [printer('TM-T82', { isDefault: true })]) {
    this.printers = printers;
  }

  /** The next `times` prints fail with `error`. */
  failNext(error: Error, times = 1): void {
    this.failures.push(...Array.from({ length: times }, () => error));
  }

  listPrinters(): Promise<readonly DriverPrinter[]> {
    return Promise.resolve(this.printers.map((entry) => ({ ...entry })));
  }

  print(job: PrinterJob): Promise<void> {
    const failure = this.failures.shift();
    if (failure) return Promise.reject(failure);
    this.printed.push(job);
    return Promise.resolve();
  }

  /** How many copies reached the named printer. */
  copiesOn(printerName: string): number {
    return this.printed.filter((job) => job.printerName === printerName).length;
  }
}

export function printer(name: string, overrides: Partial<DriverPrinter> = {}): DriverPrinter {
  return { name, displayName: name, isDefault: false, offline: false, ...overrides };
}
