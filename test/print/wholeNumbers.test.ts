// @vitest-environment node
// Record and receipt numbers, and "name (staff no)", as Chromium lays out the
// printout for paper: each must sit on one line, never split at a hyphen or
// before "(", and nothing may reach past the paper's edge instead.
import { describe, expect, it } from 'vitest';
import { renderHandoutSlip, renderLostItemSlip, renderPrint, type PrintOutput } from '../../renderer/print';
import { campaign } from '../unit/giftsFixtures';
import { AT, handout, lostItem, printContext, returnRecord } from './fixtures';
import { printHarness } from './pdfHarness';

const harness = printHarness();

/** Long names and a long receipt number: what breaks first on a narrow roll. */
const NAMES = { '1024': '欧阳明月', '2001': '司马主管' };
const RECEIPT = 'POS-20261130-00420042';

interface Layout {
  /** For each text: the line count of each place it is printed. */
  readonly lines: Readonly<Record<string, readonly number[]>>;
  /** How far, in CSS px, the furthest element reaches past the paper's right edge. */
  readonly overflowPx: number;
}

/** Loads the printout as the print window does (print media, bundled fonts) and measures where `texts` fall. */
async function layout(name: string, render: (fontBaseUrl: string) => PrintOutput, texts: readonly string[]): Promise<Layout> {
  const out = render(harness.server.baseUrl);
  const page = await harness.browser.newPage();
  try {
    await page.emulateMedia({ media: 'print' });
    await page.goto(harness.server.publish(name, out.html), { waitUntil: 'load' });
    await page.evaluate(async () => {
      await document.fonts.ready;
    });
    return await page.evaluate((wanted) => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_ELEMENT);
      const elements: Element[] = [];
      for (let node = walker.nextNode(); node; node = walker.nextNode()) elements.push(node as Element);
      const lines: Record<string, number[]> = {};
      for (const text of wanted) {
        // The innermost elements that hold the whole text (its parts may sit in several text nodes).
        const holders = elements.filter((el) => el.textContent?.includes(text) && ![...el.children].some((c) => c.textContent?.includes(text)));
        lines[text] = holders.map((el) => {
          const full = el.textContent ?? '';
          const start = full.indexOf(text);
          // Character by character: the distinct line tops the text covers.
          const tops = new Set<number>();
          let offset = 0;
          const nodes = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
          for (let t = nodes.nextNode(); t; t = nodes.nextNode()) {
            const length = t.textContent?.length ?? 0;
            for (let i = 0; i < length; i += 1) {
              const at = offset + i;
              if (at < start || at >= start + text.length || /\s/.test(full[at] ?? '')) continue;
              const range = document.createRange();
              range.setStart(t, i);
              range.setEnd(t, i + 1);
              const rect = range.getBoundingClientRect();
              tops.add(Math.round(rect.top + rect.height / 2));
            }
            offset += length;
          }
          // Characters on one line share their middle within a few pixels.
          const sorted = [...tops].sort((a, b) => a - b);
          return sorted.filter((top, i) => i === 0 || top - sorted[i - 1]! > 4).length;
        });
      }
      const right = document.body.getBoundingClientRect().right;
      const overflowPx = Math.max(0, ...elements.map((el) => el.getBoundingClientRect().right - right));
      return { lines, overflowPx };
    }, texts);
  } finally {
    await page.close();
  }
}

describe('numbers and names print whole', () => {
  it('return slip on 80 mm: the receipt number and "name (no)" each on one line, on both copies', async () => {
    const texts = [RECEIPT, '欧阳明月 (1024)', '司马主管 (2001)'];
    const result = await layout('whole-return-slip', (fontBaseUrl) => renderPrint('returnSlip', { record: returnRecord({ receiptNo: RECEIPT }) }, printContext({ fontBaseUrl, staffName: '欧阳明月', staffNames: NAMES }), '80mm'), texts);
    // The store copy and the goods copy both carry the receipt; staff, approver and each footer name someone.
    expect(result.lines[RECEIPT]).toEqual([1, 1]);
    expect(result.lines['欧阳明月 (1024)']).toEqual([1, 1, 1]);
    expect(result.lines['司马主管 (2001)']).toEqual([1]);
    expect(result.overflowPx).toBe(0);
  });

  it('handout slip and lost item slip on 58 mm: numbers and names whole, nothing past the edge', async () => {
    const slip = await layout('whole-handout-58mm', (fontBaseUrl) => renderHandoutSlip(handout({ receiptNo: RECEIPT, purchaseDate: '2026-11-25' }), campaign(), printContext({ fontBaseUrl, staffName: '欧阳明月', staffNames: NAMES }), '58mm'), [
      RECEIPT,
      '欧阳明月 (1024)',
    ]);
    expect(slip.lines[RECEIPT]).toEqual([1]);
    expect(slip.lines['欧阳明月 (1024)']).toEqual([1, 1]);
    expect(slip.overflowPx).toBe(0);
    const moved = lostItem({ fromStorageNumber: 'JC-S01-C2-261121-0007', registered: { by: '2001', at: AT, counter: 'C2' } });
    const lost = await layout('whole-lost-58mm', (fontBaseUrl) => renderLostItemSlip(moved, printContext({ fontBaseUrl, staffName: '欧阳明月', staffNames: NAMES }), '58mm'), [
      'JC-S01-C2-261121-0007',
      '司马主管 (2001)',
    ]);
    expect(lost.lines['JC-S01-C2-261121-0007']).toEqual([1]);
    expect(lost.lines['司马主管 (2001)']).toEqual([1]);
    expect(lost.overflowPx).toBe(0);
  });
});
