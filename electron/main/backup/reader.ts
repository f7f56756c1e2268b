import type { BackupManifest, BackupPart } from '../../../shared/schema/backup';
import { BackupBody } from '../../../shared/domain/backup/body';
import { DeskError } from '../deskError';
import { BACKUP_ERROR, backupBlocks, splitManifest } from './lines';

/** About this much text per part handed to the screens (a single larger row goes alone). */
export const READ_PART_CHARS = 2_000_000;

/**
 * One backup read part by part for a restore. Every part is hashed and
 * counted on the way; the last part is handed over only when the whole file
 * matches its manifest, so a damaged file is refused before a restore ends.
 */
export class BackupReader {
  private readonly body = new BackupBody();

  private constructor(
    readonly manifest: BackupManifest,
    private readonly blocks: AsyncGenerator<string>,
    private pending: string,
  ) {}

  static async open(file: string): Promise<BackupReader> {
    const blocks = backupBlocks(file);
    try {
      let head = '';
      while (!head.includes('\n')) {
        const next = await blocks.next();
        if (next.done) break;
        head += next.value;
      }
      const { manifest, rest } = splitManifest(head);
      return new BackupReader(manifest, blocks, rest);
    } catch (error) {
      await blocks.return(undefined);
      throw error;
    }
  }

  async next(): Promise<BackupPart> {
    let lines = this.pending;
    this.pending = '';
    let done = false;
    while (lines.length < READ_PART_CHARS) {
      const next = await this.blocks.next();
      if (next.done) {
        done = true;
        break;
      }
      lines += next.value;
    }
    this.body.add(lines);
    if (done && !this.body.matches(this.manifest)) throw new DeskError(BACKUP_ERROR.corrupt, 'hash or row counts differ from the manifest');
    return { lines, done };
  }

  async close(): Promise<void> {
    await this.blocks.return(undefined);
  }
}
