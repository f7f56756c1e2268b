/**
 * Which IndexedDB database the desk opens. A restore imports into a fresh
 * database and makes it the active one; the database it replaces is kept
 * as it was (nothing is deleted), so a restore can be looked into later.
 */
const ACTIVE_KEY = 'servicedesk.database';
export const DEFAULT_DATABASE_NAME = 'servicedesk';

export function activeDatabaseName(): string {
  try {
    return localStorage.getItem(ACTIVE_KEY) || DEFAULT_DATABASE_NAME;
  } catch {
    return DEFAULT_DATABASE_NAME;
  }
}

/** The database opened from the next start (the page reloads after a restore). */
export function makeActiveDatabase(name: string): void {
  localStorage.setItem(ACTIVE_KEY, name);
}
