// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { MyDayReportScreen } from '../../renderer/features/service/reports/MyDayReportScreen';
import { ServiceReportsScreen } from '../../renderer/features/service/reports/ServiceReportsScreen';
import { SUPERVISOR } from './deskFixture';
import { renderSignedIn } from './renderDesk';
import { TECH_ZHOU } from './serviceFixture';
import { makeReportDesk } from './serviceReportsFixture';
import { fieldError, typeInto } from './serviceScreens';

const cells = (table: HTMLElement) => within(table).getAllByRole('row').slice(1).map((r) => within(r).getAllByRole('cell').map((c) => c.textContent));

/** What the CSV button saved, as lines. */
function captureCsv() {
  const saved: Blob[] = [];
  URL.createObjectURL = vi.fn((blob: Blob) => {
    saved.push(blob);
    return 'blob:report';
  });
  URL.revokeObjectURL = vi.fn();
  return async () => (await saved.at(-1)!.text()).replace(/^\uFEFF/, '').split('\r\n');
}

async function pickDay(user: UserEvent, day: string) {
  await typeInto(user, '日期', day);
}

describe('维修报表', () => {
  it('技术员日报: a technician and a day, each job in time order with its type and time, totals; A4 and CSV', async () => {
    const user = userEvent.setup();
    const desk = await makeReportDesk();
    const csv = captureCsv();
    const { desktop } = await renderSignedIn(desk, SUPERVISOR.staffNo, <ServiceReportsScreen />);
    expect(screen.getByRole('tab', { name: '技术员日报' }).getAttribute('aria-selected')).toBe('true');
    // Opens on today (11-26): 周 has nothing of his own that day.
    expect(await screen.findByText('这一天没有工作记录')).toBeTruthy();
    await pickDay(user, '2026-11-25');
    const jobs = await screen.findByRole('table', { name: '工单' });
    expect(cells(jobs)).toEqual([
      ['15:30', desk.calls.one.number, '维修', '免费', '上门', '45', '现场修好', ''],
      ['17:00', desk.calls.three.number, '保养', '合同', '上门', '30', '取回维修', ''],
      ['23:59', desk.calls.three.number, '保养', '合同', '拉修', '60', '—', ''],
    ]);
    expect(screen.getByText('合计 3 单，135 分钟（2.3 小时），收费 ¥0.00')).toBeTruthy();

    await user.selectOptions(screen.getByLabelText('技术员'), '3002 吴师傅');
    await waitFor(() => expect(cells(screen.getByRole('table', { name: '工单' }))).toEqual([['13:00', desk.calls.two.number, '安装', '有费', '上门', '90', '现场修好', '150.00']]));
    expect(screen.getByText('合计 1 单，90 分钟（1.5 小时），收费 ¥150.00')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: '打印（A4）' }));
    await waitFor(() => expect(desktop.archive).toHaveLength(1));
    expect(desktop.archive[0]!.request).toMatchObject({ kind: 'serviceDayReport', paper: 'A4', recordNumber: 'SVCDAY-2026-11-25-3002' });
    expect(desktop.archive[0]!.request.html).toContain('技术员工作日报表');
    expect(desktop.archive[0]!.request.html).toContain('吴师傅 (3002)');

    await user.click(screen.getByRole('button', { name: '导出 CSV' }));
    expect(await csv()).toEqual([
      '分类,时间,单号,技术员,服务项目,服务类别,方式,工单数,用时（分钟）,结果,收费（元）',
      `工单,13:00,${desk.calls.two.number},3002 吴师傅,安装,有费,上门,1,90,现场修好,150.00`,
      '合计,,,,,,,1,90,,150.00',
      '',
    ]);
  });

  it('服务主任日报: by request type and technician, signed with number + PIN (a wrong PIN refused), the signature shown and printed', async () => {
    const user = userEvent.setup();
    const desk = await makeReportDesk();
    const csv = captureCsv();
    const { desktop } = await renderSignedIn(desk, SUPERVISOR.staffNo, <ServiceReportsScreen />);
    await user.click(screen.getByRole('tab', { name: '服务主任日报' }));
    await pickDay(user, '2026-11-25');
    expect(cells(await screen.findByRole('table', { name: '按服务项目' }))).toEqual([
      ['维修', '1', '45'],
      ['安装', '1', '90'],
      ['保养', '2', '90'],
    ]);
    expect(cells(screen.getByRole('table', { name: '按技术员' }))).toEqual([
      ['3001 周师傅', '3', '135'],
      ['3002 吴师傅', '1', '90'],
    ]);
    await waitFor(() =>
      expect(cells(screen.getByRole('table', { name: '工单' })).map((r) => [r[0], r[2]])).toEqual([
        ['13:00', '3002 吴师傅'],
        ['15:30', '3001 周师傅'],
        ['17:00', '3001 周师傅'],
        ['23:59', '3001 周师傅'],
      ]),
    );
    expect(screen.getByText('合计 4 单，225 分钟（3.8 小时），收费 ¥150.00')).toBeTruthy();
    expect(screen.getByText('尚未签字')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: '签字' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText(/签署 2026-11-25 的服务主任日报表（4 单，225 分钟，收费 ¥150.00）/)).toBeTruthy();
    await user.type(within(dialog).getByLabelText('主管工号'), SUPERVISOR.staffNo);
    await user.type(within(dialog).getByLabelText('主管 PIN 码'), '000000{Enter}');
    expect(await within(dialog).findByText('主管工号或 PIN 码不正确')).toBeTruthy();
    expect(await desk.db.serviceDays.count()).toBe(0);
    await typeInto(user, '主管 PIN 码', SUPERVISOR.pin);
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const signature = await screen.findByTestId('service-day-signature');
    expect(signature.textContent).toBe('已签字：9001 王主管，2026-11-26 10:00签字时：4 单，225 分钟，收费 ¥150.00');
    expect(screen.queryByRole('button', { name: '签字' })).toBeNull();

    await user.click(screen.getByRole('button', { name: '打印（A4）' }));
    await waitFor(() => expect(desktop.archive).toHaveLength(1));
    expect(desktop.archive[0]!.request).toMatchObject({ kind: 'serviceDayReport', paper: 'A4', recordNumber: 'SVCDAY-2026-11-25' });
    expect(desktop.archive[0]!.request.html).toContain('服务主任日报表');
    expect(desktop.archive[0]!.request.html).toContain('王主管 (9001)');

    await user.click(screen.getByRole('button', { name: '导出 CSV' }));
    expect(await csv()).toEqual([
      '分类,时间,单号,技术员,服务项目,服务类别,方式,工单数,用时（分钟）,结果,收费（元）',
      `工单,13:00,${desk.calls.two.number},3002 吴师傅,安装,有费,上门,1,90,现场修好,150.00`,
      `工单,15:30,${desk.calls.one.number},3001 周师傅,维修,免费,上门,1,45,现场修好,`,
      `工单,17:00,${desk.calls.three.number},3001 周师傅,保养,合同,上门,1,30,取回维修,`,
      `工单,23:59,${desk.calls.three.number},3001 周师傅,保养,合同,拉修,1,60,,`,
      '按服务项目,,,,维修,,,1,45,,',
      '按服务项目,,,,安装,,,1,90,,',
      '按服务项目,,,,保养,,,2,90,,',
      '按技术员,,,3001 周师傅,,,,3,135,,',
      '按技术员,,,3002 吴师傅,,,,1,90,,',
      '合计,,,,,,,4,225,,150.00',
      '签字,2026-11-26 10:00,,9001 王主管,,,,4,225,,150.00',
      '',
    ]);
  });

  it('a day to come cannot be signed; a bad date is a field message', async () => {
    const user = userEvent.setup();
    const desk = await makeReportDesk();
    await renderSignedIn(desk, SUPERVISOR.staffNo, <ServiceReportsScreen />);
    await user.click(screen.getByRole('tab', { name: '服务主任日报' }));
    await pickDay(user, '2026-11-27');
    expect(await screen.findByText('这一天还没到：当天工作结束后再签字')).toBeTruthy();
    expect(screen.getByRole<HTMLButtonElement>('button', { name: '签字' }).disabled).toBe(true);
    await pickDay(user, '');
    expect(fieldError('日期')).toBe('日期不对');
    expect(screen.queryByRole('button', { name: '签字' })).toBeNull();
  });

  it('月度考评: per technician jobs, hours, first-time fix and on-time rates, opinion averages, parts, fees; A4 and CSV', async () => {
    const user = userEvent.setup();
    const desk = await makeReportDesk();
    const csv = captureCsv();
    const { desktop } = await renderSignedIn(desk, SUPERVISOR.staffNo, <ServiceReportsScreen />);
    await user.click(screen.getByRole('tab', { name: '月度考评' }));
    expect(screen.getByLabelText<HTMLInputElement>('月份').value).toBe('2026-11');
    const table = await screen.findByRole('table', { name: '技术员月度考评' });
    expect(cells(table)).toEqual([
      ['3001 周师傅', '3', '2.3', '1 / 2（50%）', '2 / 2（100%）', '1', '4', '4', '3', '4', 'R32 冷媒 ×1，电容 ×1', '80.00'],
      ['3002 吴师傅', '1', '1.5', '1 / 1（100%）', '1 / 1（100%）', '1', '3', '2', '2', '3', '膨胀螺丝 ×4', '150.00'],
    ]);
    await user.click(screen.getByRole('button', { name: '打印（A4）' }));
    await waitFor(() => expect(desktop.archive).toHaveLength(1));
    expect(desktop.archive[0]!.request).toMatchObject({ kind: 'serviceMonthly', paper: 'A4', recordNumber: 'SVCMONTH-2026-11' });
    expect(desktop.archive[0]!.request.html).toContain('技术员月度考评');

    await user.click(screen.getByRole('button', { name: '导出 CSV' }));
    expect(await csv()).toEqual([
      '技术员,工单数,工时（小时）,首次上门,一次修好,一次修复率 %,准时到达,准时到达率 %,意见卡,态度,技术,到达,守约,主要配件,收费（元）',
      '3001 周师傅,3,2.3,2,1,50,2,100,1,4,4,3,4,R32 冷媒 ×1; 电容 ×1,80.00',
      '3002 吴师傅,1,1.5,1,1,100,1,100,1,3,2,2,3,膨胀螺丝 ×4,150.00',
      '',
    ]);

    await typeInto(user, '月份', '2026-10');
    expect(await screen.findByText('这个月没有工作记录')).toBeTruthy();
  });
});

describe('我的日报', () => {
  it('a technician sees their own day and no one else’s: no technician to pick', async () => {
    const user = userEvent.setup();
    const desk = await makeReportDesk();
    const { desktop } = await renderSignedIn(desk, TECH_ZHOU.staffNo, <MyDayReportScreen />);
    expect(screen.getByRole('heading', { name: '我的工作日报' })).toBeTruthy();
    expect(screen.queryByLabelText('技术员')).toBeNull();
    await pickDay(user, '2026-11-25');
    const jobs = await screen.findByRole('table', { name: '工单' });
    expect(cells(jobs).map((r) => r[1])).toEqual([desk.calls.one.number, desk.calls.three.number, desk.calls.three.number]);
    expect(screen.queryByText(desk.calls.two.number)).toBeNull();
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('技术员工作日报表 · 3001 周师傅 · 2026-11-25');
    await user.click(screen.getByRole('button', { name: '打印（A4）' }));
    await waitFor(() => expect(desktop.archive).toHaveLength(1));
    expect(desktop.archive[0]!.request.recordNumber).toBe('SVCDAY-2026-11-25-3001');
  });
});
