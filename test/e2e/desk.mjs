// What every end-to-end flow shares: the people, the store, and the steps to get to work.

export const STORE = '华联超市五一店';
export const SUPERVISOR = { no: '9001', name: '王主管', pin: '900100' };
export const CLERK = { no: '1001', name: '李小红', pin: '100100' };

/** Opens a desk area from the top bar and waits for its heading. */
export async function openArea(page, nav, heading) {
  await page.getByRole('navigation').getByRole('button', { name: nav, exact: true }).click();
  await page.getByRole('heading', { name: heading, exact: true }).first().waitFor();
}

/** The print jobs the browser stand-in has archived, oldest first. */
export async function printedJobs(page) {
  return page.evaluate(() => window.__deskStandIn.archive.map((r) => r.request));
}

export async function signIn(page, who) {
  await page.getByRole('heading', { name: '员工登录' }).waitFor();
  await page.getByLabel('工号').fill(who.no);
  await page.getByLabel('PIN 码').fill(who.pin);
  await page.getByRole('button', { name: '登录' }).click();
}

/** First start (store S01, counter C1, the supervisor signed in), then the supervisor adds the clerk. */
export async function firstRunWithClerk(page) {
  await page.getByLabel('门店名称').fill(STORE);
  await page.getByLabel('门店代码').fill('S01');
  await page.getByLabel('本柜台编号').fill('C1');
  await page.getByLabel('主管工号').fill(SUPERVISOR.no);
  await page.getByLabel('主管姓名').fill(SUPERVISOR.name);
  await page.getByLabel('PIN 码（6–8 位数字）').fill(SUPERVISOR.pin);
  await page.getByLabel('再次输入 PIN 码').fill(SUPERVISOR.pin);
  await page.getByRole('button', { name: '完成设置' }).click();
  await openArea(page, '员工', '员工管理');
  await page.getByLabel('工号', { exact: true }).fill(CLERK.no);
  await page.getByLabel('姓名', { exact: true }).fill(CLERK.name);
  await page.getByLabel('岗位', { exact: true }).selectOption('clerk');
  await page.getByLabel('PIN 码（4–8 位数字）').fill(CLERK.pin);
  await page.getByLabel('再次输入 PIN 码').fill(CLERK.pin);
  await page.getByRole('button', { name: '新增', exact: true }).click();
  await page.getByText(`已新增员工 ${CLERK.no} ${CLERK.name}`).waitFor();
}

export async function signOut(page) {
  await page.getByRole('button', { name: '退出登录' }).click();
}
