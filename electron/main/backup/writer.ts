import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import type { BackupManifest } from '../../../shared/schema/backup';
import { BackupBody } from '../../../shared/domain/backup/body';
import { DeskError } from '../deskError';
import { BACKUP_ERROR } from './lines';

/**
 * A backup on its way from the screens: compressed as its parts arrive (the
 * file in memory is the gzip, a fraction of the rows), hashed and counted
 * so that what is written is exactly what the manifest promises.
 */
export class PendingBackup {
  private readonly gzip = createGzip();
  private readonly compressed: Buffer[] = [];
  private readonly body = new BackupBody();
  private readonly ended: Promise<void>;

  constructor(readonly manifest: BackupManifest) {
    this.gzip.on('data', (chunk: Buffer) => this.compressed.push(chunk));
    this.ended = finished(this.gzip);
    // A discarded backup ends in an error no one waits for.
    this.ended.catch(() => undefined);
    this.gzip.write(`${JSON.stringify(manifest)}\n`);
  }

  async write(lines: string): Promise<void> {
    this.body.add(lines);
    if (!this.gzip.write(lines)) await once(this.gzip, 'drain');
  }

  /** The whole file, once every row the manifest counts has arrived. */
  async finish(): Promise<Buffer> {
    if (!this.body.matches(this.manifest)) {
      this.gzip.destroy();
      throw new DeskError(BACKUP_ERROR.incomplete, 'the parts sent do not match the manifest');
    }
    this.gzip.end();
    await this.ended;
    return Buffer.concat(this.compressed);
  }

  discard(): void {
    this.gzip.destroy();
  }
}
