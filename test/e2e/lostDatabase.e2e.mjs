import assert from 'node:assert/strict';
import { firstRunWithClerk } from './desk.mjs';

export const lostDatabaseFlow = {
  name: 'lost database: a set-up PC whose database was cleared offers restore, never the first run',
  async run({ page, origin, step }) {
    await page.goto(origin);
    step('first run, a clerk added');
    await firstRunWithClerk(page);

    step('the database is cleared (the marker of this PC’s set-up stays), the desk starts again');
    await page.evaluate(
      () =>
        new Promise((resolve, reject) => {
          const request = indexedDB.deleteDatabase('servicedesk');
          request.onsuccess = () => resolve(undefined);
          request.onerror = () => reject(request.error);
        }),
    );
    await page.reload();
    await page.getByRole('heading', { name: '本机数据库不见了' }).waitFor();
    assert.match(await page.getByRole('alert').first().textContent(), /门店 S01 的柜台 C1/);
    assert.equal(await page.getByRole('button', { name: '完成设置' }).count(), 0);
    assert.equal(await page.getByLabel('门店名称').count(), 0);
    // In a browser, backups need the desktop app; the sync server is reached with this counter's code.
    await page.getByText('备份只在桌面程序中可用（浏览器版本不能写入文件夹）。').waitFor();
    await page.getByLabel('登记码（以 SDK1. 开头）').waitFor();
  },
};
