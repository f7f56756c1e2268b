import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const PAPER_MM = { '58mm': [58, null], '80mm': [80, null], A4: [210, 297], A5: [148, 210] };

/**
 * Turns a print job the app handed to the desk API into a PDF the way the
 * main process does: the same HTML, at the renderer's origin (so the bundled
 * font loads), the paper width, and for rolls the measured content height.
 */
export async function printJobToPdf(browser, origin, request, outDir) {
  const page = await browser.newPage();
  try {
    await page.goto(origin);
    await page.setContent(request.html, { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready);
    const [widthMm, heightMm] = PAPER_MM[request.paper];
    const contentPx = await page.evaluate(() => document.documentElement.scrollHeight);
    const height = heightMm ? `${heightMm}mm` : `${Math.ceil(contentPx) + 2}px`;
    const pdf = await page.pdf({ width: `${widthMm}mm`, height, printBackground: true, margin: { top: 0, right: 0, bottom: 0, left: 0 } });
    mkdirSync(outDir, { recursive: true });
    const path = join(outDir, `${request.recordNumber}-${request.jobId}.pdf`);
    writeFileSync(path, pdf);
    return path;
  } finally {
    await page.close();
  }
}
