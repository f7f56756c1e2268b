import { randomUUID } from 'node:crypto';
import { copyFile, mkdir, open, readFile, rename, unlink } from 'node:fs/promises';
import path from 'node:path';

/**
 * Small JSON files the main process keeps (print queue, printer settings).
 * A write never leaves a half-written file: it goes to a temporary file in
 * the same folder, is flushed to disk, then renamed over the old one.
 */

const RENAME_RETRIES = 5;

/** Windows briefly locks a file an antivirus or indexer is reading. */
function isTransientLock(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code === 'EPERM' || code === 'EBUSY' || code === 'EACCES';
}

export async function writeFileAtomic(file: string, contents: string | Uint8Array): Promise<void> {
  const dir = path.dirname(file);
  await mkdir(dir, { recursive: true });
  const temp = path.join(dir, `.${path.basename(file)}.${process.pid}.${randomUUID()}.tmp`);
  const handle = await open(temp, 'w');
  try {
    await handle.writeFile(contents);
    await handle.sync();
  } finally {
    await handle.close();
  }
  for (let attempt = 1; ; attempt += 1) {
    try {
      await rename(temp, file);
      return;
    } catch (error) {
      if (attempt >= RENAME_RETRIES || !isTransientLock(error)) {
        await unlink(temp).catch(() => undefined);
        throw error;
      }
      await new Promise((resolve) => setTimeout(resolve, 20 * attempt));
    }
  }
}

export type JsonFileRead =
  | { readonly kind: 'missing' }
  | { readonly kind: 'ok'; readonly value: unknown }
  | { readonly kind: 'corrupt'; readonly reason: string };

export async function readJsonFile(file: string): Promise<JsonFileRead> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'missing' };
    return { kind: 'corrupt', reason: error instanceof Error ? error.message : String(error) };
  }
  try {
    return { kind: 'ok', value: JSON.parse(text) as unknown };
  } catch (error) {
    return { kind: 'corrupt', reason: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * Keeps a copy of a file that could not be (fully) read before the next
 * write replaces it, so whatever it held can still be recovered by hand.
 */
export async function keepUnreadableCopy(file: string, now: number): Promise<string | undefined> {
  const target = `${file}.unreadable-${now}`;
  try {
    await copyFile(file, target);
    return target;
  } catch {
    return undefined;
  }
}
