import type { DriverPrinter } from './driver';

/**
 * Turns what `webContents.getPrintersAsync()` reports into a DriverPrinter.
 * Electron 41 types only name, displayName, description and a bag of
 * platform options; older builds also sent `status` and `isDefault`, so those
 * are read when present and ignored otherwise.
 */
export interface ReportedPrinter {
  readonly name: string;
  readonly displayName?: string;
  readonly description?: string;
  readonly options?: unknown;
  readonly status?: unknown;
  readonly isDefault?: unknown;
}

/** CUPS `printer-state`: 3 idle, 4 processing, 5 stopped. */
const CUPS_STOPPED = '5';

/** Windows PRINTER_INFO_2 Status bits that mean "nothing will come out". */
const WIN_PRINTER_STATUS_PAUSED = 0x0000_0001;
const WIN_PRINTER_STATUS_OFFLINE = 0x0000_0080;
const WIN_PRINTER_STATUS_NOT_AVAILABLE = 0x0000_1000;
const WIN_UNABLE_TO_PRINT = WIN_PRINTER_STATUS_PAUSED | WIN_PRINTER_STATUS_OFFLINE | WIN_PRINTER_STATUS_NOT_AVAILABLE;

function stringOptions(options: unknown): Readonly<Record<string, string>> {
  if (typeof options !== 'object' || options === null) return {};
  const result: Record<string, string> = {};
  for (const [key, value] of Object.entries(options)) {
    if (typeof value === 'string') result[key] = value;
  }
  return result;
}

/**
 * Offline only when the system says so for certain; when it cannot tell,
 * the printer counts as available and a failed job says why instead.
 */
export function isReportedOffline(printer: ReportedPrinter, platform: NodeJS.Platform): boolean {
  const options = stringOptions(printer.options);
  if (options['printer-state'] === CUPS_STOPPED) return true;
  if (options['printer-is-accepting-jobs'] === 'false') return true;
  if (platform === 'win32' && typeof printer.status === 'number') return (printer.status & WIN_UNABLE_TO_PRINT) !== 0;
  return false;
}

export function describePrinter(printer: ReportedPrinter, platform: NodeJS.Platform): DriverPrinter {
  return {
    name: printer.name,
    displayName: printer.displayName || printer.name,
    isDefault: printer.isDefault === true,
    offline: isReportedOffline(printer, platform),
  };
}
