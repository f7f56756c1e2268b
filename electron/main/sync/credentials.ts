import { readFile, rm } from 'node:fs/promises';
import { syncCredentials, type SyncCredentials } from '../../../shared/schema/sync';
import { writeFileAtomic } from '../atomicFile';

/** What the system offers to encrypt with (Electron's safeStorage in the app; a stand-in in the tests). */
export interface Encryptor {
  isAvailable(): boolean;
  encrypt(text: string): Buffer;
  decrypt(data: Buffer): string;
}

export interface SyncSettingsFile {
  readonly credentials: SyncCredentials;
  readonly paused: boolean;
}

/**
 * The counter's sync credentials, encrypted by the system and kept in the
 * main process's data folder: the screens never read them back. Without
 * system encryption nothing is saved (a password in plain text on a
 * shared counter PC is worse than typing the code again).
 */
export class SyncCredentialStore {
  constructor(
    private readonly file: string,
    private readonly encryptor: Encryptor,
  ) {}

  get encrypted(): boolean {
    return this.encryptor.isAvailable();
  }

  async load(): Promise<SyncSettingsFile | undefined> {
    let data: Buffer;
    try {
      data = await readFile(this.file);
    } catch {
      return undefined;
    }
    try {
      const raw = JSON.parse(this.encryptor.decrypt(data)) as { credentials?: unknown; paused?: unknown };
      const credentials = syncCredentials.safeParse(raw.credentials);
      return credentials.success ? { credentials: credentials.data, paused: raw.paused === true } : undefined;
    } catch {
      // Encrypted under another user or machine: as good as not set up.
      return undefined;
    }
  }

  async save(settings: SyncSettingsFile): Promise<void> {
    if (!this.encryptor.isAvailable()) throw new Error('System encryption is not available');
    await writeFileAtomic(this.file, this.encryptor.encrypt(JSON.stringify(settings)));
  }

  async clear(): Promise<void> {
    await rm(this.file, { force: true });
  }
}
