import { access, mkdir } from 'node:fs/promises';
import { constants } from 'node:fs';
import path from 'node:path';
import { backupHistory, backupSettings, DEFAULT_BACKUP_EVERY_HOURS, type BackupHistory, type BackupRun, type BackupSettings } from '../../../shared/schema/backup';
import { keepUnreadableCopy, readJsonFile, writeFileAtomic } from '../atomicFile';
import { DeskError } from '../deskError';
import { BACKUP_ERROR } from './lines';

export const DEFAULT_BACKUP_SETTINGS: BackupSettings = { folder: '', everyHours: DEFAULT_BACKUP_EVERY_HOURS };

/** A folder a backup can go to: absolute (a relative one would depend on where the app was started), made if missing, writable. */
export async function checkBackupFolder(folder: string): Promise<void> {
  if (!path.isAbsolute(folder)) throw new DeskError(BACKUP_ERROR.folder, folder);
  try {
    await mkdir(folder, { recursive: true });
    await access(folder, constants.W_OK);
  } catch (error) {
    throw new DeskError(BACKUP_ERROR.folderUnwritable, error instanceof Error ? error.message : String(error));
  }
}

/** Backup settings and history in userData. Reading never throws: a bad file means the defaults (a copy is kept). */
export class BackupSettingsStore {
  private cached: Promise<BackupSettings> | undefined;
  private history: Promise<BackupHistory> | undefined;

  constructor(
    private readonly settingsFile: string,
    private readonly historyFile: string,
    private readonly now: () => number,
  ) {}

  read(): Promise<BackupSettings> {
    this.cached ??= this.load();
    return this.cached;
  }

  async save(next: BackupSettings): Promise<BackupSettings> {
    const settings = backupSettings.parse(next);
    if (settings.folder) await checkBackupFolder(settings.folder);
    await writeFileAtomic(this.settingsFile, JSON.stringify(settings, null, 2));
    this.cached = Promise.resolve(settings);
    return settings;
  }

  readHistory(): Promise<BackupHistory> {
    // A lost history only means the timer backs up again sooner.
    this.history ??= readJsonFile(this.historyFile).then((read) => (read.kind === 'ok' ? (backupHistory.safeParse(read.value).data ?? {}) : {}));
    return this.history;
  }

  async record(run: BackupRun): Promise<BackupHistory> {
    const before = await this.readHistory();
    const history: BackupHistory = { last: run, lastGood: run.ok ? run : before.lastGood };
    this.history = Promise.resolve(history);
    await writeFileAtomic(this.historyFile, JSON.stringify(history, null, 2));
    return history;
  }

  private async load(): Promise<BackupSettings> {
    const read = await readJsonFile(this.settingsFile);
    if (read.kind === 'missing') return DEFAULT_BACKUP_SETTINGS;
    const parsed = read.kind === 'ok' ? backupSettings.safeParse(read.value) : undefined;
    if (parsed?.success) return parsed.data;
    await keepUnreadableCopy(this.settingsFile, this.now());
    return DEFAULT_BACKUP_SETTINGS;
  }
}
