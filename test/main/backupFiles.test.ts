import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BackupBody, backupLineOf } from '../../shared/domain/backup/body';
import { BACKUP_FORMAT, type BackupManifest } from '../../shared/schema/backup';
import type { BackupService } from '../../electron/main/backup/service';
import { TestClock } from '../renderer/deskFixture';
import { backupServicesIn } from './support/backupServices';
import { bridgeDeskServices } from './support/bridge';
import { stubServices } from './support/deskServices';
import { makeTempDir } from './support/tempDir';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const START = Date.UTC(2026, 10, 25, 2, 0);

let dir: string;
let cleanup: () => Promise<void>;
let clock: TestClock;
let backups: ReturnType<typeof backupServicesIn>;
beforeEach(async () => {
  ({ dir, cleanup } = await makeTempDir());
  clock = new TestClock(START);
  backups = backupServicesIn(dir, clock);
});
afterEach(() => cleanup());

/** A small database's lines and their manifest, as the screens would send them. */
function sample(rows = 3, counter = 'C1', madeAt = clock.now()) {
  const lines = Array.from({ length: rows }, (_, i) => backupLineOf('entries', { id: `e${i}`, summary: `寄存 ${i}` })).concat(backupLineOf('meta', { key: 'counterIdentity', value: { store: 'S01', counter } }));
  const body = new BackupBody();
  body.add(lines.join(''));
  const manifest: BackupManifest = { format: BACKUP_FORMAT, schemaVersion: 13, store: 'S01', counter, timeZone: 'Asia/Shanghai', madeAt, counts: body.counts, sha256: body.digest() };
  return { lines, manifest };
}

async function send(service: BackupService, { lines, manifest }: ReturnType<typeof sample>) {
  const { writeId } = service.begin(manifest);
  await service.write(writeId, lines.slice(0, 2).join(''));
  await service.write(writeId, lines.slice(2).join(''));
  return service.commit(writeId);
}

async function readAll(service: BackupService, name: string): Promise<string> {
  const { readId } = await service.open(name);
  let text = '';
  for (;;) {
    const part = await service.read(readId);
    text += part.lines;
    if (part.done) return text;
  }
}

const folder = () => path.join(dir, 'backups');

describe('backups on disk', () => {
  it('writes the file atomically to the folder, reads it back and checks it, and lists it by its manifest', async () => {
    const backup = sample();
    const file = await send(backups.service, backup);
    expect(file.name).toBe('servicedesk-S01-C1-20261125-100000.jsonl.gz');
    expect(await readdir(folder())).toEqual([file.name]);
    // A gzip of the manifest line, then the rows.
    const text = gunzipSync(await readFile(path.join(folder(), file.name))).toString('utf8');
    expect(text).toBe(`${JSON.stringify(backup.manifest)}\n${backup.lines.join('')}`);
    expect(await backups.service.list()).toEqual([{ name: file.name, size: file.size, manifest: backup.manifest }]);
    expect(await readAll(backups.service, file.name)).toBe(backup.lines.join(''));
    expect((await backups.service.status()).lastGood).toEqual({ at: START, ok: true, name: file.name });
  });

  it('refuses a backup whose rows do not add up to its manifest, and writes nothing', async () => {
    const backup = sample();
    const { writeId } = backups.service.begin(backup.manifest);
    await backups.service.write(writeId, backup.lines.slice(1).join(''));
    await expect(backups.service.commit(writeId)).rejects.toMatchObject({ key: 'error.backupIncomplete' });
    expect(await readdir(dir)).not.toContain('backups');
    expect((await backups.service.status()).last).toMatchObject({ ok: false, error: 'error.backupIncomplete' });
    expect((await backups.service.status()).lastGood).toBeUndefined();
  });

  it('refuses a damaged file: not gzip, cut short, or a row changed', async () => {
    const good = await send(backups.service, sample(50));
    const bytes = await readFile(path.join(folder(), good.name));
    const text = gunzipSync(bytes).toString('utf8');
    const damaged = {
      'servicedesk-S01-C1-20261101-100000.jsonl.gz': Buffer.from('not a backup'),
      'servicedesk-S01-C1-20261102-100000.jsonl.gz': bytes.subarray(0, Math.floor(bytes.length * 0.7)),
      'servicedesk-S01-C1-20261103-100000.jsonl.gz': gzipSync(text.replace('寄存 7', '寄存 8')),
      'servicedesk-S01-C1-20261104-100000.jsonl.gz': gzipSync(text.slice(0, text.lastIndexOf('\n', text.length - 2) + 1)),
    };
    for (const [name, contents] of Object.entries(damaged)) await writeFile(path.join(folder(), name), contents);
    const listed = await backups.service.list();
    expect(listed[0]).toMatchObject({ name: good.name, manifest: { store: 'S01' } });
    expect(listed.find((f) => f.name.includes('20261101'))?.unreadable).toBeTruthy();
    for (const name of Object.keys(damaged)) await expect(readAll(backups.service, name)).rejects.toMatchObject({ key: 'error.backupCorrupt' });
    // The good one still reads after the damaged ones.
    expect(await readAll(backups.service, good.name)).toContain('寄存 7');
  });

  it('keeps the newest per day for 14 days and per week for 8 weeks; another counter’s backups in the folder stay', async () => {
    const other = await send(backups.service, sample(1, 'C2', START - 200 * DAY));
    const names: string[] = [];
    for (let day = 0; day < 60; day++) {
      for (const hour of [0, 4]) {
        clock.at = START + day * DAY + hour * HOUR;
        names.push((await send(backups.service, sample(2))).name);
      }
    }
    const kept = (await readdir(folder())).sort();
    expect(kept).toContain(other.name);
    const own = kept.filter((n) => n.includes('-C1-'));
    // The 14 days reach into two or three of the 8 weeks; each older week keeps one.
    expect(own.length).toBeLessThanOrEqual(14 + 6);
    expect(own.length).toBeGreaterThanOrEqual(14 + 5);
    const dayOf = (name: string) => name.slice('servicedesk-S01-C1-'.length, -'-000000.jsonl.gz'.length);
    expect(new Set(own.map(dayOf)).size).toBe(own.length);
    expect(own).toContain(names.at(-1));
    // Of the last day, only its newest backup.
    expect(own).not.toContain(names.at(-2));
  });

  it('settings: a folder is an absolute path; the hours are kept across a restart', async () => {
    await expect(backups.service.setSettings({ folder: 'relative/backups', everyHours: 2 })).rejects.toMatchObject({ key: 'error.backupFolder' });
    const chosen = path.join(dir, 'elsewhere');
    expect(await backups.service.setSettings({ folder: chosen, everyHours: 2 })).toMatchObject({ folder: chosen, everyHours: 2, available: true });
    const again = backupServicesIn(dir, clock);
    expect(await again.service.status()).toMatchObject({ folder: chosen, chosenFolder: chosen, everyHours: 2, defaultFolder: folder() });
    const file = await send(again.service, sample());
    expect(await readdir(chosen)).toEqual([file.name]);
  });

  it('over IPC: a name that is not a backup’s (a path) is refused before any file is touched', async () => {
    const desk = bridgeDeskServices({ ...stubServices(), backup: backups });
    expect(await desk['backup:open']({ name: '../counter-marker.json' })).toMatchObject({ ok: false, error: 'error.ipcInvalid' });
    expect(await desk['backup:open']({ name: 'servicedesk-S01-C1-20260101-000000.jsonl.gz' })).toMatchObject({ ok: false, error: 'error.backupNotFound' });
    expect(await desk['backup:write']({ writeId: '00000000-0000-4000-8000-000000000000', lines: 'x\n' })).toMatchObject({ ok: false, error: 'error.backupIncomplete' });
  });
});

describe('the counter marker file', () => {
  const update = (seq: number, numbers: Record<string, number> = {}) => ({ store: 'S01', counter: 'C1', seq, numbers });

  it('keeps the highest marks across restarts and never lowers one', async () => {
    expect(await backups.marker.read()).toEqual({ state: 'none' });
    await backups.marker.update(update(5, { 'seq:JC:261125': 3 }));
    clock.advance(HOUR);
    // Reports can arrive out of order (two writes in flight): the lower one changes nothing.
    await Promise.all([backups.marker.update(update(9, { 'seq:JC:261125': 7 })), backups.marker.update(update(6, { 'seq:JC:261125': 4, 'seq:TH:261125': 1 }))]);
    const reopened = backupServicesIn(dir, clock).marker;
    expect(await reopened.read()).toEqual({
      state: 'setUp',
      marker: { format: 1, store: 'S01', counter: 'C1', setUpAt: START, updatedAt: START + HOUR, seq: 9, numbers: { 'seq:JC:261125': 7, 'seq:TH:261125': 1 } },
    });
  });

  it('an unreadable marker counts as set up; the next report starts it again and keeps a copy of the old one', async () => {
    await writeFile(path.join(dir, 'counter-marker.json'), '{"store":');
    expect(await backups.marker.read()).toEqual({ state: 'unreadable' });
    await backups.marker.update(update(3));
    expect((await readdir(dir)).filter((n) => n.startsWith('counter-marker.json.unreadable-'))).toHaveLength(1);
    expect(await backups.marker.read()).toMatchObject({ state: 'setUp', marker: { seq: 3 } });
  });
});
