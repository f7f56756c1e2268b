// @vitest-environment jsdom
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { newId } from '../../shared/domain/ids';
import { DeskError } from '../../renderer/db/errors';
import { dispatchCall, registerServiceCall, setAppointment } from '../../renderer/db/service/calls';
import { markVoucherPrinted } from '../../renderer/db/service/voucher';
import { VoucherPrintButton } from '../../renderer/features/service/voucher/VoucherPrintButton';
import { CLERK, SUPERVISOR } from './deskFixture';
import { renderSignedIn } from './renderDesk';
import { callForm, makeServiceDesk, TECH_WU, TECH_ZHOU } from './serviceFixture';

const HOUR = 3_600_000;

async function refusal(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (error) {
    if (error instanceof DeskError) return error.code;
    throw error;
  }
  throw new Error('expected a refusal');
}

/** A call taken at the desk (2026-11-25 10:00 Shanghai), the visit agreed for 13:00, sent to 周师傅 unless `dispatch` is false. */
async function deskWithCall(dispatch = true) {
  const desk = await makeServiceDesk();
  const registered = await registerServiceCall(desk.asClerk, newId(), callForm(desk.clock.now() - HOUR));
  await setAppointment(desk.asClerk, registered.id, { visitAt: desk.clock.now() + 3 * HOUR });
  if (dispatch) await dispatchCall(desk.asSupervisor, registered.id, { technician: TECH_ZHOU.staffNo });
  const call = (await desk.db.serviceCalls.get(registered.id))!;
  return { desk, call };
}

describe('service voucher button', () => {
  it('the technician sent prints the voucher on A5, the print is recorded, and the next print is a reprint (补打)', async () => {
    const user = userEvent.setup();
    const { desk, call } = await deskWithCall();
    const { desktop } = await renderSignedIn(desk, TECH_ZHOU.staffNo, <VoucherPrintButton call={call} />);

    await user.click(await screen.findByRole('button', { name: '打印服务凭证' }));
    await waitFor(() => expect(desktop.archive).toHaveLength(1));
    const job = desktop.archive[0]!.request;
    expect(job).toMatchObject({ kind: 'serviceVoucher', recordNumber: call.number, paper: 'A5' });
    for (const text of ['服务凭证', call.number, '华联超市五一店', '陈女士', '13800138000', '格力空调', 'KFR-35GW', 'SN2026001', '在保', '免费', '周师傅 (3001)', '2026-11-25 13:00', '顾客签字']) {
      expect(job.html).toContain(text);
    }
    expect(job.html).not.toContain('补打');
    expect((await desk.db.serviceCalls.get(call.id))?.printCount).toBe(1);
    const printed = (await desk.db.entries.toArray()).filter((e) => e.type === 'printed');
    expect(printed).toMatchObject([{ recordType: 'serviceCall', recordId: call.id, by: TECH_ZHOU.staffNo, data: { copy: 'voucher' } }]);
    const audit = await desk.db.audit.where('[recordType+recordId]').equals(['serviceCall', call.id]).toArray();
    expect(audit.filter((a) => a.action === 'serviceCall.printed')).toHaveLength(1);

    // The call is read live: without the screen handing over a new copy, the button turns into 补打.
    await user.click(await screen.findByRole('button', { name: '补打' }));
    await waitFor(() => expect(desktop.archive).toHaveLength(2));
    expect(desktop.archive[1]!.request.html).toContain('补打');
    expect(desktop.archive[1]!.request.html).toContain('第2次打印');
    expect((await desk.db.serviceCalls.get(call.id))?.printCount).toBe(2);
  });

  it('previews without counting a print', async () => {
    const user = userEvent.setup();
    const { desk, call } = await deskWithCall();
    const { desktop } = await renderSignedIn(desk, CLERK.staffNo, <VoucherPrintButton call={call} />);
    await user.click(await screen.findByRole('button', { name: '打印预览' }));
    expect((await screen.findByTitle<HTMLIFrameElement>('打印预览')).srcdoc).toContain('服务凭证');
    expect(desktop.archive).toHaveLength(0);
    expect((await desk.db.serviceCalls.get(call.id))?.printCount).toBe(0);
  });

  it('a technician of another call is not offered the voucher, and the write path refuses them too', async () => {
    const { desk, call } = await deskWithCall();
    await renderSignedIn(desk, TECH_WU.staffNo, <VoucherPrintButton call={call} />);
    expect(await screen.findByText('服务凭证只能由派工的技术员或服务台打印')).toBeTruthy();
    expect(screen.queryByRole('button', { name: '打印服务凭证' })).toBeNull();
    expect(await refusal(markVoucherPrinted(desk.asWu, call.id))).toBe('error.serviceStep.notYourJob');
    expect((await desk.db.serviceCalls.get(call.id))?.printCount).toBe(0);
    expect(await desk.db.entries.filter((e) => e.type === 'printed').count()).toBe(0);
  });

  it('the desk and the service supervisor print any call, also before it is sent; a technician only once it is sent to them', async () => {
    const { desk, call } = await deskWithCall(false);
    expect(await refusal(markVoucherPrinted(desk.asZhou, call.id))).toBe('error.serviceStep.notYourJob');
    expect((await markVoucherPrinted(desk.asClerk, call.id)).printCount).toBe(1);
    expect((await markVoucherPrinted(desk.asSupervisor, call.id)).printCount).toBe(2);
    await dispatchCall(desk.asSupervisor, call.id, { technician: TECH_ZHOU.staffNo });
    expect((await markVoucherPrinted(desk.asZhou, call.id)).printCount).toBe(3);
    expect(await refusal(markVoucherPrinted(desk.asClerk, 'no-such-call'))).toBe('error.serviceCallNotFound');
    const by = (await desk.db.entries.toArray()).filter((e) => e.type === 'printed').sort((a, b) => a.seq - b.seq).map((e) => e.by);
    expect(by).toEqual([CLERK.staffNo, SUPERVISOR.staffNo, TECH_ZHOU.staffNo]);
  });
});
