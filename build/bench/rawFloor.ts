import type { DBCore, DBCoreTable, Dexie } from 'dexie';

/** One put or add the app's write made: its table, its rows and, for out-of-line keys, their keys. */
export interface CapturedPut {
  readonly table: string;
  readonly values: readonly unknown[];
  readonly keys: readonly IDBValidKey[] | undefined;
}

/**
 * Watches the puts a Dexie database makes, so a write's floor can be the
 * same rows put with raw IndexedDB: the honest "same work without the app".
 * Installed before the database opens; costs one flag check per write when
 * not capturing.
 */
export function installWriteCapture(db: Dexie): { capture(write: () => Promise<unknown>): Promise<CapturedPut[]> } {
  let captured: CapturedPut[] | undefined;
  db.use({
    stack: 'dbcore',
    name: 'benchWriteCapture',
    create: (down: DBCore): DBCore => ({
      ...down,
      table: (name: string): DBCoreTable => {
        const table = down.table(name);
        return {
          ...table,
          mutate: (req) => {
            if (captured && (req.type === 'add' || req.type === 'put')) captured.push({ table: name, values: req.values.map((v: unknown) => structuredClone(v)), keys: req.keys?.slice() });
            return table.mutate(req);
          },
        };
      },
    }),
  });
  return {
    async capture(write) {
      captured = [];
      try {
        await write();
        return captured;
      } finally {
        captured = undefined;
      }
    },
  };
}

/** A key or unique value made new for replay `i`, of the same type and length class. */
function fresh(value: unknown, i: number): unknown {
  if (typeof value === 'string') return `${value}~raw${i}`;
  if (typeof value === 'number') return value + 1e12 + i;
  return value;
}

function freshRow(store: IDBObjectStore, row: unknown, i: number): unknown {
  if (typeof row !== 'object' || row === null) return row;
  const copy: Record<string, unknown> = { ...(row as Record<string, unknown>) };
  const paths = [store.keyPath, ...Array.from(store.indexNames, (n) => store.index(n)).filter((ix) => ix.unique).map((ix) => ix.keyPath)];
  for (const path of paths) if (typeof path === 'string' && path in copy) copy[path] = fresh(copy[path], i);
  return copy;
}

/**
 * The captured puts again, as raw IndexedDB puts in one transaction, each
 * row's key (and any unique index value) made new so that replay `i` adds
 * rows as the app's write did instead of overwriting them.
 */
export function replayRaw(idb: IDBDatabase, puts: readonly CapturedPut[], i: number): Promise<void> {
  const tx = idb.transaction([...new Set(puts.map((p) => p.table))], 'readwrite');
  for (const put of puts) {
    const store = tx.objectStore(put.table);
    put.values.forEach((row, n) => {
      const key = put.keys?.[n];
      if (store.keyPath === null && key !== undefined) store.put(row, fresh(key, i) as IDBValidKey);
      else store.put(freshRow(store, row, i));
    });
  }
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('raw puts failed'));
    tx.onabort = () => reject(tx.error ?? new Error('raw puts aborted'));
  });
}

/** The same database opened with raw IndexedDB, for the floors. */
export function openRaw(name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('open failed'));
  });
}

/** Puts per captured write, for the output ("14 puts in 9 tables"). */
export function describePuts(puts: readonly CapturedPut[]): string {
  const rows = puts.reduce((n, p) => n + p.values.length, 0);
  return `${rows} puts in ${new Set(puts.map((p) => p.table)).size} tables`;
}
