import {
  defaultPrinterSettings,
  PAPERS_BY_KIND,
  PRINT_KINDS,
  printerRoute,
  printerSettings,
  type PrinterRoute,
  type PrinterSettings,
  type PrintKind,
} from '../../../shared/schema/print';
import { keepUnreadableCopy, readJsonFile, writeFileAtomic } from '../atomicFile';

/** Which printer and paper each kind of printout uses, until the desk sets its own. */
export const DEFAULT_PRINTER_SETTINGS: PrinterSettings = defaultPrinterSettings();

/**
 * Reads settings kind by kind: a route that is missing or broken falls back
 * to its default alone, so a file from an older build (fewer kinds) or one
 * damaged entry does not wipe the printers a supervisor chose for the rest.
 */
export function parsePrinterSettings(raw: unknown): { readonly settings: PrinterSettings; readonly complete: boolean } {
  const isObject = typeof raw === 'object' && raw !== null && !Array.isArray(raw);
  const source: Record<string, unknown> = isObject ? (raw as Record<string, unknown>) : {};
  let complete = isObject;
  const settings = {} as Record<PrintKind, PrinterRoute>;
  for (const kind of PRINT_KINDS) {
    const route = printerRoute.safeParse(source[kind]);
    if (route.success && PAPERS_BY_KIND[kind].includes(route.data.paper)) settings[kind] = route.data;
    else {
      settings[kind] = DEFAULT_PRINTER_SETTINGS[kind];
      complete = false;
    }
  }
  return { settings, complete };
}

export interface PrinterSettingsStoreOptions {
  readonly now?: () => number;
  readonly log?: (message: string) => void;
}

/** The printer settings file in userData. Reading never throws; a bad file means defaults. */
export class PrinterSettingsStore {
  private cached: Promise<PrinterSettings> | undefined;
  private readonly now: () => number;
  private readonly log: (message: string) => void;

  constructor(
    private readonly file: string,
    options: PrinterSettingsStoreOptions = {},
  ) {
    this.now = options.now ?? Date.now;
    this.log = options.log ?? ((message) => console.error(`[print settings] ${message}`));
  }

  read(): Promise<PrinterSettings> {
    this.cached ??= this.load();
    return this.cached;
  }

  async routeFor(kind: PrintKind): Promise<PrinterRoute> {
    return (await this.read())[kind];
  }

  /** Validates, writes atomically, and returns what is now in effect. */
  async save(next: PrinterSettings): Promise<PrinterSettings> {
    const settings = printerSettings.parse(next);
    await writeFileAtomic(this.file, JSON.stringify(settings, null, 2));
    this.cached = Promise.resolve(settings);
    return settings;
  }

  private async load(): Promise<PrinterSettings> {
    const read = await readJsonFile(this.file);
    if (read.kind === 'missing') return DEFAULT_PRINTER_SETTINGS;
    const parsed = read.kind === 'ok' ? parsePrinterSettings(read.value) : { settings: DEFAULT_PRINTER_SETTINGS, complete: false };
    if (!parsed.complete) {
      const copy = await keepUnreadableCopy(this.file, this.now());
      this.log(`settings file partly unreadable, defaults used where needed${copy ? `; a copy was kept at ${copy}` : ''}`);
    }
    return parsed.settings;
  }
}
