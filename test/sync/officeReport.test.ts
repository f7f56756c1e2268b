import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Workbook, type Worksheet } from 'exceljs';
import { describe, expect, it } from 'vitest';
import { SyncConnection } from '../../electron/main/sync/connection';
import { writeOfficeFiles } from '../../electron/main/sync/office/files';
import { officePeriod, officeReport, readStoreEntries } from '../../electron/main/sync/office/report';
import { enrolHeadOffice } from '../../electron/main/sync/server/enrol';
import { newId } from '../../shared/domain/ids';
import type { SupervisorReport } from '../../shared/domain/reports/model';
import { readSupervisorReport } from '../../renderer/db/reports/readReport';
import { registerReturn } from '../../renderer/db/returns/register';
import { depositItem } from '../../renderer/db/storage/bulky';
import { recordSurveyReturn, sendSurvey } from '../../renderer/db/surveys/surveys';
import { takeSteps } from '../renderer/complaintMonthFixture';
import { recordComplaint } from '../renderer/complaintWorkflowFixture';
import { makeReportsDesk } from '../renderer/reportsFixture';
import { makeSurveyDesk } from '../renderer/surveysFixture';
import { connectCounter, syncAll, type TestCounter } from './counters';
import { syncTestDatabase, uniqueStore } from './serverFixture';

const kettle = { sku: '6901234567892', name: '电水壶', category: 'appliance', quantityBought: '1', quantity: '1', unitPrice: '99.90', disposition: 'restock' };

/**
 * A second store's day, at two counters that only meet through the server:
 * C1 takes a phone complaint (answered at once as invalid, surveyed, the
 * customer dissatisfied) and refunds a kettle; C2, once synced, takes a
 * complaint at the desk and a bag.
 */
async function secondStore(store: string, testDb: ReturnType<typeof syncTestDatabase<TestCounter>>) {
  const desk = await makeSurveyDesk(undefined, store);
  const c1 = await connectCounter(testDb.admin, testDb.database, desk.asClerk);
  const c2 = await connectCounter(testDb.admin, testDb.database, desk.otherCounter('C2'));
  testDb.counters.push(c1, c2);
  const x = await recordComplaint(desk.asClerk);
  await takeSteps(desk.asSupervisor, x.id, [['validityJudged', { valid: false, reason: '价格无误', answer: '已向顾客解释' }]]);
  const survey = await sendSurvey(desk.asSupervisor, 'complaint', x.id, { channel: 'phone', keyCustomer: false });
  await recordSurveyReturn(desk.asSupervisor, survey.id, { returnedOn: '2026-11-25', score: 'dissatisfied', via: 'phone', comment: '等了太久' });
  await registerReturn(desk.asClerk, newId(), { receiptNo: 'POS-00777777', purchaseDate: '2026-11-24', lines: [kettle], reason: 'quality', condition: 'faulty', outcome: 'refund', refundMethod: 'cash' });
  await syncAll([c1, c2]);
  await recordComplaint(c2.ctx, { channel: 'desk' });
  await depositItem(c2.ctx, newId(), { description: '购物袋', count: '1', customerName: '', phone: '', slot: 'B-01' });
  await syncAll([c1, c2]);
  return desk;
}

/** A sheet's rows as the file holds them: numbers as numbers, texts as texts, an empty cell as undefined. */
function sheetRows(ws: Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  ws.eachRow({ includeEmpty: true }, (row) => {
    const values = row.values as unknown[];
    rows.push(values.slice(1).map((v) => (v === null ? undefined : v)));
  });
  return rows;
}

const figureValues = (report: SupervisorReport, section: string) => report.sections.find((s) => s.id === section)!.figures.map((f) => [f.label.zh, f.value]);

describe('the head office: every store’s report, read through sync', () => {
  const testDb = syncTestDatabase<TestCounter>();

  it('builds each store’s report with the figures its own counters show, the stores side by side, one XLSX and a CSV per store', async () => {
    const [storeA, storeB] = [uniqueStore(), uniqueStore()].sort() as [string, string];
    const a = await makeReportsDesk(storeA);
    const a1 = await connectCounter(testDb.admin, testDb.database, a.asClerk);
    const a2 = await connectCounter(testDb.admin, testDb.database, a.atC2);
    testDb.counters.push(a1, a2);
    await syncAll([a1, a2]);
    const b = await secondStore(storeB, testDb);
    const now = Math.max(a.clock.now(), b.clock.now());
    a.clock.at = now;
    b.clock.at = now;
    // A row no build can read, stored beside store B's entries: left out and counted, never fatal.
    await testDb.admin.query(
      `INSERT INTO desk.entries (entry_id, store, counter, counter_seq, hlc, record_type, record_id, entry_type, schema_version, data)
       VALUES ($1, $2, 'C9', 1, 'x', 'complaint', 'x', 'recorded', 1, '{"id": 42}'::jsonb)`,
      [`bad-${storeB}`, storeB],
    );

    const { role, password } = await enrolHeadOffice(testDb.admin, `HQ${storeA}`);
    const hq = await SyncConnection.open({ host: testDb.admin.host, port: testDb.admin.port, database: testDb.database, user: role, password });
    try {
      const overview = await hq.overview();
      const serverEntries = (store: string) => overview.filter((r) => r.store === store).reduce((n, r) => n + r.server.entries, 0);

      // Paged by the server's order: small pages give every entry once.
      const paged = await readStoreEntries(hq, storeA, 7);
      expect(paged.entries).toHaveLength(serverEntries(storeA));
      expect(new Set(paged.entries.map((e) => e.id)).size).toBe(paged.entries.length);

      const period = officePeriod('month', '2026-11')!;
      expect(period).toEqual({ kind: 'month', date: '2026-11-01' });
      const office = await officeReport(hq, period.kind, period.date, now);
      expect(office.stores.map((s) => [s.store, s.name, s.entries, s.skipped])).toEqual([
        [storeA, '华联超市五一店', serverEntries(storeA), 0],
        [storeB, '华联超市五一店', serverEntries(storeB), 1],
      ]);

      // Each store's report is the one its own counter builds, section for section.
      for (const [store, desk] of [
        [storeA, a],
        [storeB, b],
      ] as const) {
        const atCounter = (await readSupervisorReport(desk.asSupervisor, { kind: 'month', date: '2026-11-25' })).report;
        const atOffice = office.stores.find((s) => s.store === store)!.report;
        expect(atOffice.period).toEqual(atCounter.period);
        expect(atOffice.sections).toEqual(atCounter.sections);
      }
      expect(figureValues(office.stores[1]!.report, 'volumes')[0]).toEqual(['操作笔数', serverEntries(storeB)]);

      // One row per store: entries, complaints, rate per 10,000, response and solution on time, first-time fix,
      // satisfied, survey return rate and whether it reached 80%, returns, gifts handed out.
      expect(office.summary.rows).toEqual([
        [{ zh: storeA, en: storeA }, expect.anything(), serverEntries(storeA), 3, 0.1, 66.7, undefined, 100, 100, 50, 1, 1, { zh: '未达标', en: 'MISSED' }],
        [{ zh: storeB, en: storeB }, expect.anything(), serverEntries(storeB), 2, undefined, 100, undefined, undefined, 0, 100, 1, 0, { zh: '达标', en: 'OK' }],
      ]);

      const folder = await mkdtemp(path.join(tmpdir(), 'desk-office-'));
      try {
        const written = await writeOfficeFiles(office, folder, 'zh', now);
        expect(written.map((f) => path.basename(f))).toEqual(['head-office-2026-11.xlsx', `${storeA}-2026-11.csv`, `${storeB}-2026-11.csv`]);

        const book = new Workbook();
        await book.xlsx.readFile(written[0]!);
        const names = book.worksheets.map((w) => w.name);
        expect(names.slice(0, 2)).toEqual(['各店汇总', `${storeA} 业务量`]);
        expect(names).toContain(`${storeB} 投诉处理时限`);
        expect(names).toHaveLength(1 + 6 * 2);
        const summary = sheetRows(book.getWorksheet('各店汇总')!);
        expect(summary[1]).toEqual(['期间', '月报 2026-11 (2026-11-01 – 2026-11-30)']);
        expect(summary[3]).toEqual([
          '门店',
          '店名',
          '操作笔数',
          '受理投诉',
          '投诉率（每万名顾客）',
          '首次联系按时率',
          '方案按时率',
          '一次修复率',
          '调查满意率（很满意、满意）',
          '调查回收率',
          '退换货笔数',
          '本期发放赠品',
          '回收率达标（≥ 80%）',
        ]);
        expect(summary[4]).toEqual([storeA, '华联超市五一店', serverEntries(storeA), 3, 0.1, 66.7, undefined, 100, 100, 50, 1, 1, '未达标']);
        expect(summary[5]).toEqual([storeB, '华联超市五一店', serverEntries(storeB), 2, undefined, 100, undefined, undefined, 0, 100, 1, 0, '达标']);
        // A store's sheet holds its report's figures.
        const complaintsB = sheetRows(book.getWorksheet(`${storeB} 投诉处理时限`)!);
        expect(complaintsB.slice(5, 12).map((r) => [r[0], r[1]])).toEqual(figureValues(office.stores[1]!.report, 'complaints'));

        const csv = await readFile(written[2]!, 'utf8');
        expect(csv.startsWith('\uFEFF主管报表')).toBe(true);
        expect(csv).toContain('受理投诉,2,');
        expect(csv).toContain('调查回收率,100,%,1,1,80,达标');
      } finally {
        await rm(folder, { recursive: true, force: true });
      }
    } finally {
      await hq.close();
    }
  });
});
