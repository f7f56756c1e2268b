import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Clock } from '../../shared/domain/clock';
import { dispatch } from '../../electron/main/ipc/dispatch';
import { createHandlers } from '../../electron/main/ipc/handlers';
import { PrintQueue } from '../../electron/main/print/queue';
import { PrinterSettingsStore } from '../../electron/main/print/settings';
import { FakePdfDriver } from './support/fakePdfDriver';
import { FakePrinters, printer } from './support/fakePrinters';
import { stubServices } from './support/deskServices';
import { makeTempDir } from './support/tempDir';

const DESK = 'app://desk/index.html';
const clock: Clock = { now: () => Date.UTC(2025, 2, 15, 2) };

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  ({ dir, cleanup } = await makeTempDir());
});
afterEach(() => cleanup());

function desk(driver: FakePdfDriver) {
  const settings = new PrinterSettingsStore(path.join(dir, 'print-settings.json'), { log: () => undefined });
  const queue = new PrintQueue({ driver, archiveDir: path.join(dir, 'print-archive'), queueFile: path.join(dir, 'print-queue.json'), clock, log: () => undefined });
  return createHandlers({
    app: { appInfo: () => ({ version: '0.1.0', platform: 'linux', dataDir: dir, archiveDir: path.join(dir, 'print-archive') }) },
    print: { driver, queue, settings },
    sync: stubServices().sync,
    backup: stubServices().backup,
  });
}

const request = {
  jobId: '0190f3a4-7b1c-7d2e-8f90-000000000001',
  kind: 'storageTicket',
  recordNumber: 'S01-C1-20250315-0001',
  html: '<p>寄存</p>',
  paper: '80mm',
  copies: 1,
};

describe('print channels, end to end through the IPC gate', () => {
  it('lists printers without internal fields', async () => {
    const handlers = desk(new FakePdfDriver(new FakePrinters([printer('TM-T82', { isDefault: true, offline: true })])));
    expect(await dispatch('print:listPrinters', DESK, undefined, handlers)).toEqual({
      ok: true,
      value: [{ name: 'TM-T82', displayName: 'TM-T82', isDefault: true }],
    });
  });

  it('routes a job to the printer its kind is set to, and a clerk recovers by fixing the setting and retrying', async () => {
    const driver = new FakePdfDriver(new FakePrinters([printer('XP-80')]));
    const handlers = desk(driver);
    const settings = await dispatch('print:getSettings', DESK, undefined, handlers);
    expect(settings.ok).toBe(true);
    if (!settings.ok) return;

    await dispatch('print:setSettings', DESK, { ...settings.value, storageTicket: { printerName: 'TM-T82', paper: '80mm' } }, handlers);
    expect(await dispatch('print:submit', DESK, request, handlers)).toMatchObject({
      ok: true,
      value: { status: 'failed', error: 'print.error.printerNotFound' },
    });
    expect(await dispatch('print:queue', DESK, undefined, handlers)).toMatchObject({ ok: true, value: [{ jobId: request.jobId, attempts: 1 }] });

    await dispatch('print:setSettings', DESK, { ...settings.value, storageTicket: { printerName: 'XP-80', paper: '80mm' } }, handlers);
    expect(await dispatch('print:retry', DESK, { jobId: request.jobId }, handlers)).toMatchObject({ ok: true, value: { status: 'printed' } });
    expect(driver.printers.copiesOn('XP-80')).toBe(1);
    expect(await dispatch('print:queue', DESK, undefined, handlers)).toEqual({ ok: true, value: [] });
  });

  it('answers a retry of an unknown job with a typed error', async () => {
    expect(await dispatch('print:retry', DESK, { jobId: request.jobId }, desk(new FakePdfDriver()))).toEqual({
      ok: false,
      error: 'print.error.jobNotFound',
      detail: request.jobId,
    });
  });

  it('refuses settings that are not complete', async () => {
    const result = await dispatch('print:setSettings', DESK, { storageTicket: { printerName: '', paper: '80mm' } }, desk(new FakePdfDriver()));
    expect(result).toMatchObject({ ok: false, error: 'error.ipcInvalid' });
  });
});
