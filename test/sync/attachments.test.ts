// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { createHash, randomBytes } from 'node:crypto';
import path from 'node:path';
import { cleanup, render, screen, within } from '@testing-library/react';
import Dexie from 'dexie';
import { createElement } from 'react';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type pg from 'pg';
import { SyncConnection } from '../../electron/main/sync/connection';
import { SyncCredentialStore } from '../../electron/main/sync/credentials';
import { SyncService } from '../../electron/main/sync/service';
import { enrolHeadOffice } from '../../electron/main/sync/server/enrol';
import { newId } from '../../shared/domain/ids';
import { encodeEnrolmentCode, MAX_ATTACHMENT_BYTES, type AttachmentUpload } from '../../shared/schema/sync';
import { ServicesProvider } from '../../renderer/app/services';
import { createWebStandIn } from '../../renderer/bridge/webStandIn';
import type { DeskContext } from '../../renderer/db/context';
import { DeskDatabase } from '../../renderer/db/database';
import { recordComplaint } from '../../renderer/db/complaints/intake';
import { syncAttachmentFiles } from '../../renderer/db/sync/attachments';
import { pushOutbox } from '../../renderer/db/sync/push';
import { readSyncLog, SyncRunner } from '../../renderer/db/sync/runner';
import { ComplaintAttachments } from '../../renderer/features/complaints/detail/ComplaintAttachments';
import { useLanguage } from '../../renderer/i18n';
import { plainEncryptor } from '../main/support/plainEncryptor';
import { makeTempDir } from '../main/support/tempDir';
import { makeDesk } from '../renderer/deskFixture';
import { bridgedDeskApi } from './bridge';
import { connectCounter, syncOnce, type TestCounter } from './counters';
import { enrolled, freshDatabase, rawAs, uniqueStore } from './serverFixture';

const complaint = {
  channel: 'desk',
  complainant: { name: '李先生', contact: { phone: '13912345678' } },
  replyWanted: true,
  target: { kind: 'product', product: '鲜牛奶 1L', department: '生鲜部' },
  description: '牛奶过期两天仍在货架上',
  request: '退款并道歉',
  category: 'productQuality',
  severity: 'normal',
  readBackConfirmed: true,
};

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** A file as it goes to the server, hashed honestly unless told otherwise. */
function upload(bytes: Buffer, over: Partial<AttachmentUpload> = {}): AttachmentUpload {
  return { ref: newId(), complaintId: newId(), name: '货架照片.jpg', mediaType: 'image/jpeg', sha256: sha256(bytes), content: bytes.toString('base64'), ...over };
}

/** What the complaint's page shows of its files at a counter. */
async function showAttachments(ctx: DeskContext, complaintId: string) {
  cleanup();
  const row = await ctx.db.complaints.get(complaintId);
  if (!row) throw new Error(`complaint ${complaintId} is not at ${ctx.session.counter}`);
  useLanguage.setState({ language: 'zh-CN' });
  render(
    createElement(ServicesProvider, {
      services: { db: ctx.db, clock: ctx.clock, desk: createWebStandIn() },
      children: createElement(ComplaintAttachments, { complaintId, refs: row.attachments }),
    }),
  );
  return screen.findByRole('region', { name: '附件' });
}

describe('complaint attachments through the real server', () => {
  let database: string;
  let admin: pg.Client;
  let dir: string;
  let removeDir: () => Promise<void>;
  const closing: (() => Promise<void>)[] = [];

  beforeAll(async () => {
    ({ database, admin } = await freshDatabase());
    ({ dir, cleanup: removeDir } = await makeTempDir());
  });
  afterEach(() => cleanup());
  afterAll(async () => {
    for (const close of closing) await close();
    await admin.end();
    await removeDir();
  });

  async function counter(ctx: DeskContext): Promise<TestCounter> {
    const c = await connectCounter(admin, database, ctx);
    closing.push(() => c.close());
    return c;
  }

  /** A counter as in the app: the main process's SyncService behind the IPC gate, and its sync loop. */
  async function appCounter(ctx: DeskContext) {
    const service = new SyncService(new SyncCredentialStore(path.join(dir, `${ctx.session.store}-${ctx.session.counter}.bin`), plainEncryptor), ctx.clock);
    closing.push(() => service.close());
    const desk = bridgedDeskApi(service);
    const code = encodeEnrolmentCode(await enrolled(admin, database, ctx.session.store, ctx.session.counter));
    expect(await desk['sync:enrol']({ code, store: ctx.session.store, counter: ctx.session.counter })).toMatchObject({ ok: true });
    return desk;
  }

  it('a photo taken at counter A shows at B as not synced yet until A has uploaded it, then as the same photo (also after B restarts)', async () => {
    const store = uniqueStore();
    const desk = await makeDesk(Date.now(), store);
    const a = await counter(desk.asClerk);
    const b = await counter(desk.otherCounter('C2'));
    const photo = randomBytes(250_000);
    const recorded = await recordComplaint(desk.asClerk, { ...complaint, receivedAt: desk.clock.now() }, [
      { name: '货架照片.jpg', mediaType: 'image/jpeg', dataUrl: `data:image/jpeg;base64,${photo.toString('base64')}` },
    ]);

    // A's entries reach the server; its file is still on its way (A's cycle has not got to it).
    await pushOutbox(a.ctx.db, a.transport, () => desk.clock.now());
    await syncOnce(b);
    expect(await syncAttachmentFiles(b.ctx.db, b.transport, () => desk.clock.now())).toEqual({ uploaded: 0, downloaded: 0, problems: 0, more: false });
    expect((await showAttachments(b.ctx, recorded.id)).textContent).toBe('附件货架照片.jpg（文件尚未同步到本柜台）');

    // A's sync loop, as the app runs it, pushes and then hands the file over.
    const runner = new SyncRunner({ ctx: desk.asClerk, desk: await appCounter(desk.asClerk), onState: () => undefined });
    runner.start();
    await vi.waitFor(async () => expect((await readSyncLog(desk.db)).some((line) => line.files === 1)).toBe(true), { timeout: 15_000 });
    runner.stop();
    expect((await readSyncLog(desk.db)).find((line) => line.files === 1)).toMatchObject({ problems: 0 });

    // B is restarted before its next cycle: the file it is waiting for is still fetched.
    b.ctx.db.close();
    const reopened = new DeskDatabase(b.ctx.db.name);
    closing.push(() => Promise.resolve(reopened.close()));
    const bAgain: TestCounter = { ...b, ctx: { ...b.ctx, db: reopened } };
    await syncOnce(bAgain);
    expect(await syncAttachmentFiles(reopened, b.transport, () => desk.clock.now())).toEqual({ uploaded: 0, downloaded: 1, problems: 0, more: false });

    const shown = await showAttachments(bAgain.ctx, recorded.id);
    expect(shown.textContent).not.toContain('尚未同步');
    const img = within(shown).getByAltText('货架照片.jpg');
    expect(img.getAttribute('src')).toBe(`data:image/jpeg;base64,${photo.toString('base64')}`);
    const [atA, atB] = await Promise.all([desk.db.complaintAttachments.toArray(), reopened.complaintAttachments.toArray()]);
    expect(atB).toEqual(atA);
    expect(Buffer.from(atB[0]!.dataUrl.split(',')[1]!, 'base64').equals(photo)).toBe(true);
    expect(atB[0]).toMatchObject({ complaintId: recorded.id, sha256: sha256(photo), by: '1001' });
    // Nothing left to do on either side: no upload waits, no file is wanted.
    expect(await syncAttachmentFiles(reopened, b.transport, () => desk.clock.now())).toEqual({ uploaded: 0, downloaded: 0, problems: 0, more: false });
    expect(await reopened.attachmentWants.count()).toBe(0);
  });

  it('the server keeps a file once: a repeated upload is harmless, another file under the same reference, a wrong hash and an oversized file are refused', async () => {
    const store = uniqueStore();
    const c1 = await SyncConnection.open(await enrolled(admin, database, store, 'C1'));
    closing.push(() => c1.close());
    const photo = randomBytes(100_000);
    const file = upload(photo);
    expect(await c1.putAttachment(file)).toEqual({ status: 'stored' });
    expect(await c1.putAttachment(file)).toEqual({ status: 'duplicate' });
    expect(await c1.putAttachment(upload(randomBytes(1000), { ref: file.ref }))).toEqual({ status: 'refTaken' });
    expect(await c1.getAttachment(file.ref)).toEqual({ ...file, size: photo.length });

    const wrongHash = upload(photo, { sha256: sha256(randomBytes(10)) });
    expect(await c1.putAttachment(wrongHash)).toEqual({ status: 'hashMismatch' });
    expect(await c1.getAttachment(wrongHash.ref)).toBeNull();

    expect((await admin.query<{ max: number }>('SELECT desk.max_attachment_bytes() AS max')).rows[0]?.max).toBe(MAX_ATTACHMENT_BYTES);
    const largest = upload(randomBytes(MAX_ATTACHMENT_BYTES));
    expect(await c1.putAttachment(largest)).toEqual({ status: 'stored' });
    const oversized = upload(randomBytes(MAX_ATTACHMENT_BYTES + 1));
    expect(await c1.putAttachment(oversized)).toEqual({ status: 'tooLarge' });
    expect(await c1.getAttachment(oversized.ref)).toBeNull();
    const { rows } = await admin.query<{ ref: string }>('SELECT ref FROM desk.attachments WHERE store = $1 ORDER BY received_at', [store]);
    expect(rows.map((r) => r.ref)).toEqual([file.ref, largest.ref]);
  });

  it('only the functions reach the files: another store’s counter gets nothing, a counter cannot read or change the table, the head office only reads', async () => {
    const store = uniqueStore();
    const other = uniqueStore();
    const credentials = await enrolled(admin, database, store, 'C1');
    const c1 = await SyncConnection.open(credentials);
    const stranger = await SyncConnection.open(await enrolled(admin, database, other, 'C1'));
    closing.push(() => c1.close(), () => stranger.close());
    const file = upload(randomBytes(5000));
    expect(await c1.putAttachment(file)).toEqual({ status: 'stored' });
    expect(await stranger.getAttachment(file.ref)).toBeNull();

    const raw = await rawAs(credentials);
    for (const sql of [
      'SELECT * FROM desk.attachments',
      "UPDATE desk.attachments SET name = 'x'",
      'DELETE FROM desk.attachments',
      `SELECT * FROM desk.get_store_attachment('${store}', '${file.ref}')`,
    ]) {
      await expect(raw.query(sql), sql).rejects.toMatchObject({ code: '42501' });
    }
    await raw.end();

    const { role, password } = await enrolHeadOffice(admin, `HQ${store}`);
    const hq = await rawAs({ host: admin.host, port: admin.port, database, user: role, password });
    const { rows } = await hq.query<{ sha256: string }>('SELECT sha256 FROM desk.get_store_attachment($1, $2)', [store, file.ref]);
    expect(rows).toEqual([{ sha256: file.sha256 }]);
    await expect(hq.query('SELECT desk.put_attachment($1, $2, $3, $4, $5, $6)', [newId(), newId(), 'a.jpg', 'image/jpeg', file.sha256, Buffer.alloc(1)])).rejects.toMatchObject({
      code: '42501',
    });
    await hq.end();
  });

  it('the IPC gate refuses a file over the limit before it reaches the server', async () => {
    const desk = await makeDesk(Date.now(), uniqueStore());
    const api = await appCounter(desk.asClerk);
    const over = await api['sync:putAttachment'](upload(randomBytes(MAX_ATTACHMENT_BYTES + 1)));
    expect(over).toMatchObject({ ok: false, error: 'error.ipcInvalid' });
    expect(await api['sync:putAttachment'](upload(randomBytes(10)))).toEqual({ ok: true, value: { status: 'stored' } });
  });

  it('a file larger than the limit is never uploaded: its counter says it stays there, the other counter keeps saying not synced yet', async () => {
    const store = uniqueStore();
    const desk = await makeDesk(Date.now(), store);
    const a = await counter(desk.asClerk);
    const b = await counter(desk.otherCounter('C2'));
    const recorded = await recordComplaint(desk.asClerk, { ...complaint, receivedAt: desk.clock.now() }, [
      { name: '来信.pdf', mediaType: 'application/pdf', dataUrl: `data:application/pdf;base64,${Buffer.from('%PDF-1.4 letter').toString('base64')}` },
    ]);
    // A file kept before the limits of today (an older build): larger than sync takes.
    const [row] = await desk.db.complaintAttachments.toArray();
    const huge = Buffer.alloc(MAX_ATTACHMENT_BYTES + 1, 7);
    await desk.db.complaintAttachments.put({ ...row!, dataUrl: `data:application/pdf;base64,${huge.toString('base64')}`, size: huge.length });

    await syncOnce(a);
    expect(await syncAttachmentFiles(a.ctx.db, a.transport, () => desk.clock.now())).toEqual({ uploaded: 0, downloaded: 0, problems: 1, more: false });
    const marked = await desk.db.complaintAttachments.get(row!.ref);
    expect(marked?.notShared).toBe('tooLarge');
    expect(marked && 'uploadDueAt' in marked).toBe(false);
    // Not tried again on the next cycles.
    expect(await syncAttachmentFiles(a.ctx.db, a.transport, () => desk.clock.now())).toEqual({ uploaded: 0, downloaded: 0, problems: 0, more: false });
    expect((await showAttachments(a.ctx, recorded.id)).textContent).toContain('（来信.pdf 超过 8 MB，只保存在本柜台，未同步到其他柜台）');

    await syncOnce(b);
    await syncAttachmentFiles(b.ctx.db, b.transport, () => desk.clock.now());
    expect((await showAttachments(b.ctx, recorded.id)).textContent).toBe('附件来信.pdf（文件尚未同步到本柜台）');
  });

  it('a file whose bytes do not match its hash is refused at the counter and fetched again once the server has it right', async () => {
    const store = uniqueStore();
    const desk = await makeDesk(Date.now(), store);
    const a = await counter(desk.asClerk);
    const b = await counter(desk.otherCounter('C2'));
    const letter = Buffer.from('%PDF-1.4 顾客来信：牛奶过期'.padEnd(2000, '.'));
    const recorded = await recordComplaint(desk.asClerk, { ...complaint, receivedAt: desk.clock.now() }, [
      { name: '来信.pdf', mediaType: 'application/pdf', dataUrl: `data:application/pdf;base64,${letter.toString('base64')}` },
    ]);
    await syncOnce(a);
    expect(await syncAttachmentFiles(a.ctx.db, a.transport, () => desk.clock.now())).toMatchObject({ uploaded: 1, problems: 0 });

    // The bytes on the server go bad (a disk fault): same size, one byte flipped.
    await admin.query('UPDATE desk.attachments SET content = set_byte(content, 10, get_byte(content, 10) # 255) WHERE store = $1', [store]);
    await syncOnce(b);
    expect(await syncAttachmentFiles(b.ctx.db, b.transport, () => desk.clock.now())).toEqual({ uploaded: 0, downloaded: 0, problems: 1, more: false });
    expect(await b.ctx.db.complaintAttachments.count()).toBe(0);
    expect((await showAttachments(b.ctx, recorded.id)).textContent).toBe('附件来信.pdf（文件尚未同步到本柜台）');

    await admin.query('UPDATE desk.attachments SET content = set_byte(content, 10, get_byte(content, 10) # 255) WHERE store = $1', [store]);
    expect(await syncAttachmentFiles(b.ctx.db, b.transport, () => desk.clock.now())).toMatchObject({ downloaded: 1, problems: 0 });
    const [kept] = await b.ctx.db.complaintAttachments.toArray();
    expect(Buffer.from(kept!.dataUrl.split(',')[1]!, 'base64').equals(letter)).toBe(true);
  });

  it('a counter upgraded to this build uploads the files it kept before and fetches the ones other counters’ complaints refer to', async () => {
    const name = `test-upgrade-${newId()}`;
    const v6 = new Dexie(name);
    v6.version(6).stores({
      entries: 'id, [counter+seq], [recordType+recordId], hlc',
      complaintAttachments: 'ref, complaintId',
    });
    const mine = { ref: 'mine-1', complaintId: 'c-mine', name: 'a.jpg', mediaType: 'image/jpeg', dataUrl: 'data:image/jpeg;base64,AAAA', size: 3, at: 1, by: '1001' };
    await v6.table('complaintAttachments').put(mine);
    const entry = (id: string, counter: string, refs: { ref: string; name: string }[]) => ({
      id,
      recordType: 'complaint',
      recordId: `c-${counter}`,
      type: 'recorded',
      schemaVersion: 1,
      store: 'S01',
      counter,
      seq: 1,
      hlc: `1:0:${counter}`,
      at: 5,
      by: '2001',
      data: { attachments: refs },
    });
    await v6.table('entries').bulkPut([entry('e1', 'C1', [{ ref: 'mine-1', name: 'a.jpg' }]), entry('e2', 'C2', [{ ref: 'theirs-1', name: 'b.pdf' }])]);
    v6.close();

    const upgraded = new DeskDatabase(name);
    expect(await upgraded.complaintAttachments.where('uploadDueAt').belowOrEqual(0).primaryKeys()).toEqual(['mine-1']);
    expect(await upgraded.attachmentWants.toArray()).toEqual([{ ref: 'theirs-1', complaintId: 'c-C2', name: 'b.pdf', at: 5, by: '2001', tries: 0, dueAt: 0 }]);
    upgraded.close();
  });
});
