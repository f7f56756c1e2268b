// @vitest-environment jsdom
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_DEADLINE_POLICY } from '../../shared/domain/complaints/policy';
import { newId } from '../../shared/domain/ids';
import { STORE_RECORD_ID, STORE_SCHEMA_VERSION } from '../../shared/domain/store';
import { writeEntries } from '../../renderer/db/writePath';
import { MAX_PDF_BYTES } from '../../shared/schema/complaints';
import { recordComplaint } from '../../renderer/db/complaints/intake';
import { ServicesProvider } from '../../renderer/app/services';
import { ComplaintIntakeScreen } from '../../renderer/features/complaints/intake/ComplaintIntakeScreen';
import { IntakeDone } from '../../renderer/features/complaints/intake/IntakeDone';
import { changeDeskSettings } from '../../renderer/db/staff';
import { deskSettingsInput } from '../../shared/schema/setup';
import { DeskError } from '../../renderer/db/errors';
import { CLERK, makeDesk, SUPERVISOR } from './deskFixture';
import { renderSignedIn } from './renderDesk';

// jsdom decodes no pictures: the shrinking (a canvas in the real app) stands in as a small JPEG, or refuses a broken file.
const SHRUNK = 'data:image/jpeg;base64,/9j/4AAQSkZJRg==';
vi.mock('../../renderer/components/photo', () => ({
  downscalePhoto: (file: File) => (file.name.startsWith('broken') ? Promise.reject(new DeskError('photo.notImage', 'photo')) : Promise.resolve(SHRUNK)),
}));

/** makeDesk starts at Wednesday 2026-11-25 10:00 in Shanghai. */
async function openScreen() {
  const desk = await makeDesk();
  const view = await renderSignedIn(desk, CLERK.staffNo, <ComplaintIntakeScreen />);
  return { desk, ...view };
}

async function typeInto(user: UserEvent, label: string, text: string) {
  const field = screen.getByLabelText(label);
  await user.clear(field);
  await user.type(field, text);
}

/** A phone complaint about a product, with the customer's phone; the form's defaults for the rest. */
async function fillPhoneComplaint(user: UserEvent, opts: { phone?: string } = {}) {
  await user.selectOptions(screen.getByLabelText('投诉方式'), 'phone');
  await typeInto(user, '收到时间', '2026-11-25T09:30');
  await user.type(screen.getByLabelText('姓名（可选）'), '王女士');
  if (opts.phone !== '') await user.type(screen.getByLabelText('电话'), opts.phone ?? '138 0013 8000');
  await user.selectOptions(screen.getByLabelText('对象类型'), 'product');
  await user.type(screen.getByLabelText('商品名称'), '鲜牛奶 1L');
  await user.type(screen.getByLabelText('所属部门（可选）'), '生鲜部');
  await user.type(screen.getByLabelText('事情经过'), '牛奶过期两天仍在货架上');
  await user.type(screen.getByLabelText('顾客诉求'), '退款并道歉');
  await user.selectOptions(screen.getByLabelText('投诉类别'), 'productQuality');
}

const readBackButton = () => screen.getByRole('button', { name: '复述确认' });

describe('complaint intake screen', () => {
  it('reads the complaint back with the promised reply time, saves it under a TS number and prints the acknowledgment', async () => {
    const user = userEvent.setup();
    const { desk, desktop } = await openScreen();
    // The clerk starts typing the customer's name at once.
    expect(document.activeElement).toBe(screen.getByLabelText('姓名（可选）'));
    expect(screen.getByLabelText<HTMLInputElement>('顾客需要答复').checked).toBe(true);
    await fillPhoneComplaint(user);
    await user.click(readBackButton());

    const readBack = await screen.findByTestId('complaint-readback');
    const sentences = within(readBack)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(sentences).toEqual([
      '2026-11-25 09:30，您通过电话向我们反映了以下情况。',
      '投诉人：王女士。',
      '投诉对象：商品 鲜牛奶 1L（生鲜部）。',
      '事情经过：牛奶过期两天仍在货架上',
      '您的要求：退款并道歉',
      '我们登记为“商品质量”类投诉，等级为“一般”。',
      '我们将通过电话 138 0013 8000 与您联系。',
      // Received Wednesday 09:30: 2 days (Friday 09:30) come before 3 working days (Monday 09:30).
      '我们将在 2026-11-27 09:30 前给您答复。',
    ]);
    expect(await desk.db.complaints.count()).toBe(0);

    await user.click(screen.getByRole('button', { name: '顾客已确认，保存' }));
    expect((await screen.findByTestId('complaint-number')).textContent).toBe('TS-S01-C1-261125-0001');
    const [saved] = await desk.db.complaints.toArray();
    expect(saved).toMatchObject({
      number: 'TS-S01-C1-261125-0001',
      status: 'recorded',
      channel: 'phone',
      receivedAt: Date.UTC(2026, 10, 25, 1, 30),
      complainant: { name: '王女士', contact: { phone: '13800138000' } },
      target: { kind: 'product', product: '鲜牛奶 1L', department: '生鲜部' },
      readBackConfirmed: true,
      recorded: { by: CLERK.staffNo, actorRole: 'clerk' },
      phoneTail: '8000',
      promisedReplyAt: Date.UTC(2026, 10, 27, 1, 30),
    });
    // Nothing is printed until the customer asks for the slip.
    expect(desktop.archive).toHaveLength(0);

    await user.click(await screen.findByRole('button', { name: '打印受理回执' }));
    await waitFor(() => expect(desktop.archive).toHaveLength(1));
    const job = desktop.archive[0]!.request;
    expect(job).toMatchObject({ kind: 'complaintSlip', recordNumber: 'TS-S01-C1-261125-0001', paper: '80mm' });
    for (const text of ['投诉受理回执', 'TS-S01-C1-261125-0001', '2026-11-25 09:30', '2026-11-27 09:30', '牛奶过期两天仍在货架上', '138****8000']) expect(job.html).toContain(text);
    expect(job.html).not.toContain('补打');
    expect((await desk.db.complaints.get(saved!.id))?.printCount).toBe(1);
    const printed = (await desk.db.entries.toArray()).find((e) => e.type === 'printed');
    expect(printed).toMatchObject({ recordType: 'complaint', recordId: saved!.id, data: { template: 'complaintSlip', copy: 1, actorRole: 'clerk' } });

    // A second print is a reprint (补打), and it promises what the customer was told, even after the limits changed.
    await writeEntries(desk.asSupervisor, 'complaints.changeLimits', (tx) =>
      tx.append({
        recordType: 'store',
        recordId: STORE_RECORD_ID,
        type: 'complaintPolicyChanged',
        schemaVersion: STORE_SCHEMA_VERSION,
        data: { rows: DEFAULT_DEADLINE_POLICY.rows.map((r) => ({ ...r, limits: { ...r.limits, resolved: undefined } })) },
        summary: 'limits changed',
      }),
    );
    await user.click(await screen.findByRole('button', { name: '补打' }));
    await waitFor(() => expect(desktop.archive).toHaveLength(2));
    expect(desktop.archive[1]!.request.html).toContain('补打');
    expect(desktop.archive[1]!.request.html).toContain('2026-11-27 09:30');

    await user.click(screen.getByRole('button', { name: '登记新投诉' }));
    expect(screen.getByLabelText<HTMLInputElement>('姓名（可选）').value).toBe('');
    expect(screen.getByLabelText<HTMLTextAreaElement>('事情经过').value).toBe('');
  });

  it('a complaint that wants a reply without any contact is refused with the message, and nothing is saved', async () => {
    const user = userEvent.setup();
    const { desk } = await openScreen();
    await fillPhoneComplaint(user, { phone: '' });
    await user.click(readBackButton());
    expect(await screen.findByText('需要答复的投诉必须留下联系方式')).toBeTruthy();
    expect(screen.queryByTestId('complaint-readback')).toBeNull();
    expect(await desk.db.complaints.count()).toBe(0);
    // Without a reply wanted, no contact is needed.
    await user.click(screen.getByLabelText('顾客需要答复'));
    await user.click(readBackButton());
    const readBack = await screen.findByTestId('complaint-readback');
    expect(readBack.textContent).toContain('您表示不需要我们答复。');
    expect(readBack.textContent).not.toContain('前给您答复');
  });

  it('shows each missing field at the field; a received time in the future is refused', async () => {
    const user = userEvent.setup();
    const { desk } = await openScreen();
    await user.click(readBackButton());
    // Department (the default target), what happened, the request, the category; and the contact.
    expect(await screen.findAllByText('必填')).toHaveLength(4);
    expect(screen.getByText('需要答复的投诉必须留下联系方式')).toBeTruthy();
    await fillPhoneComplaint(user);
    await typeInto(user, '收到时间', '2026-11-25T11:00');
    await user.click(readBackButton());
    expect(await screen.findByText('收到时间不能晚于现在')).toBeTruthy();
    expect(screen.queryByTestId('complaint-readback')).toBeNull();
    expect(await desk.db.complaints.count()).toBe(0);
  });

  it('back to edit keeps everything typed; the read back shows the change', async () => {
    const user = userEvent.setup();
    await openScreen();
    await fillPhoneComplaint(user);
    await user.click(readBackButton());
    await screen.findByTestId('complaint-readback');
    await user.click(screen.getByRole('button', { name: '返回修改' }));
    expect(screen.getByLabelText<HTMLInputElement>('姓名（可选）').value).toBe('王女士');
    expect(screen.getByLabelText<HTMLInputElement>('电话').value).toBe('138 0013 8000');
    expect(screen.getByLabelText<HTMLInputElement>('商品名称').value).toBe('鲜牛奶 1L');
    expect(screen.getByLabelText<HTMLTextAreaElement>('事情经过').value).toBe('牛奶过期两天仍在货架上');
    expect(screen.getByLabelText<HTMLSelectElement>('投诉类别').value).toBe('productQuality');
    expect(screen.getByLabelText<HTMLSelectElement>('投诉方式').value).toBe('phone');
    await user.type(screen.getByLabelText('事情经过'), '，店员不理睬');
    await user.selectOptions(screen.getByLabelText('等级'), 'major');
    await user.click(readBackButton());
    const readBack = await screen.findByTestId('complaint-readback');
    expect(readBack.textContent).toContain('事情经过：牛奶过期两天仍在货架上，店员不理睬');
    // Major: 5 working days from Wednesday 09:30 is the next Wednesday 09:30.
    expect(readBack.textContent).toContain('我们将在 2026-12-02 09:30 前给您答复。');
  });

  it('refuses an attachment of the wrong type or too large at the field; a PDF letter is kept with the complaint', async () => {
    const user = userEvent.setup({ applyAccept: false });
    const { desk } = await openScreen();
    const input = screen.getByLabelText('附件（照片或 PDF，可选）');
    await user.upload(input, new File(['hello'], 'notes.txt', { type: 'text/plain' }));
    expect(await screen.findByText('notes.txt：只能附加照片（JPEG、PNG、WebP）或 PDF 文件')).toBeTruthy();
    await user.upload(input, new File([new Uint8Array(MAX_PDF_BYTES + 1)], '扫描件.pdf', { type: 'application/pdf' }));
    expect(await screen.findByText('扫描件.pdf：PDF 文件不能超过 2 MB')).toBeTruthy();
    await user.upload(
      input,
      Array.from({ length: 11 }, (_, i) => new File(['%PDF-1.4'], `${i}.pdf`, { type: 'application/pdf' })),
    );
    expect(await screen.findByText('附件过多')).toBeTruthy();
    expect(screen.queryByRole('list', { name: '已添加的附件' })).toBeNull();

    await user.upload(input, new File(['%PDF-1.4 letter'], '顾客来信.pdf', { type: 'application/pdf' }));
    const list = await screen.findByRole('list', { name: '已添加的附件' });
    expect(list.textContent).toContain('顾客来信.pdf · PDF');
    await fillPhoneComplaint(user);
    await user.click(readBackButton());
    expect((await screen.findByTestId('complaint-readback')).textContent).toContain('附件 1 个：顾客来信.pdf。');
    await user.click(screen.getByRole('button', { name: '顾客已确认，保存' }));
    await screen.findByTestId('complaint-number');
    const [saved] = await desk.db.complaints.toArray();
    const files = await desk.db.complaintAttachments.toArray();
    expect(files).toHaveLength(1);
    expect(files[0]).toMatchObject({ complaintId: saved!.id, name: '顾客来信.pdf', mediaType: 'application/pdf', size: 15, by: CLERK.staffNo });
    expect(files[0]!.dataUrl.startsWith('data:application/pdf;base64,')).toBe(true);
    expect(saved!.attachments).toEqual([{ ref: files[0]!.ref, name: '顾客来信.pdf' }]);
  });

  it('a photo is shrunk to a JPEG before it is kept; a picture that cannot be read is refused', async () => {
    const user = userEvent.setup();
    const { desk } = await openScreen();
    const input = screen.getByLabelText('附件（照片或 PDF，可选）');
    await user.upload(input, new File(['not really a png'], 'broken.png', { type: 'image/png' }));
    expect(await screen.findByText(/^broken\.png：所选文件不是可用的图片/)).toBeTruthy();
    await user.upload(input, new File([new Uint8Array(3_000_000)], '货架.png', { type: 'image/png' }));
    expect((await screen.findByRole('list', { name: '已添加的附件' })).textContent).toContain('货架.png · 照片');
    await fillPhoneComplaint(user);
    await user.click(readBackButton());
    await user.click(await screen.findByRole('button', { name: '顾客已确认，保存' }));
    await screen.findByTestId('complaint-number');
    const [file] = await desk.db.complaintAttachments.toArray();
    expect(file).toMatchObject({ name: '货架.png', mediaType: 'image/jpeg', dataUrl: SHRUNK });
  });

  it('a removed attachment is not kept', async () => {
    const user = userEvent.setup();
    const { desk } = await openScreen();
    await user.upload(screen.getByLabelText('附件（照片或 PDF，可选）'), new File(['%PDF-1.4'], 'a.pdf', { type: 'application/pdf' }));
    await user.click(await screen.findByRole('button', { name: '移除附件 a.pdf' }));
    expect(screen.queryByRole('list', { name: '已添加的附件' })).toBeNull();
    await fillPhoneComplaint(user);
    await user.click(readBackButton());
    await user.click(await screen.findByRole('button', { name: '顾客已确认，保存' }));
    await screen.findByTestId('complaint-number');
    expect(await desk.db.complaintAttachments.count()).toBe(0);
  });

  it('a double click on save records one complaint', async () => {
    const user = userEvent.setup();
    const { desk } = await openScreen();
    await fillPhoneComplaint(user);
    await user.click(readBackButton());
    await user.dblClick(await screen.findByRole('button', { name: '顾客已确认，保存' }));
    expect((await screen.findByTestId('complaint-number')).textContent).toBe('TS-S01-C1-261125-0001');
    expect(await desk.db.complaints.count()).toBe(1);
    expect((await desk.db.entries.toArray()).filter((e) => e.recordType === 'complaint')).toHaveLength(1);
  });
});

describe('recording a complaint', () => {
  const intake = {
    channel: 'desk',
    complainant: { name: '李先生', contact: { phone: '13912345678' } },
    replyWanted: true,
    target: { kind: 'staff', staffName: '收银员小张', staffNo: '2001' },
    description: '收银员态度差',
    request: '道歉',
    category: 'serviceAttitude',
    severity: 'normal',
    readBackConfirmed: true,
  };

  it('the same draft id twice gives back the same complaint: one number, one entry, one set of files', async () => {
    const desk = await makeDesk();
    const draftId = newId();
    const letter = { name: 'a.pdf', mediaType: 'application/pdf', dataUrl: 'data:application/pdf;base64,JVBERi0=' };
    const raw = { ...intake, receivedAt: desk.clock.now() };
    const [first, second] = await Promise.all([recordComplaint(desk.asClerk, raw, [letter], draftId), recordComplaint(desk.asClerk, raw, [letter], draftId)]);
    expect(second.number).toBe(first.number);
    expect(await desk.db.complaints.count()).toBe(1);
    expect(await desk.db.complaintAttachments.count()).toBe(1);
    expect((await desk.db.entries.toArray()).filter((e) => e.recordType === 'complaint')).toHaveLength(1);
  });

  it('needs the read back confirmed; nothing is half-written when a file is refused', async () => {
    const desk = await makeDesk();
    const raw = { ...intake, receivedAt: desk.clock.now() };
    await expect(recordComplaint(desk.asClerk, { ...raw, readBackConfirmed: false })).rejects.toMatchObject({ issues: [{ path: ['readBackConfirmed'], message: 'error.complaintReadBack' }] });
    await expect(recordComplaint(desk.asClerk, raw, [{ name: 'x.exe', mediaType: 'application/x-msdownload', dataUrl: 'data:application/x-msdownload;base64,TVo=' }])).rejects.toMatchObject({
      code: 'error.attachmentType',
      field: 'attachments',
    });
    expect(await desk.db.complaints.count()).toBe(0);
    expect(await desk.db.complaintAttachments.count()).toBe(0);
    expect((await desk.db.entries.toArray()).filter((e) => e.recordType === 'complaint')).toHaveLength(0);
  });

  it('keeps what was typed and the read back when the clerk leaves the screen and comes back; a new sign-in starts blank', async () => {
    const user = userEvent.setup();
    const { desk, unmount, desktop } = await openScreen();
    await fillPhoneComplaint(user);
    await user.click(readBackButton());
    await screen.findByTestId('complaint-readback');
    // Another area (the shell unmounts the screen), then back.
    unmount();
    const back = render(
      <ServicesProvider services={{ db: desk.db, clock: desk.clock, desk: desktop }}>
        <ComplaintIntakeScreen />
      </ServicesProvider>,
    );
    expect((await screen.findByTestId('complaint-readback')).textContent).toContain('事情经过：牛奶过期两天仍在货架上');
    await user.click(screen.getByRole('button', { name: '返回修改' }));
    expect(screen.getByLabelText<HTMLInputElement>('姓名（可选）').value).toBe('王女士');
    back.unmount();
    await renderSignedIn(desk, SUPERVISOR.staffNo, <ComplaintIntakeScreen />);
    expect((await screen.findByLabelText<HTMLInputElement>('姓名（可选）')).value).toBe('');
  });
});

describe('acknowledgment slip', () => {
  it('prints the desk phone set in settings, for the customer who calls with the number', async () => {
    const user = userEvent.setup();
    const desk = await makeDesk();
    await changeDeskSettings(desk.asSupervisor, deskSettingsInput.parse({ idleLockMinutes: '5', closingTime: '22:00', overdueDays: '3', lostFoundKeepDays: '30', deskPhone: '010-6478 1234' }));
    const complaint = await recordComplaint(desk.asClerk, {
      channel: 'desk',
      complainant: { name: '李先生', contact: { phone: '13912345678' } },
      replyWanted: true,
      target: { kind: 'environment', place: '入口' },
      description: '地面湿滑无提示',
      request: '放置提示牌',
      category: 'environmentSafety',
      severity: 'normal',
      readBackConfirmed: true,
      receivedAt: desk.clock.now(),
    });
    const { desktop } = await renderSignedIn(desk, CLERK.staffNo, <IntakeDone complaintId={complaint.id} onNext={() => undefined} />);
    await user.click(await screen.findByRole('button', { name: '打印受理回执' }));
    await waitFor(() => expect(desktop.archive).toHaveLength(1));
    const { html } = desktop.archive[0]!.request;
    expect(html).toContain('服务台电话');
    expect(html).toContain('010-6478 1234');
  });
});
