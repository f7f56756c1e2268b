// Runs the gifts bench and prints its header (called from run.mjs, which prints the figures); the on-disk page other benches use.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from '../../test/e2e/browser.mjs';
import { BENCH_CHROMIUM_ARGS, benchRecords } from './records.mjs';

/**
 * 300,000 handouts are 900,000 entries plus their projections (about 1.5 GB
 * in IndexedDB): more than Chromium holds in memory for an incognito page,
 * which aborts with QuotaExceededError. The desk keeps IndexedDB on disk, so
 * this bench opens the bench page in an on-disk profile of the same
 * Chromium (with the benches' flags); the profile is removed afterwards.
 */
export async function onDiskPage(url) {
  const dir = mkdtempSync(join(tmpdir(), 'servicedesk-gifts-bench-'));
  const options = await chromiumLaunchOptions();
  const context = await chromium.launchPersistentContext(dir, { ...options, args: [...options.args, ...BENCH_CHROMIUM_ARGS], headless: true });
  const page = await context.newPage();
  page.setDefaultTimeout(1_200_000);
  await page.goto(url);
  return {
    page,
    close: async () => {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Prints the header line and returns the page's figures and heap (run.mjs prints them). */
export async function reportGiftsBench(benchPage) {
  const records = benchRecords('BENCH_GIFTS_RECORDS', 300_000);
  const { page, close } = await onDiskPage(benchPage.url());
  try {
    await page.waitForFunction(() => typeof window.runGiftsBench === 'function');
    if (!(await page.evaluate(() => crossOriginIsolated))) throw new Error('gifts bench page is not cross-origin isolated: timings would be rounded');
    const r = await page.evaluate((n) => window.runGiftsBench(n), records);
    console.log(`\nGifts (Chromium, IndexedDB on disk, ${r.records.toLocaleString('en')} handouts = ${(r.records * 3).toLocaleString('en')} entries, seeded in ${(r.seedMs / 1000).toFixed(1)} s)`);
    return r;
  } finally {
    await close();
  }
}
