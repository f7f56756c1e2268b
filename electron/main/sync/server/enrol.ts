import { randomBytes } from 'node:crypto';
import type { ClientBase } from 'pg';
import { COUNTER_CODE_PATTERN, STORE_CODE_PATTERN } from '../../../../shared/domain/numbering';

/**
 * Enrolling is the server administrator's act: a login role for one counter
 * of one store (member of desk_counter, which may only call the counters'
 * functions), or for a head office (desk_head_office, read only). Run with
 * an administrator's connection; the password is made here and shown once.
 */

const HEAD_OFFICE_NAME = /^[A-Za-z0-9]{1,32}$/;

/** The codes as the counter's first run takes them (S01, C1); role names are lower case. */
export function counterRoleName(store: string, counter: string): string {
  if (!STORE_CODE_PATTERN.test(store) || !COUNTER_CODE_PATTERN.test(counter)) throw new Error(`Not a store code and counter code as set up at the counter: ${store} ${counter}`);
  return `desk_c_${store}_${counter}`.toLowerCase();
}

export function headOfficeRoleName(name: string): string {
  if (!HEAD_OFFICE_NAME.test(name)) throw new Error(`A head office name is letters and digits: ${name}`);
  return `desk_h_${name}`.toLowerCase();
}

export interface Enrolment {
  readonly role: string;
  readonly password: string;
}

function newPassword(): string {
  return randomBytes(24).toString('base64url');
}

async function createOrResetLogin(admin: ClientBase, role: string, group: string, password: string): Promise<void> {
  const exists = (await admin.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [role])).rowCount === 1;
  const { rows } = await admin.query<{ sql: string }>(
    exists ? "SELECT format('ALTER ROLE %I LOGIN PASSWORD %L', $1::text, $2::text) AS sql" : "SELECT format('CREATE ROLE %I LOGIN PASSWORD %L IN ROLE %I', $1::text, $2::text, $3::text) AS sql",
    exists ? [role, password] : [role, password, group],
  );
  await admin.query(rows[0]!.sql);
  if (exists) await admin.query((await admin.query<{ sql: string }>("SELECT format('GRANT %I TO %I', $1::text, $2::text) AS sql", [group, role])).rows[0]!.sql);
}

/** Enrols (or enrols again, with a new password: the old one stops working) a counter of a store. */
export async function enrolCounter(admin: ClientBase, store: string, counter: string): Promise<Enrolment> {
  const role = counterRoleName(store, counter);
  const password = newPassword();
  await admin.query('BEGIN');
  try {
    await createOrResetLogin(admin, role, 'desk_counter', password);
    await admin.query(
      `INSERT INTO desk.counters (role_name, store, counter) VALUES ($1, $2, $3)
       ON CONFLICT (role_name) DO UPDATE SET revoked_at = NULL`,
      [role, store, counter],
    );
    await admin.query('COMMIT');
  } catch (error) {
    await admin.query('ROLLBACK');
    throw error;
  }
  return { role, password };
}

export async function enrolHeadOffice(admin: ClientBase, name: string): Promise<Enrolment> {
  const role = headOfficeRoleName(name);
  const password = newPassword();
  await admin.query('BEGIN');
  try {
    await createOrResetLogin(admin, role, 'desk_head_office', password);
    await admin.query('INSERT INTO desk.head_offices (role_name) VALUES ($1) ON CONFLICT (role_name) DO UPDATE SET revoked_at = NULL', [role]);
    await admin.query('COMMIT');
  } catch (error) {
    await admin.query('ROLLBACK');
    throw error;
  }
  return { role, password };
}

/** A counter's access withdrawn (a stolen PC): it can no longer log in, and its functions refuse it. */
export async function revokeCounter(admin: ClientBase, store: string, counter: string): Promise<void> {
  const role = counterRoleName(store, counter);
  await admin.query('UPDATE desk.counters SET revoked_at = clock_timestamp() WHERE role_name = $1', [role]);
  await admin.query((await admin.query<{ sql: string }>("SELECT format('ALTER ROLE %I NOLOGIN', $1::text) AS sql", [role])).rows[0]!.sql);
}
