// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Workbook } from 'exceljs';
import { describe, expect, it, vi } from 'vitest';
import { ReportsScreen } from '../../renderer/features/reports/ReportsScreen';
import { readSupervisorReport } from '../../renderer/db/reports/readReport';
import { SUPERVISOR } from './deskFixture';
import { renderSignedIn } from './renderDesk';
import { makeReportsDesk } from './reportsFixture';

/** The figures of a section as the supervisor reads them: label -> value text. */
async function figuresOf(name: string) {
  const section = await screen.findByRole('region', { name });
  const dl = section.querySelector('dl')!;
  return Object.fromEntries([...dl.querySelectorAll('dt')].map((dt) => [dt.textContent, dt.nextElementSibling!.textContent]));
}

const rowsOf = (table: HTMLElement) => within(table).getAllByRole('row').slice(1).map((r) => within(r).getAllByRole('cell').map((c) => c.textContent));

/** A cell read back from the workbook: numbers and texts as written, an empty cell as ''. */
const cellText = (v: unknown) => (typeof v === 'number' || typeof v === 'string' ? String(v) : '');

/** Files the buttons saved. */
function captureFiles() {
  const saved: Blob[] = [];
  URL.createObjectURL = vi.fn((blob: Blob) => {
    saved.push(blob);
    return 'blob:report';
  });
  URL.revokeObjectURL = vi.fn();
  return saved;
}

describe('报表: the supervisor’s reports', () => {
  it('the month of the whole store: volumes per area and counter, with a line and bars', async () => {
    const desk = await makeReportsDesk();
    await renderSignedIn(desk, SUPERVISOR.staffNo, <ReportsScreen />);
    expect(await screen.findByText(/主管报表 · 月报：2026-11 \(2026-11-01 – 2026-11-30\) · 全店 · 全部柜台 · 统计时间 2026-11-25 12:00/)).toBeTruthy();
    const volumes = await figuresOf('业务量');
    // The complaint's survey, sent and returned, counts with complaints (the call's with service).
    expect(volumes).toMatchObject({ 寄存: '3', 投诉: '7' });
    const byCounter = rowsOf(screen.getByRole('table', { name: '按柜台、区域' }));
    expect(byCounter.map((r) => [r[0], r[1], r[4]])).toEqual([
      ['C1', '2', '6'],
      ['C2', '1', '1'],
      ['合计', '3', '7'],
    ]);
    const charts = within(screen.getByRole('region', { name: '业务量' })).getAllByRole('figure');
    expect(charts.map((c) => c.getAttribute('aria-label'))).toEqual(['每日业务量', '各区域业务量']);
    expect(charts[0]!.querySelector('svg')).toBeTruthy();
    expect(charts[1]!.textContent).toContain('寄存');
  });

  it('complaint limits, rate per 10,000 customers; service; satisfaction and surveys against 80%; returns; gifts', async () => {
    const desk = await makeReportsDesk();
    await renderSignedIn(desk, SUPERVISOR.staffNo, <ReportsScreen />);
    expect(await figuresOf('投诉处理时限')).toEqual({
      受理投诉: '3',
      首次联系按时率: '66.7%（2 / 3）',
      '平均首次联系（小时）': '0.7',
      方案按时率: '—',
      '平均出方案（小时）': '—',
      顾客数: '300000',
      '投诉率（每万名顾客）': '0.1',
    });
    expect(screen.getByText(/日、周按当月客流按天折算/)).toBeTruthy();
    expect(await figuresOf('售后维修')).toMatchObject({ 首次上门: '1', 准时到达率: '100%（1 / 1）', 一次修复率: '100%（1 / 1）', '平均到达（小时）': '1', 意见卡平均分: '—' });
    expect(await figuresOf('满意度与回访调查')).toMatchObject({
      发出调查: '2',
      收回调查: '1',
      调查回收率: '50%（1 / 2） 目标 ≥ 80%：未达标',
      重点顾客回收: '100%（1 / 1） 目标 ≥ 100%：达标',
      '调查满意率（很满意、满意）': '100%（1 / 1）',
    });
    expect(await figuresOf('退换货')).toMatchObject({ 退换货笔数: '1', 件数: '1', '金额（元）': '99.90' });
    expect(rowsOf(screen.getByRole('table', { name: '按原因' }))[0]).toEqual(['质量问题', '1', '1', '99.90']);
    expect(await figuresOf('赠品发放与库存')).toEqual({ 本期发放赠品: '1', 库存报警: '0' });
    expect(rowsOf(screen.getByRole('table', { name: '赠品' }))).toEqual([
      ['双十一满赠 · 保温杯', '1', '10', '1', '9', '0'],
      ['双十一满赠 · 电饭煲', '0', '0', '0', '0', '0'],
    ]);
  });

  it('filters: an area shows its own sections, a counter its own work, a day or week its own days', async () => {
    const user = userEvent.setup();
    const desk = await makeReportsDesk();
    await renderSignedIn(desk, SUPERVISOR.staffNo, <ReportsScreen />);
    await screen.findByRole('region', { name: '赠品发放与库存' });
    await user.selectOptions(screen.getByLabelText('区域'), '投诉');
    // While the area's report is counted no section shows: wait for its sections, not for the others to go.
    await waitFor(() => expect(screen.queryAllByRole('region').map((r) => r.getAttribute('aria-label'))).toEqual(['业务量', '投诉处理时限', '满意度与回访调查']));
    expect(await figuresOf('满意度与回访调查')).toMatchObject({ 发出调查: '1', 收回调查: '1', 调查回收率: '100%（1 / 1） 目标 ≥ 80%：达标' });

    await user.selectOptions(screen.getByLabelText('柜台'), 'C2');
    await waitFor(async () => expect(await figuresOf('投诉处理时限')).toMatchObject({ 受理投诉: '1', 首次联系按时率: '100%（1 / 1）' }));
    expect(await figuresOf('业务量')).toEqual({ 操作笔数: '1' });
    expect(screen.getByText(/投诉 · C2/)).toBeTruthy();

    await user.selectOptions(screen.getByLabelText('区域'), '全部区域');
    await user.selectOptions(screen.getByLabelText('柜台'), '全部柜台');
    await user.selectOptions(screen.getByLabelText('期间'), '按日');
    const day = screen.getByLabelText('日期');
    await user.clear(day);
    await user.type(day, '2026-11-24');
    await waitFor(async () => expect((await figuresOf('业务量')).操作笔数).toBe('0'));
    expect(await figuresOf('投诉处理时限')).toMatchObject({ 受理投诉: '0', 首次联系按时率: '—', '投诉率（每万名顾客）': '0' });
    await user.selectOptions(screen.getByLabelText('期间'), '按周（周一至周日）');
    await waitFor(async () => expect((await figuresOf('投诉处理时限')).受理投诉).toBe('3'));
    expect(screen.getByText(/周报：2026-W48 \(2026-11-23 – 2026-11-29\)/)).toBeTruthy();
  });

  it('prints on A4 and saves CSV and XLSX with the same figures', async () => {
    const user = userEvent.setup();
    const desk = await makeReportsDesk();
    const saved = captureFiles();
    const { desktop } = await renderSignedIn(desk, SUPERVISOR.staffNo, <ReportsScreen />);
    await screen.findByRole('region', { name: '赠品发放与库存' });
    await user.click(screen.getByRole('button', { name: '打印（A4）' }));
    await waitFor(() => expect(desktop.archive).toHaveLength(1));
    expect(desktop.archive[0]!.request).toMatchObject({ kind: 'supervisorReport', paper: 'A4', recordNumber: 'RPT-2026-11' });
    expect(desktop.archive[0]!.request.html).toContain('66.7%（2 / 3）');
    expect(desktop.archive[0]!.request.html).toContain('<svg');

    await user.click(screen.getByRole('button', { name: '导出 CSV' }));
    const csv = (await saved.at(-1)!.text()).split('\r\n');
    expect(csv).toContain('首次联系按时率,66.7,%,2,3,,');
    expect(csv).toContain('调查回收率,50,%,1,2,80,未达标');

    await user.click(screen.getByRole('button', { name: '导出 XLSX' }));
    await waitFor(() => expect(saved).toHaveLength(2));
    const book = new Workbook();
    await book.xlsx.load(await saved[1]!.arrayBuffer());
    const sheet = book.getWorksheet('满意度与回访调查')!;
    const rows = sheet.getRows(1, sheet.rowCount)!.map((r) => [1, 2, 3, 4, 5, 6, 7].map((c) => cellText(r.getCell(c).value)).join(','));
    expect(rows).toContain('调查回收率,50,%,1,2,80,未达标');
  });

  it('is for a supervisor or the store manager: a clerk’s read is refused', async () => {
    const desk = await makeReportsDesk();
    await expect(readSupervisorReport(desk.asClerk, { kind: 'month', date: '2026-11-25', area: '', counter: '' })).rejects.toMatchObject({ code: 'error.notAllowed' });
    await expect(readSupervisorReport(desk.asSupervisor, { kind: 'month', date: '2026-13-01', area: '', counter: '' })).rejects.toMatchObject({ code: 'error.date', field: 'date' });
  });
});
