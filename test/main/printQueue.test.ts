import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Clock } from '../../shared/domain/clock';
import type { PrinterRoute, PrintJobRequest } from '../../shared/schema/print';
import { DeskError } from '../../electron/main/deskError';
import type { PrinterJob } from '../../electron/main/print/driver';
import { PRINT_ERROR, PrintQueue } from '../../electron/main/print/queue';
import { FakePdfDriver } from './support/fakePdfDriver';
import { FakePrinters, printer } from './support/fakePrinters';
import { makeTempDir } from './support/tempDir';

// 2025-03-14 23:30 UTC is already 15 March in the store (Asia/Shanghai).
const NOW = Date.UTC(2025, 2, 14, 23, 30);
const clock: Clock = { now: () => NOW };

const ticketPrinter: PrinterRoute = { printerName: 'TM-T82', paper: '80mm' };

let jobCounter = 0;
function job(overrides: Partial<PrintJobRequest> = {}): PrintJobRequest {
  jobCounter += 1;
  return {
    jobId: `0190f3a4-7b1c-7d2e-8f90-${String(jobCounter).padStart(12, '0')}`,
    kind: 'storageTicket',
    recordNumber: 'S01-C1-20250315-0001',
    html: `<p>寄存 ticket ${jobCounter}</p>`,
    paper: '80mm',
    copies: 1,
    ...overrides,
  };
}

let dir: string;
let cleanup: () => Promise<void>;
let archiveDir: string;
let queueFile: string;
let logged: string[];

beforeEach(async () => {
  ({ dir, cleanup } = await makeTempDir());
  archiveDir = path.join(dir, 'print-archive');
  queueFile = path.join(dir, 'print-queue.json');
  logged = [];
});
afterEach(() => cleanup());

function queueWith(driver: FakePdfDriver): PrintQueue {
  return new PrintQueue({ driver, archiveDir, queueFile, clock, log: (message) => logged.push(message) });
}

async function readQueueFile(): Promise<{ version: number; jobs: Array<Record<string, unknown>> }> {
  return JSON.parse(await readFile(queueFile, 'utf8')) as { version: number; jobs: Array<Record<string, unknown>> };
}

describe('submitting a job', () => {
  it('keeps a PDF copy in the store day folder, then prints every copy by itself', async () => {
    const driver = new FakePdfDriver();
    const request = job({ copies: 3 });
    const result = await queueWith(driver).submit(request, ticketPrinter);

    const pdfPath = path.join(archiveDir, '2025-03-15', `S01-C1-20250315-0001-${request.jobId}.pdf`);
    expect(result).toEqual({ jobId: request.jobId, status: 'printed', pdfPath, detail: undefined });
    expect((await readFile(pdfPath, 'utf8')).startsWith('%PDF')).toBe(true);
    expect(driver.printers.printed).toHaveLength(3);
    expect(driver.printers.printed.every((copy) => copy.printerName === 'TM-T82' && copy.paper === '80mm' && copy.html === request.html)).toBe(true);
    expect(await queueWith(driver).list()).toEqual([]);
    expect((await readQueueFile()).jobs).toEqual([]);
  });

  it('refuses a printer that is not installed, keeps the job and its PDF', async () => {
    const driver = new FakePdfDriver();
    const queue = queueWith(driver);
    const request = job();
    const result = await queue.submit(request, { printerName: 'Kitchen-Printer', paper: '80mm' });

    expect(result).toMatchObject({ jobId: request.jobId, status: 'failed', error: PRINT_ERROR.printerNotFound, detail: 'Kitchen-Printer' });
    expect(result.pdfPath).toBeDefined();
    await expect(readFile(result.pdfPath ?? '')).resolves.toBeDefined();
    expect(driver.printers.printed).toHaveLength(0);
    expect(await queue.list()).toEqual([
      { jobId: request.jobId, kind: 'storageTicket', recordNumber: request.recordNumber, createdAt: NOW, attempts: 1, lastError: PRINT_ERROR.printerNotFound },
    ]);
  });

  it('says a printer is offline when the system reports it so', async () => {
    const driver = new FakePdfDriver(new FakePrinters([printer('TM-T82', { offline: true })]));
    const result = await queueWith(driver).submit(job(), ticketPrinter);
    expect(result).toMatchObject({ status: 'failed', error: PRINT_ERROR.printerOffline });
    expect(driver.printers.printed).toHaveLength(0);
  });

  it('reports a failed print with the reason and keeps the job', async () => {
    const driver = new FakePdfDriver();
    driver.printers.failNext(new Error('Print job failed'));
    const queue = queueWith(driver);
    const result = await queue.submit(job(), ticketPrinter);
    expect(result).toMatchObject({ status: 'failed', error: PRINT_ERROR.failed, detail: 'Print job failed' });
    expect(await queue.list()).toHaveLength(1);
  });

  it('calls a failure offline when the printer went offline meanwhile', async () => {
    const printers = new FakePrinters([printer('TM-T82')]);
    printers.print = () => {
      printers.printers = [printer('TM-T82', { offline: true })];
      return Promise.reject(new Error('Print job failed'));
    };
    const result = await queueWith(new FakePdfDriver(printers)).submit(job(), ticketPrinter);
    expect(result).toMatchObject({ status: 'failed', error: PRINT_ERROR.printerOffline, detail: 'Print job failed' });
  });

  it('prints on the system default printer when none is set, and refuses when there is no printer at all', async () => {
    const driver = new FakePdfDriver();
    const queue = queueWith(driver);
    expect(await queue.submit(job(), { printerName: '', paper: '80mm' })).toMatchObject({ status: 'printed' });
    expect(driver.printers.printed[0]?.printerName).toBe('');

    driver.printers.printers = [];
    expect(await queue.submit(job(), { printerName: '', paper: '80mm' })).toMatchObject({ status: 'failed', error: PRINT_ERROR.printerNotFound });
  });

  it('fails cleanly when the printer list cannot be read', async () => {
    const driver = new FakePdfDriver();
    driver.printers.listPrinters = () => Promise.reject(new Error('spooler not running'));
    const result = await queueWith(driver).submit(job(), ticketPrinter);
    expect(result).toMatchObject({ status: 'failed', error: PRINT_ERROR.failed });
    expect(result.detail).toContain('spooler not running');
  });

  it('still prints when the PDF copy cannot be made, and says so', async () => {
    const driver = new FakePdfDriver();
    driver.pdfFailure = new Error('renderer crashed');
    const result = await queueWith(driver).submit(job(), ticketPrinter);
    expect(result).toMatchObject({ status: 'printed', pdfPath: undefined, detail: PRINT_ERROR.archiveFailed });
    expect(driver.printers.printed).toHaveLength(1);
    expect(logged.some((line) => line.includes('could not archive'))).toBe(true);
  });

  it('treats the same job sent twice as one: one PDF, copies not repeated', async () => {
    const driver = new FakePdfDriver();
    const queue = queueWith(driver);
    const request = job({ copies: 2 });
    driver.printers.failNext(new Error('paper out'));
    await queue.submit(request, ticketPrinter);
    expect(await queue.submit(request, ticketPrinter)).toMatchObject({ status: 'printed' });
    expect(driver.pdfs).toHaveLength(1);
    expect(driver.printers.printed).toHaveLength(2);
  });

  it('runs jobs one at a time', async () => {
    const printers = new FakePrinters();
    let running = 0;
    let mostAtOnce = 0;
    const spooler = printers.print.bind(printers);
    printers.print = async (copy: PrinterJob) => {
      running += 1;
      mostAtOnce = Math.max(mostAtOnce, running);
      await new Promise((resolve) => setTimeout(resolve, 5));
      running -= 1;
      return spooler(copy);
    };
    const queue = queueWith(new FakePdfDriver(printers));
    const requests = [job({ copies: 2 }), job({ copies: 2 }), job()];
    const results = await Promise.all(requests.map((request) => queue.submit(request, ticketPrinter)));
    expect(results.map((result) => result.status)).toEqual(['printed', 'printed', 'printed']);
    expect(mostAtOnce).toBe(1);
    // The copies of one ticket come out together, tickets in the order they were sent.
    const [a, b, c] = requests.map((request) => request.html);
    expect(printers.printed.map((copy) => copy.html)).toEqual([a, a, b, b, c]);
  });
});

describe('retrying a kept job', () => {
  it('prints once the printer is back, then leaves the queue', async () => {
    const driver = new FakePdfDriver(new FakePrinters([]));
    const queue = queueWith(driver);
    const request = job({ copies: 2 });
    expect(await queue.submit(request, ticketPrinter)).toMatchObject({ status: 'failed', error: PRINT_ERROR.printerNotFound });

    driver.printers.printers = [printer('TM-T82')];
    const result = await queue.retry(request.jobId);
    expect(result).toMatchObject({ jobId: request.jobId, status: 'printed' });
    expect(driver.printers.copiesOn('TM-T82')).toBe(2);
    expect(await queue.list()).toEqual([]);
    expect(driver.pdfs).toHaveLength(1);
  });

  it('prints only the copies that did not come out', async () => {
    const driver = new FakePdfDriver();
    const queue = queueWith(driver);
    const request = job({ copies: 3 });
    const spooler = driver.printers.print.bind(driver.printers);
    let calls = 0;
    driver.printers.print = (copy) => {
      calls += 1;
      return calls === 2 ? Promise.reject(new Error('paper out')) : spooler(copy);
    };
    expect(await queue.submit(request, ticketPrinter)).toMatchObject({ status: 'failed' });
    expect(driver.printers.printed).toHaveLength(1);
    expect((await readQueueFile()).jobs[0]).toMatchObject({ copiesPrinted: 1, attempts: 1, lastError: PRINT_ERROR.failed, lastDetail: 'paper out' });

    expect(await queue.retry(request.jobId)).toMatchObject({ status: 'printed' });
    expect(driver.printers.printed).toHaveLength(3);
  });

  it('uses the printer the settings name now', async () => {
    const driver = new FakePdfDriver(new FakePrinters([printer('TM-T82'), printer('XP-80')]));
    const queue = queueWith(driver);
    const request = job();
    await queue.submit(request, { printerName: 'Old-Printer', paper: '80mm' });
    expect(await queue.retry(request.jobId, { printerName: 'XP-80', paper: '80mm' })).toMatchObject({ status: 'printed' });
    expect(driver.printers.copiesOn('XP-80')).toBe(1);
  });

  it('counts attempts and keeps the last reason', async () => {
    const driver = new FakePdfDriver(new FakePrinters([]));
    const queue = queueWith(driver);
    const request = job();
    await queue.submit(request, ticketPrinter);
    await queue.retry(request.jobId);
    expect(await queue.list()).toMatchObject([{ attempts: 2, lastError: PRINT_ERROR.printerNotFound }]);
  });

  it('makes the PDF copy on retry if the first try could not', async () => {
    const driver = new FakePdfDriver(new FakePrinters([]));
    driver.pdfFailure = new Error('renderer crashed');
    const queue = queueWith(driver);
    const request = job();
    expect((await queue.submit(request, ticketPrinter)).pdfPath).toBeUndefined();

    driver.pdfFailure = undefined;
    driver.printers.printers = [printer('TM-T82')];
    const result = await queue.retry(request.jobId);
    expect(result).toMatchObject({ status: 'printed', detail: undefined });
    expect(result.pdfPath).toContain(request.jobId);
  });

  it('refuses a job it does not hold', async () => {
    const queue = queueWith(new FakePdfDriver());
    await expect(queue.retry('0190f3a4-7b1c-7d2e-8f90-ffffffffffff')).rejects.toEqual(new DeskError(PRINT_ERROR.jobNotFound, '0190f3a4-7b1c-7d2e-8f90-ffffffffffff'));
  });
});

describe('the queue on disk', () => {
  it('survives a restart with the job\'s HTML, and prints it from there', async () => {
    const before = new FakePdfDriver(new FakePrinters([]));
    const request = job({ copies: 2, html: '<h1>寄存牌 A-017</h1>' });
    await queueWith(before).submit(request, ticketPrinter);

    const after = new FakePdfDriver();
    const restarted = queueWith(after);
    expect(await restarted.list()).toEqual([
      { jobId: request.jobId, kind: 'storageTicket', recordNumber: request.recordNumber, createdAt: NOW, attempts: 1, lastError: PRINT_ERROR.printerNotFound },
    ]);
    expect(await restarted.retry(request.jobId)).toMatchObject({ status: 'printed' });
    expect(after.printers.printed.map((copy) => copy.html)).toEqual(['<h1>寄存牌 A-017</h1>', '<h1>寄存牌 A-017</h1>']);
    expect(after.pdfs).toHaveLength(0);
  });

  it('writes through a temporary file and leaves none behind', async () => {
    const queue = queueWith(new FakePdfDriver(new FakePrinters([])));
    await Promise.all([job(), job(), job()].map((request) => queue.submit(request, ticketPrinter)));
    expect((await readQueueFile()).jobs).toHaveLength(3);
    expect((await readdir(dir)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('starts empty from a corrupt file, keeps a copy of it, and works on', async () => {
    await writeFile(queueFile, '{"version":1,"jobs":[{"jobId":');
    const driver = new FakePdfDriver();
    const queue = queueWith(driver);
    expect(await queue.list()).toEqual([]);
    const copies = (await readdir(dir)).filter((name) => name.startsWith('print-queue.json.unreadable-'));
    expect(copies).toHaveLength(1);
    expect(await readFile(path.join(dir, copies[0] ?? ''), 'utf8')).toBe('{"version":1,"jobs":[{"jobId":');

    expect(await queue.submit(job(), { printerName: 'Gone', paper: '80mm' })).toMatchObject({ status: 'failed' });
    expect((await readQueueFile()).jobs).toHaveLength(1);
  });

  it('keeps the readable jobs of a partly damaged file', async () => {
    const broken = new FakePdfDriver(new FakePrinters([]));
    const request = job();
    await queueWith(broken).submit(request, ticketPrinter);
    const file = await readQueueFile();
    await writeFile(queueFile, JSON.stringify({ ...file, jobs: [...file.jobs, { jobId: 'garbage' }, 42] }));

    expect((await queueWith(new FakePdfDriver()).list()).map((entry) => entry.jobId)).toEqual([request.jobId]);
    expect((await readdir(dir)).some((name) => name.startsWith('print-queue.json.unreadable-'))).toBe(true);
  });

  it.each([['an array', '[]'], ['another version', '{"version":2,"jobs":[]}'], ['an empty file', ''], ['null', 'null']])(
    'does not crash on %s',
    async (_what, contents) => {
      await writeFile(queueFile, contents);
      await expect(queueWith(new FakePdfDriver()).list()).resolves.toEqual([]);
    },
  );
});
