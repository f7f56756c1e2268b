import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrintJobRequest } from '../../shared/schema/print';
import { PrintQueue } from '../../electron/main/print/queue';
import { pdfFonts, pdfInfo, pdfPageImage, pdfText } from '../e2e/pdf.mjs';
import { ChromiumPdfDriver } from './support/chromiumPdfDriver';
import { makeTempDir } from './support/tempDir';

/**
 * Real PDFs: tickets go through the print queue into headless Chromium with
 * the bundled Noto Sans SC (this machine has no CJK system font, so Chinese
 * text in the PDF proves the web font was loaded before printing), then are
 * read back (page count and size, text, fonts) in JavaScript. A picture of each
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

const picture = async (file: string, name: string) =>
  writeFile(path.join(picturesDir, `${name}.png`), await pdfPageImage(driver.browser, file, { dpi: 150 }));

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
    await picture(pdf, 'storage-ticket-80mm');

    const info = await pdfInfo(pdf);
    expect(info.pages).toBe(1);
    expect(Math.abs(info.width - 226.77)).toBeLessThan(PT_TOLERANCE);
    // As long as the ticket, not an A4 sheet nor an 80 x 80 mm square.
    const measuredPx = driver.measuredHeights.at(-1) ?? 0;
    expect(Math.abs(info.height - measuredPx * 0.75)).toBeLessThan(PT_TOLERANCE);
    expect(info.height * MM_PER_PT).toBeLessThan(100);

    const text = await pdfText(pdf);
    expect(text).toContain('寄存');
    expect(text).toContain('S01-C1-20250315-0001');
    expect((await pdfFonts(pdf)).some((font) => /NotoSansSC/i.test(font.name ?? ''))).toBe(true);
    expect(driver.printers.copiesOn('TM-T82')).toBeGreaterThan(0);
  });

  it('makes a long 58 mm roll one page as long as its content', async () => {
    const lines = Array.from({ length: 80 }, (_, index) => `<p>寄存物品 第 ${index + 1} 行</p>`).join('');
    const pdf = await printedPdf(request({ kind: 'lostItemSlip', paper: '58mm', html: ticketHtml(`<h1>失物招领</h1>${lines}`) }));
    await picture(pdf, 'lost-item-slip-58mm');

    const info = await pdfInfo(pdf);
    expect(info.pages).toBe(1);
    expect(Math.abs(info.width - (58 / MM_PER_PT))).toBeLessThan(PT_TOLERANCE);
    expect(info.height * MM_PER_PT).toBeGreaterThan(500);
    expect(await pdfText(pdf)).toContain('第 80 行');
  });

  it('prints the overnight list on a whole A4 sheet', async () => {
    const pdf = await printedPdf(request({ kind: 'overnightList', paper: 'A4', html: ticketHtml('<h1>隔夜寄存清单</h1><p>A-017</p>') }));
    const info = await pdfInfo(pdf);
    expect(info.pages).toBe(1);
    expect(Math.abs(info.width - 595.28)).toBeLessThan(PT_TOLERANCE);
    expect(Math.abs(info.height - 841.89)).toBeLessThan(PT_TOLERANCE);
    expect(await pdfText(pdf)).toContain('隔夜寄存清单');
  });

  it('runs none of the print document\'s own scripts', async () => {
    const html = ticketHtml('<p>寄存</p><script>document.title = "script ran"</script>');
    expect(await driver.scriptRuns(html)).toBe(false);
  });
});
