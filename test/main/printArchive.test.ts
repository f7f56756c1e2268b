import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PrinterRoute, PrintJobRequest } from '../../shared/schema/print';
import { DeskError } from '../../electron/main/deskError';
import { archivePdfPath, writeArchivedPdf } from '../../electron/main/print/archive';
import { jobsToDrop, KEPT_JOB_LIMITS, type KeptJobLimits } from '../../electron/main/print/keptJobs';
import { PRINT_ERROR, PrintQueue } from '../../electron/main/print/queue';
import { FakePdfDriver } from './support/fakePdfDriver';
import { FakePrinters } from './support/fakePrinters';
import { makeTempDir } from './support/tempDir';

const DAY = 24 * 60 * 60 * 1000;
// 2025-03-15 10:00 in the store (Asia/Shanghai).
const NOW = Date.UTC(2025, 2, 15, 2, 0);
const ticketPrinter: PrinterRoute = { printerName: 'TM-T82', paper: '80mm' };

let jobCounter = 0;
function job(overrides: Partial<PrintJobRequest> = {}): PrintJobRequest {
  jobCounter += 1;
  return {
    jobId: `0190f3a4-7b1c-7d2e-8f90-${String(jobCounter).padStart(12, '0')}`,
    kind: 'storageTicket',
    recordNumber: `JC-S01-C1-250315-${String(jobCounter).padStart(4, '0')}`,
    html: `<p>寄存牌 ${jobCounter}</p>`,
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
let now: number;

beforeEach(async () => {
  ({ dir, cleanup } = await makeTempDir());
  archiveDir = path.join(dir, 'print-archive');
  queueFile = path.join(dir, 'print-queue.json');
  logged = [];
  now = NOW;
});
afterEach(() => cleanup());

function queueWith(driver: FakePdfDriver, keptJobLimits?: KeptJobLimits): PrintQueue {
  return new PrintQueue({ driver, archiveDir, queueFile, clock: { now: () => now }, log: (message) => logged.push(message), keptJobLimits });
}

const keptIds = async () => ((JSON.parse(await readFile(queueFile, 'utf8')) as { jobs: { jobId: string }[] }).jobs).map((kept) => kept.jobId);

describe('the PDF archive never writes over a printout', () => {
  it('keeps the first file byte for byte when the same name is written again, and leaves no temporary file', async () => {
    const file = archivePdfPath(archiveDir, NOW, 'JC-S01-C1-250315-0001', '0190f3a4-7b1c-7d2e-8f90-000000000001', 'Asia/Shanghai');
    expect(await writeArchivedPdf(file, new TextEncoder().encode('%PDF first'))).toBe('written');
    expect(await writeArchivedPdf(file, new TextEncoder().encode('%PDF second, longer'))).toBe('kept');
    expect(await readFile(file, 'utf8')).toBe('%PDF first');
    expect(await readdir(path.dirname(file))).toEqual([path.basename(file)]);
  });

  it('refuses a printed job sent again: nothing printed, the archived PDF unchanged', async () => {
    const driver = new FakePdfDriver();
    const queue = queueWith(driver);
    const request = job();
    const first = await queue.submit(request, ticketPrinter);
    expect(first).toMatchObject({ status: 'printed' });
    const archived = await readFile(first.pdfPath ?? '');

    const again = queue.submit({ ...request, html: '<p>寄存牌 改过的</p>' }, ticketPrinter);
    await expect(again).rejects.toEqual(new DeskError(PRINT_ERROR.alreadyPrinted, first.pdfPath));
    expect(await readFile(first.pdfPath ?? '')).toEqual(archived);
    expect(driver.printers.printed).toHaveLength(1);
    expect(await queue.list()).toEqual([]);
  });

  it('a kept job whose PDF was archived before a crash takes that PDF as it is', async () => {
    const driver = new FakePdfDriver(new FakePrinters([]));
    driver.pdfFailure = new Error('renderer crashed');
    const queue = queueWith(driver);
    const request = job();
    expect((await queue.submit(request, ticketPrinter)).pdfPath).toBeUndefined();
    const file = archivePdfPath(archiveDir, NOW, request.recordNumber, request.jobId);
    await writeArchivedPdf(file, new TextEncoder().encode('%PDF made before the crash'));

    driver.pdfFailure = undefined;
    driver.printers.printers = [{ name: 'TM-T82', displayName: 'TM-T82', isDefault: true, offline: false }];
    expect(await queue.retry(request.jobId)).toMatchObject({ status: 'printed', pdfPath: file });
    expect(await readFile(file, 'utf8')).toBe('%PDF made before the crash');
  });
});

describe('which failed jobs are kept with their HTML', () => {
  const limits: KeptJobLimits = { maxJobHtmlBytes: 100, maxTotalHtmlBytes: 250, maxAgeMs: 30 * DAY };
  const kept = (id: string, createdAt: number, bytes: number) => ({ id, createdAt, html: 'x'.repeat(bytes) });

  it('drops the too old, the too large, then the oldest until the rest fit, oldest first', () => {
    const jobs = [kept('new', NOW, 90), kept('old', NOW - 31 * DAY, 10), kept('big', NOW - DAY, 101), kept('a', NOW - 3 * DAY, 90), kept('b', NOW - 2 * DAY, 90)];
    expect(jobsToDrop(jobs, NOW, limits).map(({ job: j, reason }) => [j.id, reason])).toEqual([
      ['old', 'tooOld'],
      ['a', 'overTotal'],
      ['big', 'tooLarge'],
    ]);
    expect(jobsToDrop([kept('x', NOW - 30 * DAY, 100)], NOW, limits)).toEqual([]);
  });

  it('counts HTML in bytes as stored (UTF-8), and defaults to 2 MB a job, 50 MB in all, 30 days', () => {
    expect(jobsToDrop([{ createdAt: NOW, html: '寄'.repeat(34) }], NOW, limits)).toHaveLength(1);
    expect(KEPT_JOB_LIMITS).toEqual({ maxJobHtmlBytes: 2 * 1024 * 1024, maxTotalHtmlBytes: 50 * 1024 * 1024, maxAgeMs: 30 * DAY });
  });

  it('the queue keeps failed jobs within the total, dropping the oldest and saying so', async () => {
    const queue = queueWith(new FakePdfDriver(new FakePrinters([])), limits);
    const requests = [job({ html: 'a'.repeat(100) }), job({ html: 'b'.repeat(100) }), job({ html: 'c'.repeat(100) })];
    for (const request of requests) {
      expect(await queue.submit(request, ticketPrinter)).toMatchObject({ status: 'failed', error: PRINT_ERROR.printerNotFound });
      now += 60_000;
    }
    const [oldest, ...rest] = requests.map((r) => r.jobId);
    expect((await queue.list()).map((queued) => queued.jobId)).toEqual(rest);
    expect(await keptIds()).toEqual(rest);
    expect(logged.some((line) => line.includes(`job ${oldest}`) && line.includes('overTotal') && line.includes('.pdf'))).toBe(true);
  });

  it('after a restart, drops the jobs past the age limit from the queue file', async () => {
    const first = queueWith(new FakePdfDriver(new FakePrinters([])), limits);
    const old = job();
    await first.submit(old, ticketPrinter);
    now += 20 * DAY;
    const recent = job();
    await first.submit(recent, ticketPrinter);

    now += 11 * DAY;
    const restarted = queueWith(new FakePdfDriver(new FakePrinters([])), limits);
    expect((await restarted.list()).map((queued) => queued.jobId)).toEqual([recent.jobId]);
    expect(await keptIds()).toEqual([recent.jobId]);
  });

  it('does not keep a failed job larger than the limit, but its PDF stays in the archive', async () => {
    const queue = queueWith(new FakePdfDriver(new FakePrinters([])), limits);
    const result = await queue.submit(job({ html: 'x'.repeat(101) }), ticketPrinter);
    expect(result).toMatchObject({ status: 'failed' });
    expect(await queue.list()).toEqual([]);
    await expect(readFile(result.pdfPath ?? '')).resolves.toBeDefined();
  });
});
