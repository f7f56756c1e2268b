import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ClientBase } from 'pg';

/**
 * Versioned SQL files (NNN_name.sql), applied in order, each in its own
 * transaction and recorded in desk_migrations; applying them again is
 * harmless. A file changed after it was applied is refused: a migration
 * is fixed by the next one, never edited.
 */

export const MIGRATIONS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../sql');

export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
  readonly checksum: string;
}

export async function readMigrations(dir = MIGRATIONS_DIR): Promise<Migration[]> {
  const files = (await readdir(dir)).filter((f) => /^\d{3}_[a-z0-9_]+\.sql$/.test(f)).sort();
  return Promise.all(
    files.map(async (file) => {
      const sql = await readFile(path.join(dir, file), 'utf8');
      return { version: Number(file.slice(0, 3)), name: file, sql, checksum: createHash('sha256').update(sql).digest('hex') };
    }),
  );
}

/** One migrator at a time, whoever runs it (two servers started at once). */
const MIGRATION_LOCK = 727_274_001;

/** Applies what is not applied yet; returns the names applied now. */
export async function applyMigrations(client: ClientBase, migrations?: readonly Migration[]): Promise<string[]> {
  const all = migrations ?? (await readMigrations());
  await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
  try {
    await client.query(`CREATE TABLE IF NOT EXISTS public.desk_migrations (
      version integer PRIMARY KEY, name text NOT NULL, checksum text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
    const done = new Map(
      (await client.query<{ version: number; checksum: string; name: string }>('SELECT version, checksum, name FROM public.desk_migrations')).rows.map((r) => [r.version, r]),
    );
    const applied: string[] = [];
    for (const m of all) {
      const before = done.get(m.version);
      if (before) {
        if (before.checksum !== m.checksum) throw new Error(`Migration ${m.name} was changed after it was applied (as ${before.name}); add a new migration instead.`);
        continue;
      }
      await client.query('BEGIN');
      try {
        await client.query(m.sql);
        await client.query('INSERT INTO public.desk_migrations (version, name, checksum) VALUES ($1, $2, $3)', [m.version, m.name, m.checksum]);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      }
      applied.push(m.name);
    }
    return applied;
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
  }
}
