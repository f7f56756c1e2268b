import { execFileSync } from 'node:child_process';

/** Text of a PDF (poppler's pdftotext, layout kept). */
export function pdfText(path) {
  return execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
}

/** Page count and first page size in points (pdfinfo). */
export function pdfInfo(path) {
  const out = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  const pages = Number(/Pages:\s+(\d+)/.exec(out)?.[1]);
  const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(out);
  return { pages, width: Number(size?.[1]), height: Number(size?.[2]) };
}

/** Fonts embedded in a PDF (pdffonts). */
export function pdfFonts(path) {
  return execFileSync('pdffonts', [path], { encoding: 'utf8' });
}
