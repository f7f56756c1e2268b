// End to end: the built renderer in Chromium (see browser.mjs), driven as a clerk would.
// Run through tsx: the sync flow bridges pages to the main process's TypeScript modules.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launchChromium } from './browser.mjs';
import { serveStatic } from './server.mjs';
import { storageDeskFlow } from './storageDesk.e2e.mjs';

const root = resolve(import.meta.dirname, '../..');
const artifacts = join(root, 'test-results', 'e2e');
mkdirSync(artifacts, { recursive: true });

// `node test/e2e/run.mjs complaints` runs only the flows whose name starts with the word.
const only = process.argv[2];
const allFlows = [
  storageDeskFlow,
  (await import('./returns.e2e.mjs')).returnsFlow,
  (await import('./gifts.e2e.mjs')).giftsFlow,
  (await import('./complaints.e2e.mjs')).complaintsFlow,
  (await import('./service.e2e.mjs')).serviceFlow,
  (await import('./serviceFollowUp.e2e.mjs')).serviceFollowUpFlow,
  (await import('./serviceWorkshop.e2e.mjs')).serviceWorkshopFlow,
  (await import('./sync.e2e.mjs')).syncFlow,
  (await import('./supervisor.e2e.mjs')).supervisorFlow,
  (await import('./reports.e2e.mjs')).reportsFlow,
  (await import('./preOrders.e2e.mjs')).preOrdersFlow,
  (await import('./customerHistory.e2e.mjs')).customerHistoryFlow,
  (await import('./invoices.e2e.mjs')).invoicesFlow,
  (await import('./lostDatabase.e2e.mjs')).lostDatabaseFlow,
];
const flows = only ? allFlows.filter((f) => f.name.startsWith(only)) : allFlows;
// E2E_RENDERER_DIR: a renderer built elsewhere (`vite build --outDir …`), so two builds never share a folder.
const server = await serveStatic(process.env.E2E_RENDERER_DIR ? resolve(process.env.E2E_RENDERER_DIR) : join(root, 'out', 'renderer'));
const browser = await launchChromium();
let passed = 0;
let failed = 0;
try {
  for (const flow of flows) {
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    // A resource the CSP refuses (a font inlined as data:, say) is a defect the clerk sees as boxes.
    page.on('console', (m) => {
      if (m.type() === 'error' && /Content Security Policy/i.test(m.text())) errors.push(m.text());
    });
    const started = Date.now();
    try {
      await flow.run({ page, browser, origin: server.url, artifacts, step: (name) => console.log(`  · ${name}`) });
      if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
      passed += 1;
      console.log(`✓ ${flow.name} (${Date.now() - started} ms)`);
    } catch (error) {
      failed += 1;
      const shot = join(artifacts, `${flow.name.replace(/\W+/g, '-')}-failure.png`);
      await page.screenshot({ path: shot, fullPage: true }).catch(() => {});
      console.log(`✗ ${flow.name}: ${error instanceof Error ? error.stack : String(error)}\n  screenshot: ${shot}`);
    } finally {
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`\ne2e: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
