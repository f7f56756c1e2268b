// What the technician service flows share: the morning they start at, the technician, and the steps every call goes through.
import { CLERK, firstRunWithClerk, openArea, signIn, signOut, SUPERVISOR } from './desk.mjs';

/** Wednesday 2026-11-25 10:00 in Shanghai: the page's clock starts here and is moved by the test, never by waiting. */
export const START = Date.UTC(2026, 10, 25, 2, 0);
export const TECH = { no: '3001', name: '周师傅', pin: '300100' };

/** First start, the clerk, and the technician added by the supervisor (who stays signed in). */
export async function deskWithTechnician(page) {
  await firstRunWithClerk(page);
  await page.getByLabel('工号', { exact: true }).fill(TECH.no);
  await page.getByLabel('姓名', { exact: true }).fill(TECH.name);
  await page.getByLabel('岗位', { exact: true }).selectOption('technician');
  await page.getByLabel('PIN 码（4–8 位数字）').fill(TECH.pin);
  await page.getByLabel('再次输入 PIN 码').fill(TECH.pin);
  await page.getByRole('button', { name: '新增', exact: true }).click();
  await page.getByText(`已新增员工 ${TECH.no} ${TECH.name}`).waitFor();
}

/**
 * The clerk takes a call for 陈女士's air conditioner (叫修登记); `fill`
 * types what a flow adds (model, purchase date) before it is saved.
 * Signs out after; returns the call's number.
 */
export async function takeServiceCall(page, { serviceType, problem = '压缩机不启动', fill = async () => undefined }) {
  await signIn(page, CLERK);
  await openArea(page, '叫修登记', '叫修登记');
  await page.getByLabel('顾客姓名').fill('陈女士');
  await page.getByLabel('电话').fill('138 0013 8000');
  await page.getByLabel('地址').fill('五一路 8 号 3 栋 502');
  await page.getByLabel('区域').selectOption({ label: '市区' });
  await page.getByLabel('产品类别').selectOption({ label: '空调' });
  await page.getByLabel('产品名称').fill('格力空调');
  await fill();
  await page.getByLabel('故障描述').fill(problem);
  await page.getByLabel('服务类别').selectOption({ label: serviceType });
  await page.getByRole('button', { name: '登记', exact: true }).click();
  const number = (await page.getByTestId('service-number').textContent()).trim();
  await signOut(page);
  return number;
}

/** The service supervisor sends the call to the only technician (the suggestion), who signs in and accepts it. */
export async function dispatchAndAccept(page, number) {
  await signIn(page, SUPERVISOR);
  await openArea(page, '派工', '派工');
  await page.getByRole('button', { name: new RegExp(`^把 ${number} 派给 ${TECH.name}：`) }).click();
  await page.getByText(`${number} 已派给 ${TECH.name}`).waitFor();
  await signOut(page);
  await signIn(page, TECH);
  await page.getByRole('button', { name: `接单 ${number}` }).click();
  await page.getByText(/已接单/).first().waitFor();
  await signOut(page);
}
