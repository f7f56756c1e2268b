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
import { CLERK, firstRunWithClerk, openArea, signIn, signOut, SUPERVISOR } from './desk.mjs';
import { pdfInfo, pdfText } from './pdf.mjs';
import { printJobToPdf } from './printed.mjs';

const CONTEXT = { viewport: { width: 1366, height: 900 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' };
const DAY_MS = 86_400_000;

/** A store-local (Shanghai) date of an instant, yyyy-MM-dd. */
function shanghaiDay(ms) {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date(ms));
}

/**
 * The page's desk API bridged to the main process's handlers here under Node
 * (a real SyncService against the real server); print jobs are kept in
 * `printed` as the main process would receive them.
 */
async function bridgePage(page, dir, name, printed) {
  const service = new SyncService(new SyncCredentialStore(path.join(dir, `${name}-sync.bin`), plainEncryptor), { now: () => Date.now() });
  const api = bridgedDeskApi(service);
  await page.exposeFunction('__deskMain', (channel, request) => {
    if (channel === 'print:submit') printed.push(request);
    return api[channel](request);
  });
  await page.addInitScript((names) => {
    window.desk = Object.fromEntries(names.map((n) => [n, (request) => window.__deskMain(n, request)]));
  }, CHANNEL_NAMES);
  return service;
}

async function deposit(page, description, slot) {
  await openArea(page, '寄存', '大件物品寄存');
  await page.getByLabel('物品描述').fill(description);
  await page.getByLabel('存放位置（货架/格位）').fill(slot);
  await page.getByRole('button', { name: '寄存并打印凭证' }).click();
  await page.getByTestId('ticket-number').waitFor();
  const number = (await page.getByTestId('ticket-number').textContent()).trim();
  await page.getByRole('button', { name: '下一位顾客' }).click();
  return number;
}

/** A kettle refunded in cash on a receipt, as the returns e2e registers one. */
async function refundKettle(page, purchaseDay) {
  await openArea(page, '退换货', '退换货');
  const scan = page.getByLabel('扫描或输入购物小票号（回车确认）');
  await scan.fill('pos-20261130-0042');
  await scan.press('Enter');
  await page.getByTestId('receipt-number').waitFor();
  await page.getByLabel('购买日期').fill(purchaseDay);
  const item = page.getByRole('group', { name: '商品 1' });
  await item.getByLabel('商品条码/SKU').fill('6901234567892');
  await item.getByLabel('品名').fill('电水壶');
  await item.getByLabel('类别').selectOption('appliance');
  await item.getByLabel('购买数量').fill('1');
  await item.getByLabel('退货数量').fill('1');
  await item.getByLabel('单价（元）').fill('99.90');
  await page.getByLabel('退货原因').selectOption('quality');
  await page.getByLabel('商品状况').selectOption('faulty');
  await page.getByLabel('处理结果').selectOption('refund');
  await page.getByLabel('退款方式').selectOption('cash');
  await page.getByRole('button', { name: '登记退换货' }).click();
  await page.getByRole('dialog').getByRole('button', { name: '登记退换货' }).click();
  await page.getByTestId('return-number').waitFor();
  return (await page.getByTestId('return-number').textContent()).trim();
}

/** Signs the open dialog with the supervisor's number and PIN. */
async function approve(page) {
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('主管工号').fill(SUPERVISOR.no);
  await dialog.getByLabel('主管 PIN 码').fill(SUPERVISOR.pin);
  await dialog.getByRole('button', { name: '批准' }).click();
  await dialog.waitFor({ state: 'detached' });
}

export const supervisorFlow = {
  name: 'supervisor: a day on two synced counters reviewed in the log, closed (A4), corrected the next day',
  async run({ page, browser, origin, artifacts, step }) {
    const dir = await mkdtemp(path.join(tmpdir(), 'desk-e2e-supervisor-'));
    const server = await startEmbeddedServer({ dataDir: dir, port: await freePort() });
    const admin = new pg.Client(server.adminConfig);
    await admin.connect();
    const services = [];
    const printed = [];
    let other;
    // Yesterday 15:00 and today 09:30 in Shanghai, fixed on both pages (timers keep running, so sync does too).
    const today = shanghaiDay(Date.now());
    const dayOne = shanghaiDay(Date.now() - DAY_MS);
    const dayOneAt = Date.parse(`${dayOne}T15:00:00+08:00`);
    const dayTwoAt = Date.parse(`${today}T09:30:00+08:00`);
    try {
      const codeFor = async (counter) => {
        const { role, password } = await enrolCounter(admin, 'S01', counter);
        return encodeEnrolmentCode({ host: '127.0.0.1', port: server.port, database: server.database, user: role, password });
      };

      step(`${dayOne}: counter 1 set up and enrolled; counter 2 joins the store`);
      services.push(await bridgePage(page, dir, 'c1', printed));
      await page.clock.setFixedTime(dayOneAt);
      await page.goto(origin);
      await firstRunWithClerk(page);
      await openArea(page, '设置', '设置');
      await page.getByLabel('登记码（以 SDK1. 开头）').fill(await codeFor('C1'));
      await page.getByRole('button', { name: '登记', exact: true }).click();
      await page.getByText('已同步，等待新记录').waitFor({ timeout: 15_000 });
      const context = await browser.newContext(CONTEXT);
      other = await context.newPage();
      services.push(await bridgePage(other, dir, 'c2', []));
      await other.clock.setFixedTime(dayOneAt);
      await other.goto(origin);
      await other.getByLabel('加入已同步的门店（另一台柜台）').check();
      await other.getByLabel('门店代码').fill('S01');
      await other.getByLabel('本柜台编号').fill('C2');
      await other.getByLabel('登记码（以 SDK1. 开头）').fill(await codeFor('C2'));
      await other.getByRole('button', { name: '加入门店' }).click();
      await signIn(other, CLERK);

      step('the day’s work: a bag and a cash refund at counter 1, two bags at counter 2');
      await signOut(page);
      await signIn(page, CLERK);
      const bagOne = await deposit(page, '黑色拉杆箱', 'A-03');
      const returnNo = await refundKettle(page, dayOne);
      const bagTwo = await deposit(other, '婴儿车', 'B-01');
      const bagThree = await deposit(other, '红色背包', 'B-02');
      assert.match(bagTwo, /^JC-S01-C2-/);

      step('the supervisor reviews the day’s log of both counters');
      await signOut(page);
      await signIn(page, SUPERVISOR);
      await openArea(page, '日志', '日志');
      const logTable = page.getByRole('table', { name: /的操作记录/ });
      await logTable.getByRole('cell', { name: `${bagThree} 红色背包 x1 @B-02` }).waitFor({ timeout: 15_000 });
      await page.getByLabel('柜台').selectOption('C2');
      await logTable.getByRole('cell', { name: `${bagTwo} 婴儿车 x1 @B-01` }).waitFor();
      assert.equal(await logTable.getByRole('cell', { name: `${bagOne} 黑色拉杆箱 x1 @A-03` }).count(), 0, 'the counter filter leaves counter 1 out');
      await page.getByLabel('柜台').selectOption('');

      step('日结: both counters’ figures, signed with number and PIN, printed on A4 with the totals');
      await openArea(page, '日结', '日结');
      await page.getByText(`${dayOne} 待日结`).waitFor();
      const counters = page.getByTestId('day-close-counters');
      await counters.getByRole('columnheader', { name: 'C2' }).waitFor();
      await page.getByLabel('情况说明（对不上的地方）').fill('现金核对无误');
      await page.getByRole('button', { name: '签字日结' }).click();
      await approve(page);
      await page.getByTestId('day-close-signature').waitFor();
      await page.getByRole('button', { name: '打印日结单' }).click();
      const closeJob = await waitForPrint(printed, 'dayClose');
      const closePdf = await printJobToPdf(browser, origin, closeJob, artifacts);
      const closeText = (await pdfText(closePdf)).replace(/\s+/g, '');
      for (const text of ['日结单', dayOne, 'C1', 'C2', '99.90', '现金核对无误', '值班主管']) assert.ok(closeText.includes(text), `the close sheet holds ${text}`);
      const closeInfo = await pdfInfo(closePdf);
      assert.equal(closeInfo.pages, 1);
      assert.ok(Math.abs(closeInfo.width - 595.3) < 1 && Math.abs(closeInfo.height - 841.9) < 1, `A4, not ${closeInfo.width} x ${closeInfo.height}`);

      step(`${today}: the refund was wrong; reversed as a correction of ${dayOne}, which shows in today’s log`);
      await page.clock.setFixedTime(dayTwoAt);
      await other.clock.setFixedTime(dayTwoAt);
      await openArea(page, '退换货', '退换货');
      await page.getByLabel('查找退货单号或小票号').fill(returnNo);
      await page.getByRole('button', { name: `查看 ${returnNo}` }).click();
      await page.getByLabel('冲销原因').fill('退款登记错误');
      await page.getByRole('button', { name: '冲销…' }).click();
      await approve(page);
      await page.getByText('已冲销：退款登记错误').waitFor();
      await openArea(page, '日志', '日志');
      await page.getByLabel('日期').fill(today);
      await logTable.getByText(`更正 ${dayOne} 的记录`).first().waitFor();
    } catch (error) {
      await other?.screenshot({ path: path.join(artifacts, 'supervisor-counter2-failure.png'), fullPage: true }).catch(() => undefined);
      throw error;
    } finally {
      await other?.context().close();
      for (const service of services) await service.close();
      await admin.end();
      await server.stop();
      await rm(dir, { recursive: true, force: true });
    }
  },
};

/** The first print job of a kind the main process received (waits for it). */
async function waitForPrint(printed, kind) {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const job = printed.find((j) => j.kind === kind);
    if (job) return job;
    assert.ok(Date.now() < deadline, `a ${kind} print job arrived`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
