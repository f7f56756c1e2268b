import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';

/**
 * SHA-256 of text lines joined by '\n', as lower-case hex. Synchronous (not
 * WebCrypto's promise) so a close can hash the day inside the Dexie
 * transaction that writes it: awaiting anything but IndexedDB there would
 * commit the transaction early. Encoded once and hashed in one call (per-line
 * updates cost ten times as much).
 */
export function sha256Hex(lines: readonly string[] | string): string {
  const text = typeof lines === 'string' ? lines : lines.join('\n');
  return bytesToHex(sha256(new TextEncoder().encode(text)));
}

/**
 * The same hash by Web Crypto (native, many times faster on a day of
 * entries), for work outside a Dexie transaction: a close hashes its day
 * before it opens the transaction that writes it.
 */
export async function sha256HexAsync(lines: readonly string[] | string): Promise<string> {
  const text = typeof lines === 'string' ? lines : lines.join('\n');
  return bytesToHex(new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))));
}
