import { randomUUID } from 'node:crypto';
import { readdir, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import type { Clock } from '../../../shared/domain/clock';
import { backupFileName } from '../../../shared/domain/backup/fileName';
import { backupsToKeep, DEFAULT_RETENTION } from '../../../shared/domain/backup/retention';
import {
  BACKUP_FILE_PATTERN,
  type BackupFile,
  type BackupManifest,
  type BackupPart,
  type BackupSettings,
  type BackupStatus,
} from '../../../shared/schema/backup';
import { writeFileAtomic } from '../atomicFile';
import { DeskError, describeError } from '../deskError';
import { BACKUP_ERROR, readManifest } from './lines';
import { BackupReader } from './reader';
import { BackupSettingsStore, checkBackupFolder } from './settings';
import { PendingBackup } from './writer';

export interface BackupServiceOptions {
  readonly settingsFile: string;
  readonly historyFile: string;
  /** <userData>/backups: used while the supervisor has chosen no folder. */
  readonly defaultFolder: string;
  readonly clock: Clock;
  readonly log?: (message: string) => void;
}

/**
 * Backups of the counter database in a folder: written atomically, read
 * back and checked before they count, old ones thinned out by retention;
 * listed by their manifests and read back part by part for a restore.
 */
export class BackupService {
  private readonly settings: BackupSettingsStore;
  private readonly log: (message: string) => void;
  private pending: { readonly id: string; readonly backup: PendingBackup } | undefined;
  private reading: { readonly id: string; readonly reader: BackupReader } | undefined;

  constructor(private readonly options: BackupServiceOptions) {
    this.settings = new BackupSettingsStore(options.settingsFile, options.historyFile, () => options.clock.now());
    this.log = options.log ?? ((message) => console.error(`[backup] ${message}`));
  }

  async status(): Promise<BackupStatus> {
    const [settings, history] = await Promise.all([this.settings.read(), this.settings.readHistory()]);
    return {
      available: true,
      folder: this.folderOf(settings),
      chosenFolder: settings.folder,
      defaultFolder: this.options.defaultFolder,
      everyHours: settings.everyHours,
      last: history.last,
      lastGood: history.lastGood,
    };
  }

  async setSettings(next: BackupSettings): Promise<BackupStatus> {
    await this.settings.save(next);
    return this.status();
  }

  /** A new backup starts; one left unfinished (the screen reloaded mid-way) is dropped. */
  begin(manifest: BackupManifest): { readonly writeId: string } {
    this.pending?.backup.discard();
    const id = randomUUID();
    this.pending = { id, backup: new PendingBackup(manifest) };
    return { writeId: id };
  }

  async write(writeId: string, lines: string): Promise<void> {
    await this.pendingOf(writeId).write(lines);
  }

  /** Writes the file, reads it back, and only then counts it and thins out the older ones. */
  async commit(writeId: string): Promise<BackupFile> {
    const backup = this.pendingOf(writeId);
    this.pending = undefined;
    const { manifest } = backup;
    try {
      const contents = await backup.finish();
      const folder = this.folderOf(await this.settings.read());
      await checkBackupFolder(folder);
      const name = backupFileName(manifest);
      const file = path.join(folder, name);
      await writeFileAtomic(file, contents).catch((error: unknown) => {
        throw new DeskError(BACKUP_ERROR.write, describeError(error));
      });
      await this.verify(file, manifest);
      await this.settings.record({ at: this.options.clock.now(), ok: true, name });
      await this.applyRetention(folder, manifest);
      return { name, size: contents.length, manifest };
    } catch (error) {
      const key = error instanceof DeskError ? error.key : BACKUP_ERROR.write;
      await this.settings.record({ at: this.options.clock.now(), ok: false, error: key, detail: describeError(error).slice(0, 2000) }).catch(() => undefined);
      throw error instanceof DeskError ? error : new DeskError(key, describeError(error));
    }
  }

  /** Every backup in the folder, newest first, by its manifest alone. */
  async list(): Promise<BackupFile[]> {
    const folder = this.folderOf(await this.settings.read());
    let names: string[];
    try {
      names = (await readdir(folder)).filter((n) => BACKUP_FILE_PATTERN.test(n));
    } catch {
      return [];
    }
    const files = await Promise.all(
      names.map(async (name): Promise<BackupFile> => {
        const file = path.join(folder, name);
        const { size } = await stat(file);
        try {
          return { name, size, manifest: await readManifest(file) };
        } catch (error) {
          return { name, size, unreadable: describeError(error) };
        }
      }),
    );
    return files.sort((a, b) => (b.manifest?.madeAt ?? -1) - (a.manifest?.madeAt ?? -1) || b.name.localeCompare(a.name));
  }

  /** Starts reading one backup for a restore (one at a time: a new one ends the last). */
  async open(name: string): Promise<{ readonly readId: string; readonly manifest: BackupManifest }> {
    await this.reading?.reader.close();
    this.reading = undefined;
    const file = path.join(this.folderOf(await this.settings.read()), name);
    try {
      await stat(file);
    } catch {
      throw new DeskError(BACKUP_ERROR.notFound, name);
    }
    const reader = await BackupReader.open(file);
    const id = randomUUID();
    this.reading = { id, reader };
    return { readId: id, manifest: reader.manifest };
  }

  async read(readId: string): Promise<BackupPart> {
    if (this.reading?.id !== readId) throw new DeskError(BACKUP_ERROR.notFound, readId);
    const { reader } = this.reading;
    try {
      const part = await reader.next();
      if (part.done) this.reading = undefined;
      return part;
    } catch (error) {
      this.reading = undefined;
      await reader.close();
      throw error;
    }
  }

  private folderOf(settings: BackupSettings): string {
    return settings.folder || this.options.defaultFolder;
  }

  private pendingOf(writeId: string): PendingBackup {
    if (this.pending?.id !== writeId) throw new DeskError(BACKUP_ERROR.incomplete, 'no such backup under way');
    return this.pending.backup;
  }

  private async verify(file: string, manifest: BackupManifest): Promise<void> {
    try {
      const reader = await BackupReader.open(file);
      if (JSON.stringify(reader.manifest) !== JSON.stringify(manifest)) throw new DeskError(BACKUP_ERROR.verify, 'manifest differs');
      for (let part = await reader.next(); !part.done; part = await reader.next());
    } catch (error) {
      // A file that does not read back is no backup: it must not be listed as one.
      await unlink(file).catch(() => undefined);
      throw new DeskError(BACKUP_ERROR.verify, describeError(error));
    }
  }

  /** Removes this counter's backups that retention no longer keeps; other counters' files in a shared folder are theirs. */
  private async applyRetention(folder: string, newest: BackupManifest): Promise<void> {
    try {
      const own = (await this.list()).flatMap((f) => (f.manifest && f.manifest.store === newest.store && f.manifest.counter === newest.counter ? [{ name: f.name, madeAt: f.manifest.madeAt }] : []));
      const keep = backupsToKeep(own, this.options.clock.now(), { ...DEFAULT_RETENTION, timeZone: newest.timeZone });
      for (const f of own) if (!keep.has(f.name)) await unlink(path.join(folder, f.name));
    } catch (error) {
      this.log(`retention: ${describeError(error)}`);
    }
  }
}
