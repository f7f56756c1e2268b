// Reads back the PDFs Chromium prints, in JavaScript (pdf.js through unpdf): nothing outside npm.
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { getDocumentProxy } from 'unpdf';

async function openPdf(path) {
  return getDocumentProxy(new Uint8Array(await readFile(path)), { verbosity: 0 });
}

/**
 * Text of a PDF laid out as on the page (like pdftotext -layout): what shares a baseline is one line, left to
 * right, a space where there is a gap; pages separated by a form feed. Content order alone would put a table's
 * label after its English subtitle rather than beside its figure.
 */
export async function pdfText(path) {
  const doc = await openPdf(path);
  try {
    const pages = [];
    for (let number = 1; number <= doc.numPages; number += 1) {
      const { items } = await (await doc.getPage(number)).getTextContent();
      pages.push(layOut(items.filter((item) => 'str' in item && item.str !== '')));
    }
    return pages.join('\n\f');
  } finally {
    await doc.destroy();
  }
}

function layOut(items) {
  const runs = items
    .map((item) => ({ text: item.str, x: item.transform[4], y: item.transform[5], width: item.width, size: Math.hypot(item.transform[2], item.transform[3]) }))
    .sort((a, b) => b.y - a.y);
  const lines = [];
  for (const run of runs) {
    const line = lines.at(-1);
    if (line && Math.abs(line.y - run.y) < 0.4 * Math.max(line.size, run.size)) line.runs.push(run);
    else lines.push({ y: run.y, size: run.size, runs: [run] });
  }
  return lines
    .map(({ runs: inLine }) => {
      let text = '';
      let end = -Infinity;
      for (const run of inLine.sort((a, b) => a.x - b.x)) {
        if (run.x - end > 0.25 * run.size && text !== '' && !text.endsWith(' ') && !run.text.startsWith(' ')) text += ' ';
        text += run.text;
        end = run.x + run.width;
      }
      return text;
    })
    .join('\n');
}

/** Page count and first page size in points. */
export async function pdfInfo(path) {
  const doc = await openPdf(path);
  try {
    const [left, bottom, right, top] = (await doc.getPage(1)).view;
    return { pages: doc.numPages, width: right - left, height: top - bottom };
  } finally {
    await doc.destroy();
  }
}

/**
 * The fonts of a PDF as pdffonts lists them: name (null for a Type 3 font), subtype, encoding and whether the
 * font file is embedded. Read from the font dictionaries, which Chromium writes as plain objects; pdf.js does
 * not expose them.
 */
export async function pdfFonts(path) {
  const source = (await readFile(path)).toString('latin1');
  const objects = new Map([...source.matchAll(/(\d+) 0 obj\s*(<<[\s\S]*?)(?:\bstream\b|\bendobj\b)/g)].map((m) => [m[1], m[2]]));
  const name = (dict, key) => new RegExp(`/${key}\\s*/([^\\s/<>\\[\\]()]+)`).exec(dict)?.[1] ?? null;
  const referenced = (dict, pattern) => objects.get(pattern.exec(dict)?.[1] ?? '') ?? '';
  const fonts = [];
  for (const dict of objects.values()) {
    // A CID font is listed through the Type 0 font that uses it.
    if (!/\/Type\s*\/Font\b/.test(dict) || /\/Subtype\s*\/CIDFontType/.test(dict)) continue;
    const subtype = name(dict, 'Subtype');
    const descendant = subtype === 'Type0' ? referenced(dict, /\/DescendantFonts\s*\[\s*(\d+) 0 R/) : dict;
    const descriptor = referenced(descendant, /\/FontDescriptor\s+(\d+) 0 R/);
    fonts.push({
      name: name(dict, 'BaseFont'),
      subtype,
      encoding: /\/Encoding\s*<</.test(dict) ? 'Custom' : name(dict, 'Encoding'),
      // A Type 3 font's glyphs are drawn in the PDF itself.
      embedded: subtype === 'Type3' || /\/FontFile[23]?\s+\d+ 0 R/.test(descriptor),
    });
  }
  return fonts;
}

const READER = 'http://pdf-reader.invalid';
const PDFJS = join(dirname(createRequire(import.meta.url).resolve('unpdf')), 'pdfjs.mjs');
// In the page's own module, not a function passed to evaluate(): test runners rewrite import() in test code.
const READER_PAGE = `<!doctype html><title>pdf</title><script type="module">
import * as pdfjs from '/pdfjs.mjs';
window.firstPagePng = async ({ dpi, mono, heightPx }) => {
  const data = new Uint8Array(await (await fetch('/document.pdf')).arrayBuffer());
  const doc = await pdfjs.getDocument({ data, isEvalSupported: false, verbosity: 0 }).promise;
  const page = await doc.getPage(1);
  const viewport = page.getViewport({ scale: dpi / 72 });
  const canvas = document.createElement('canvas');
  canvas.width = Math.ceil(viewport.width);
  canvas.height = Math.min(heightPx ?? Infinity, Math.ceil(viewport.height));
  const context = canvas.getContext('2d');
  await page.render({ canvas, canvasContext: context, viewport }).promise;
  if (mono) {
    const image = context.getImageData(0, 0, canvas.width, canvas.height);
    const px = image.data;
    for (let i = 0; i < px.length; i += 4) {
      px[i] = px[i + 1] = px[i + 2] = px[i] * 0.299 + px[i + 1] * 0.587 + px[i + 2] * 0.114 < 128 ? 0 : 255;
      px[i + 3] = 255;
    }
    context.putImageData(image, 0, 0);
  }
  return canvas.toDataURL('image/png');
};
</script>`;

/**
 * The first page of a PDF as a PNG at `dpi`, drawn by pdf.js in a Chromium page (Node has no canvas).
 * `mono`: every dot black or white, as a thermal head lays it down; `heightPx`: only the top of the page.
 */
export async function pdfPageImage(browser, path, { dpi, mono = false, heightPx } = {}) {
  const page = await browser.newPage();
  try {
    // Served from here, everything else refused: the reader never reaches out.
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (url === `${READER}/`) return route.fulfill({ body: READER_PAGE, contentType: 'text/html' });
      if (url === `${READER}/pdfjs.mjs`) return route.fulfill({ body: readFileSync(PDFJS), contentType: 'text/javascript' });
      if (url === `${READER}/document.pdf`) return route.fulfill({ path, contentType: 'application/pdf' });
      return route.abort();
    });
    await page.goto(`${READER}/`);
    await page.waitForFunction(() => 'firstPagePng' in window);
    const png = await page.evaluate((options) => window.firstPagePng(options), { dpi, mono, heightPx });
    return Buffer.from(png.slice(png.indexOf(',') + 1), 'base64');
  } finally {
    await page.close();
  }
}
