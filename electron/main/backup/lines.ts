import { createReadStream } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import { createGunzip } from 'node:zlib';
import { backupManifest, type BackupManifest } from '../../../shared/schema/backup';
import { DeskError } from '../deskError';

export const BACKUP_ERROR = {
  /** The file is not a backup this app can read: not gzip, cut short, hash or counts wrong. */
  corrupt: 'error.backupCorrupt',
  /** What the screens sent does not add up to the manifest they sent first. */
  incomplete: 'error.backupIncomplete',
  /** The file just written did not read back the same. */
  verify: 'error.backupVerify',
  write: 'error.backupWrite',
  notFound: 'error.backupNotFound',
  folder: 'error.backupFolder',
  folderUnwritable: 'error.backupFolderUnwritable',
} as const;

/**
 * A backup file's text in blocks of whole lines (each ending in a newline),
 * decompressed as it is read so a large file never sits in memory. A last
 * piece with no newline (a file cut short) comes as its own block.
 */
export async function* backupBlocks(file: string): AsyncGenerator<string> {
  const source = createReadStream(file);
  const gunzip = createGunzip();
  source.on('error', (error) => gunzip.destroy(error));
  source.pipe(gunzip);
  const decoder = new StringDecoder('utf8');
  let rest = '';
  try {
    for await (const chunk of gunzip) {
      rest += decoder.write(chunk as Buffer);
      const end = rest.lastIndexOf('\n');
      if (end === -1) continue;
      yield rest.slice(0, end + 1);
      rest = rest.slice(end + 1);
    }
    rest += decoder.end();
    if (rest) yield rest;
  } catch (error) {
    throw new DeskError(BACKUP_ERROR.corrupt, error instanceof Error ? error.message : String(error));
  } finally {
    source.destroy();
    gunzip.destroy();
  }
}

/** The manifest line at the head of a block of text; the rest is the body. */
export function splitManifest(text: string): { readonly manifest: BackupManifest; readonly rest: string } {
  const end = text.indexOf('\n');
  if (end === -1) throw new DeskError(BACKUP_ERROR.corrupt, 'no manifest line');
  let raw: unknown;
  try {
    raw = JSON.parse(text.slice(0, end));
  } catch (error) {
    throw new DeskError(BACKUP_ERROR.corrupt, error instanceof Error ? error.message : String(error));
  }
  const parsed = backupManifest.safeParse(raw);
  if (!parsed.success) throw new DeskError(BACKUP_ERROR.corrupt, parsed.error.message);
  return { manifest: parsed.data, rest: text.slice(end + 1) };
}

/** The manifest alone: only the head of the file is decompressed. */
export async function readManifest(file: string): Promise<BackupManifest> {
  let head = '';
  for await (const block of backupBlocks(file)) {
    head += block;
    if (head.includes('\n')) break;
  }
  return splitManifest(head).manifest;
}
