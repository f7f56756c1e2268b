// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { PaperSize } from '../../shared/schema/print';
import { renderPrintDocument } from '../../renderer/print';
import { PRINT_FONT_FACES, fontFaceCss } from '../../renderer/print/fontFaces';

const BASE = 'http://127.0.0.1:5173/';

function doc(paper: PaperSize, fontBaseUrl = BASE, title = '寄存牌'): string {
  return renderPrintDocument({ paper, title, body: <p>华联超市 寄存 JC-S01-C2-261125-0007</p>, fontBaseUrl });
}

function pageRule(html: string): string {
  return /@page \{[^}]*\}/.exec(html)?.[0] ?? '';
}

describe('renderPrintDocument', () => {
  it('is a complete UTF-8 document with inline CSS and no scripts or links', () => {
    const html = doc('80mm');
    expect(html.startsWith('<!doctype html>\n')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain('<style>');
    expect(html).toContain('<body class="paper-80mm"><p>华联超市 寄存 JC-S01-C2-261125-0007</p></body>');
    expect(html).not.toMatch(/<script|<link|<iframe|@import/i);
  });

  it.each([
    ['A4', '@page { size: 210mm 297mm; margin: 12mm 0 }', 'width: 210mm'],
    ['A5', '@page { size: 148mm 210mm; margin: 10mm 0 }', 'width: 148mm'],
  ] as const)('gives %s paper both page sizes', (paper, rule, width) => {
    const html = doc(paper);
    expect(pageRule(html)).toBe(rule);
    expect(html).toContain(width);
  });

  it.each([
    ['80mm', 'width: 80mm', 'padding: 3mm 4mm'],
    ['58mm', 'width: 58mm', 'padding: 3mm 5mm'],
  ] as const)('gives a %s roll its width only: the main process sets the measured length', (paper, width, padding) => {
    const html = doc(paper);
    // Never a one-value size: that is a square page.
    expect(pageRule(html)).toBe('@page { margin: 0 }');
    expect(html).toContain(width);
    expect(html).toContain(padding);
    expect(html).toContain(`data-paper-width-mm="${paper.replace('mm', '')}"`);
  });

  it('puts the bundled font first in the font stack', () => {
    expect(doc('80mm')).toMatch(/font-family: 'Noto Sans SC', /);
  });

  it.each([BASE, 'app://desk/'])('points every font file at an absolute URL under %s', (base) => {
    const html = doc('80mm', base);
    const urls = [...html.matchAll(/url\("([^"]+)"\)/g)].map((m) => m[1] ?? '');
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) {
      expect(url.startsWith(base)).toBe(true);
      // Vite adds a content hash in the build; dev and Vitest keep the ?no-inline query.
      expect(url).toMatch(/noto-sans-sc-[\w-]+-(400|700)-normal(-[\w-]+)?\.woff2(\?no-inline)?$/);
    }
  });

  it('refuses a relative font base: the document is loaded from a temp file', () => {
    expect(() => doc('80mm', './')).toThrow(/absolute URL/);
  });

  it('escapes the title', () => {
    expect(doc('80mm', BASE, '<b>&')).toContain('<title>&lt;b&gt;&amp;</title>');
  });
});

describe('print font faces', () => {
  it('maps every unicode-range slice of both weights to a bundled file', () => {
    expect(PRINT_FONT_FACES.filter((f) => f.weight === 400)).toHaveLength(101);
    expect(PRINT_FONT_FACES.filter((f) => f.weight === 700)).toHaveLength(101);
  });

  it('declares only the slices the text needs, in both weights', () => {
    const css = fontFaceCss('寄', BASE);
    const faces = css.split('\n');
    expect(faces).toHaveLength(2);
    expect(css).toContain('font-weight:400');
    expect(css).toContain('font-weight:700');
    expect(fontFaceCss('', BASE)).toBe('');
  });
});
