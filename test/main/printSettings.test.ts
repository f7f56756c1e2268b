import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultPrinterSettings, PAPERS_BY_KIND, PRINT_KINDS, type PrinterSettings } from '../../shared/schema/print';
import { DEFAULT_PRINTER_SETTINGS, parsePrinterSettings, PrinterSettingsStore } from '../../electron/main/print/settings';
import { makeTempDir } from './support/tempDir';

let dir: string;
let cleanup: () => Promise<void>;
let file: string;
const quiet = { log: () => undefined, now: () => 1_700_000_000_000 };

beforeEach(async () => {
  ({ dir, cleanup } = await makeTempDir());
  file = path.join(dir, 'print-settings.json');
});
afterEach(() => cleanup());

const chosen: PrinterSettings = {
  ...defaultPrinterSettings(),
  storageTicket: { printerName: 'TM-T82', paper: '80mm' },
  lostItemSlip: { printerName: 'XP-58', paper: '58mm' },
  lockerOpeningSlip: { printerName: 'TM-T82', paper: '80mm' },
  overnightList: { printerName: 'HP LaserJet', paper: 'A4' },
};

describe('printer settings', () => {
  it('defaults to 80 mm tickets and an A4 overnight list on the system printer', async () => {
    expect(DEFAULT_PRINTER_SETTINGS).toMatchObject({
      storageTicket: { printerName: '', paper: '80mm' },
      lostItemSlip: { printerName: '', paper: '80mm' },
      lockerOpeningSlip: { printerName: '', paper: '80mm' },
      overnightList: { printerName: '', paper: 'A4' },
    });
    // Every kind of printout has a route: the system printer and the first paper its layout is made for.
    for (const kind of PRINT_KINDS) expect(DEFAULT_PRINTER_SETTINGS[kind]).toEqual({ printerName: '', paper: PAPERS_BY_KIND[kind][0] });
    expect(await new PrinterSettingsStore(file, quiet).read()).toEqual(DEFAULT_PRINTER_SETTINGS);
  });

  it('keeps what was saved across a restart', async () => {
    expect(await new PrinterSettingsStore(file, quiet).save(chosen)).toEqual(chosen);
    expect(await new PrinterSettingsStore(file, quiet).read()).toEqual(chosen);
    expect(await new PrinterSettingsStore(file, quiet).routeFor('lostItemSlip')).toEqual({ printerName: 'XP-58', paper: '58mm' });
    expect((await readdir(dir)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('refuses to save settings that break the schema', async () => {
    const store = new PrinterSettingsStore(file, quiet);
    const broken = { ...chosen, storageTicket: { printerName: 'x', paper: 'A3' } } as unknown as PrinterSettings;
    await expect(store.save(broken)).rejects.toThrow();
    expect(await store.read()).toEqual(DEFAULT_PRINTER_SETTINGS);
  });

  it.each([
    ['not JSON', '{"storageTicket":'],
    ['an empty file', ''],
    ['null', 'null'],
    ['an array', '[1,2]'],
    ['a number', '42'],
  ])('falls back to defaults on %s and keeps a copy', async (_what, contents) => {
    await writeFile(file, contents);
    expect(await new PrinterSettingsStore(file, quiet).read()).toEqual(DEFAULT_PRINTER_SETTINGS);
    const copies = (await readdir(dir)).filter((name) => name.startsWith('print-settings.json.unreadable-'));
    expect(copies).toHaveLength(1);
    expect(await readFile(path.join(dir, copies[0] ?? ''), 'utf8')).toBe(contents);
  });

  it('keeps the good routes of a partly broken or older file', async () => {
    await writeFile(file, JSON.stringify({ storageTicket: chosen.storageTicket, lostItemSlip: { printerName: 7 } }));
    expect(await new PrinterSettingsStore(file, quiet).read()).toEqual({ ...DEFAULT_PRINTER_SETTINGS, storageTicket: chosen.storageTicket });
  });

  it('reads kind by kind', () => {
    expect(parsePrinterSettings(chosen)).toEqual({ settings: chosen, complete: true });
    expect(parsePrinterSettings({ ...chosen, unknownKind: {} })).toEqual({ settings: chosen, complete: true });
    expect(parsePrinterSettings(undefined)).toEqual({ settings: DEFAULT_PRINTER_SETTINGS, complete: false });
  });
});
