import { execFileSync } from 'node:child_process';
import { mkdir, symlink } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrintJobRequest } from '../../shared/schema/print';
import { PrintQueue } from '../../electron/main/print/queue';
import { ChromiumPdfDriver } from './support/chromiumPdfDriver';
import { makeTempDir } from './support/tempDir';

/**
 * Real PDFs: tickets go through the print queue into headless Chromium with
 * the bundled Noto Sans SC (this machine has no CJK system font, so Chinese
 * text in the PDF proves the web font was loaded before printing), then are
 * checked with poppler's pdfinfo, pdftotext and pdffonts. A picture of each
 * goes to test-results/main/ to look at. Chromium missing = failure.
 */

const require = createRequire(import.meta.url);
const fontDir = path.dirname(require.resolve('@fontsource/noto-sans-sc/400.css'));
const picturesDir = path.resolve('test-results', 'main');

const MM_PER_PT = 25.4 / 72;
// Chromium rounds page sizes to its own device units; under 1 pt (0.35 mm) off is the same paper.
const PT_TOLERANCE = 1;

let driver: ChromiumPdfDriver;
let queue: PrintQueue;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  const temp = await makeTempDir('desk-print-');
  cleanup = temp.cleanup;
  const rendererDir = path.join(temp.dir, 'renderer');
  await mkdir(rendererDir, { recursive: true });
  await symlink(fontDir, path.join(rendererDir, 'fonts'));
  await mkdir(picturesDir, { recursive: true });
  driver = await ChromiumPdfDriver.launch({ rootDir: rendererDir });
  queue = new PrintQueue({
    driver,
    archiveDir: path.join(temp.dir, 'print-archive'),
    queueFile: path.join(temp.dir, 'print-queue.json'),
    clock: { now: () => Date.UTC(2025, 2, 15, 2) },
  });
}, 60_000);

afterAll(async () => {
  await driver?.close();
  await cleanup?.();
});

function ticketHtml(body: string): string {
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8">
<link rel="stylesheet" href="app://desk/fonts/400.css">
<style>
  html, body { margin: 0; }
  body { padding: 3mm; font-family: 'Noto Sans SC', sans-serif; font-size: 12pt; }
  h1 { font-size: 18pt; margin: 0 0 2mm; }
</style></head>
<body>${body}</body></html>`;
}

let jobCounter = 0;
function request(overrides: Partial<PrintJobRequest>): PrintJobRequest {
  jobCounter += 1;
  return {
    jobId: `0190f3a4-7b1c-7d2e-8f90-${String(jobCounter).padStart(12, '0')}`,
    kind: 'storageTicket',
    recordNumber: 'S01-C1-20250315-0001',
    html: ticketHtml('<h1>寄存凭证</h1>'),
    paper: '80mm',
    copies: 1,
    ...overrides,
  };
}

function pdfInfo(file: string): { pages: number; widthPt: number; heightPt: number } {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const pages = /Pages:\s+(\d+)/.exec(info);
  const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info);
  if (!pages?.[1] || !size?.[1] || !size[2]) throw new Error(`unexpected pdfinfo output:\n${info}`);
  return { pages: Number(pages[1]), widthPt: Number(size[1]), heightPt: Number(size[2]) };
}

const pdfText = (file: string) => execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
const pdfFonts = (file: string) => execFileSync('pdffonts', [file], { encoding: 'utf8' });
const picture = (file: string, name: string) =>
  execFileSync('pdftoppm', ['-png', '-r', '150', '-singlefile', file, path.join(picturesDir, name)]);

async function printedPdf(job: PrintJobRequest): Promise<string> {
  const result = await queue.submit(job, { printerName: 'TM-T82', paper: job.paper });
  expect(result.status).toBe('printed');
  if (!result.pdfPath) throw new Error('no PDF was archived');
  return result.pdfPath;
}

describe('printing through Chromium', () => {
  it('archives an 80 mm storage ticket with its Chinese text, its number and the bundled font, on one page', async () => {
    const pdf = await printedPdf(
      request({
        html: ticketHtml(`
          <h1>寄存凭证</h1>
          <p>编号 S01-C1-20250315-0001</p>
          <p>柜号 A-017 · 件数 2</p>
          <p>请凭此凭证取回物品。</p>`),
      }),
    );
    picture(pdf, 'storage-ticket-80mm');

    const info = pdfInfo(pdf);
    expect(info.pages).toBe(1);
    expect(Math.abs(info.widthPt - 226.77)).toBeLessThan(PT_TOLERANCE);
    // As long as the ticket, not an A4 sheet nor an 80 x 80 mm square.
    const measuredPx = driver.measuredHeights.at(-1) ?? 0;
    expect(Math.abs(info.heightPt - measuredPx * 0.75)).toBeLessThan(PT_TOLERANCE);
    expect(info.heightPt * MM_PER_PT).toBeLessThan(100);

    const text = pdfText(pdf);
    expect(text).toContain('寄存');
    expect(text).toContain('S01-C1-20250315-0001');
    expect(pdfFonts(pdf)).toMatch(/NotoSansSC/i);
    expect(driver.printers.copiesOn('TM-T82')).toBeGreaterThan(0);
  });

  it('makes a long 58 mm roll one page as long as its content', async () => {
    const lines = Array.from({ length: 80 }, (_, index) => `<p>寄存物品 第 ${index + 1} 行</p>`).join('');
    const pdf = await printedPdf(request({ kind: 'lostItemSlip', paper: '58mm', html: ticketHtml(`<h1>失物招领</h1>${lines}`) }));
    picture(pdf, 'lost-item-slip-58mm');

    const info = pdfInfo(pdf);
    expect(info.pages).toBe(1);
    expect(Math.abs(info.widthPt - (58 / MM_PER_PT))).toBeLessThan(PT_TOLERANCE);
    expect(info.heightPt * MM_PER_PT).toBeGreaterThan(500);
    expect(pdfText(pdf)).toContain('第 80 行');
  });

  it('prints the overnight list on a whole A4 sheet', async () => {
    const pdf = await printedPdf(request({ kind: 'overnightList', paper: 'A4', html: ticketHtml('<h1>隔夜寄存清单</h1><p>A-017</p>') }));
    const info = pdfInfo(pdf);
    expect(info.pages).toBe(1);
    expect(Math.abs(info.widthPt - 595.28)).toBeLessThan(PT_TOLERANCE);
    expect(Math.abs(info.heightPt - 841.89)).toBeLessThan(PT_TOLERANCE);
    expect(pdfText(pdf)).toContain('隔夜寄存清单');
  });

  it('runs none of the print document\'s own scripts', async () => {
    const html = ticketHtml('<p>寄存</p><script>document.title = "script ran"</script>');
    expect(await driver.scriptRuns(html)).toBe(false);
  });
});
