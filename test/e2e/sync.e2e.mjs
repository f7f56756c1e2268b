import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { CHANNEL_NAMES } from '../../shared/ipc.ts';
import { encodeEnrolmentCode } from '../../shared/schema/sync.ts';
import { SyncCredentialStore } from '../../electron/main/sync/credentials.ts';
import { SyncService } from '../../electron/main/sync/service.ts';
import { enrolCounter } from '../../electron/main/sync/server/enrol.ts';
import { startEmbeddedServer } from '../../electron/main/sync/server/embedded.ts';
import { freePort } from '../sync/freePort.ts';
import { plainEncryptor } from '../main/support/plainEncryptor.ts';
import { bridgedDeskApi } from '../sync/bridge.ts';
import { CLERK, firstRunWithClerk, openArea, signIn, SUPERVISOR } from './desk.mjs';

const CONTEXT = { viewport: { width: 1366, height: 900 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' };

/**
 * Gives the page the desktop API the Electron preload would: every call goes
 * to the main process's handlers running here under Node, with a real
 * SyncService of its own (its own credentials file) against the real server.
 */
async function bridgePage(page, dir, name) {
  const service = new SyncService(new SyncCredentialStore(path.join(dir, `${name}-sync.bin`), plainEncryptor), { now: () => Date.now() });
  const api = bridgedDeskApi(service);
  await page.exposeFunction('__deskMain', (channel, request) => api[channel](request));
  await page.addInitScript((names) => {
    window.desk = Object.fromEntries(names.map((n) => [n, (request) => window.__deskMain(n, request)]));
  }, CHANNEL_NAMES);
  return service;
}

async function enrolInSettings(page, code) {
  await openArea(page, '设置', '设置');
  await page.getByLabel('登记码（以 SDK1. 开头）').fill(code);
  await page.getByRole('button', { name: '登记', exact: true }).click();
  await page.getByText('已同步，等待新记录').waitFor({ timeout: 15_000 });
}

async function joinStore(page, counter, code) {
  await page.getByLabel('加入已同步的门店（另一台柜台）').check();
  await page.getByLabel('门店代码').fill('S01');
  await page.getByLabel('本柜台编号').fill(counter);
  await page.getByLabel('登记码（以 SDK1. 开头）').fill(code);
  await page.getByRole('button', { name: '加入门店' }).click();
  await page.getByRole('heading', { name: '员工登录' }).waitFor({ timeout: 30_000 });
}

async function copiesAgree(page) {
  await openArea(page, '设置', '设置');
  await page.getByRole('button', { name: '核对副本' }).click();
  await page.getByText('本机副本与服务器一致。').waitFor();
}

export const syncFlow = {
  name: 'sync: three counters of a store through the real server',
  async run({ page, browser, origin, step }) {
    const dir = await mkdtemp(path.join(tmpdir(), 'desk-e2e-sync-'));
    const server = await startEmbeddedServer({ dataDir: dir, port: await freePort() });
    const admin = new pg.Client(server.adminConfig);
    await admin.connect();
    const services = [];
    const contexts = [];
    try {
      const codeFor = async (counter) => {
        const { role, password } = await enrolCounter(admin, 'S01', counter);
        return encodeEnrolmentCode({ host: '127.0.0.1', port: server.port, database: server.database, user: role, password });
      };

      step('counter 1: first run, the supervisor enrols it in 设置 → 同步');
      services.push(await bridgePage(page, dir, 'c1'));
      await page.goto(origin);
      await firstRunWithClerk(page);
      await enrolInSettings(page, await codeFor('C1'));

      step('counters 2 and 3 join the store instead of a first run, and sign in with PINs set at counter 1');
      const pages = [page];
      for (const counter of ['C2', 'C3']) {
        const context = await browser.newContext(CONTEXT);
        contexts.push(context);
        const other = await context.newPage();
        services.push(await bridgePage(other, dir, counter));
        await other.goto(origin);
        await joinStore(other, counter, await codeFor(counter));
        await signIn(other, counter === 'C2' ? CLERK : SUPERVISOR);
        await other.getByRole('heading', { name: '大件物品寄存' }).waitFor();
        pages.push(other);
      }
      const [c1, c2, c3] = pages;

      step('a bag deposited at counter 1 is found at counter 2 within seconds, and released there');
      await openArea(c1, '寄存', '大件物品寄存');
      await c1.getByLabel('物品描述').fill('黑色拉杆箱');
      await c1.getByLabel('存放位置（货架/格位）').fill('A-03');
      await c1.getByRole('button', { name: '寄存并打印凭证' }).click();
      const number = (await c1.getByTestId('ticket-number').textContent()).trim();
      assert.match(number, /^JC-S01-C1-\d{6}-0001$/);
      const started = Date.now();
      await openArea(c2, '取件', '取件');
      const scan = c2.getByLabel('扫描或输入取件凭证号');
      // Looked up until it arrives: live sync should bring it well within 2 s.
      for (;;) {
        await scan.fill(number);
        await scan.press('Enter');
        const found = await c2.getByRole('button', { name: '核对无误，放行' }).waitFor({ timeout: 500 }).then(() => true, () => false);
        if (found) break;
        assert.ok(Date.now() - started < 10_000, 'the deposit reached counter 2');
      }
      const seenAfter = Date.now() - started;
      await c2.getByRole('button', { name: '核对无误，放行' }).click();
      await c2.getByText(`已放行：${number}`).waitFor();
      step(`  (seen at counter 2 after ${seenAfter} ms)`);

      step('counter 3 refuses a second release, naming counter 2');
      await openArea(c3, '取件', '取件');
      const deadline = Date.now() + 10_000;
      for (;;) {
        await c3.getByLabel('扫描或输入取件凭证号').fill(number);
        await c3.getByLabel('扫描或输入取件凭证号').press('Enter');
        const refused = await c3.getByText(`由 ${CLERK.no} ${CLERK.name} 在柜台 C2 放行，不能再次放行`).waitFor({ timeout: 500 }).then(() => true, () => false);
        if (refused) break;
        assert.ok(Date.now() < deadline, 'the release reached counter 3');
      }

      step('every copy agrees with the server');
      await copiesAgree(c3);
      await copiesAgree(c1);
    } finally {
      for (const context of contexts) await context.close();
      for (const service of services) await service.close();
      await admin.end();
      await server.stop();
      await rm(dir, { recursive: true, force: true });
    }
  },
};
