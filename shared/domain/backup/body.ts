import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';

/**
 * The body of a backup: every line after the manifest, each one row as JSON
 * ending in a newline (JSON text never holds a raw newline, so lines split
 * cleanly). The manifest carries the SHA-256 of these bytes and the rows per
 * table; the screens that write and restore and the main process that
 * checks the file all count and hash through this one class.
 */

export type RowKey = string | number | readonly (string | number)[];

/** One row as its line: `[table, row]`, or `[table, row, key]` when the key is kept outside the row. */
export function backupLineOf(table: string, row: unknown, key?: RowKey): string {
  return `${JSON.stringify(key === undefined ? [table, row] : [table, row, key])}\n`;
}

const TABLE_AT_START = /^\["([A-Za-z][A-Za-z0-9]*)",/;

/** The table a line belongs to, read without parsing the row. */
export function tableOfLine(line: string): string | undefined {
  return TABLE_AT_START.exec(line)?.[1];
}

export class BackupBody {
  private readonly hash = sha256.create();
  private readonly encoder = new TextEncoder();
  private readonly tally = new Map<string, number>();
  /** Lines that name no table: a damaged file (counted so the check fails). */
  private strays = 0;

  /** Adds whole lines, each ending in a newline (a part as sent, or one line). */
  add(lines: string): void {
    if (lines.length === 0) return;
    this.hash.update(this.encoder.encode(lines));
    let start = 0;
    for (let end = lines.indexOf('\n'); end !== -1; end = lines.indexOf('\n', start)) {
      const table = tableOfLine(lines.slice(start, Math.min(end, start + 80)));
      if (table) this.tally.set(table, (this.tally.get(table) ?? 0) + 1);
      else this.strays += 1;
      start = end + 1;
    }
    // A part that does not end in a newline would join two rows when the file is read back.
    if (start !== lines.length) this.strays += 1;
  }

  get counts(): Record<string, number> {
    return Object.fromEntries([...this.tally].sort(([a], [b]) => a.localeCompare(b)));
  }

  get rows(): number {
    let total = 0;
    for (const n of this.tally.values()) total += n;
    return total;
  }

  /** The hex SHA-256 of every line added; call once, at the end. */
  digest(): string {
    return bytesToHex(this.hash.digest());
  }

  /** Whether what was added is exactly what the manifest says (hash and rows per table). Ends the hash. */
  matches(manifest: { readonly sha256: string; readonly counts: Readonly<Record<string, number>> }): boolean {
    return this.strays === 0 && this.digest() === manifest.sha256 && sameCounts(this.counts, manifest.counts);
  }
}

/** Rows per table alike; a table with no rows may be listed as 0 or left out. */
export function sameCounts(a: Readonly<Record<string, number>>, b: Readonly<Record<string, number>>): boolean {
  const tables = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const t of tables) if ((a[t] ?? 0) !== (b[t] ?? 0)) return false;
  return true;
}

/** Rows in a manifest, all tables together. */
export function totalRows(counts: Readonly<Record<string, number>>): number {
  return Object.values(counts).reduce((sum, n) => sum + n, 0);
}
