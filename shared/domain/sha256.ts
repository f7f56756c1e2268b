import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

/**
 * SHA-256 of text lines joined by '\n', as lower-case hex. Synchronous (not
 * WebCrypto's promise) so a close can hash the day inside the Dexie
 * transaction that writes it: awaiting anything but IndexedDB there would
 * commit the transaction early.
 */
export function sha256Hex(lines: readonly string[] | string): string {
  const hash = sha256.create();
  const all = typeof lines === 'string' ? [lines] : lines;
  all.forEach((line, i) => hash.update(utf8ToBytes(i === 0 ? line : `\n${line}`)));
  return bytesToHex(hash.digest());
}
