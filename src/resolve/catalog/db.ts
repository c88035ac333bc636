import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { InputError } from '../../util/errors.js';
import { FORMAT, DDL, SCHEMA_VERSION } from './schema.js';
import { loadSqlite, type Database } from './sqlite.js';

/**
 * Opens a catalog. `read` needs an existing, valid catalog of this schema version; `write` creates the
 * file (and its folder) when it does not exist. Every problem is one InputError naming the file.
 */
export async function openCatalog(path: string, mode: 'read' | 'write', version = '0'): Promise<Database> {
  const Database = await loadSqlite();
  const exists = existsSync(path);
  if (!exists && mode === 'read')
    throw new InputError(path, "catalog not found (create it with 'citeaudit catalog import FILE…')");
  if (!exists) {
    try {
      mkdirSync(dirname(path), { recursive: true });
    } catch (err) {
      throw new InputError(path, `cannot create the catalog folder (${(err as Error).message})`);
    }
  }
  let db: Database;
  try {
    db = new Database(path, mode === 'read' ? { readonly: true, fileMustExist: true } : {});
  } catch (err) {
    throw new InputError(path, `cannot open the catalog (${(err as Error).message})`);
  }
  try {
    if (!exists) {
      db.exec(DDL);
      const put = db.prepare('INSERT INTO meta(key, value) VALUES (?, ?)');
      put.run('format', FORMAT);
      put.run('schema_version', String(SCHEMA_VERSION));
      put.run('created', new Date().toISOString());
      put.run('created_by', `citeaudit ${version}`);
    } else verify(db, path);
    // Lookups read a few pages of a large file each: mapping it saves copying them into the page cache.
    if (mode === 'read') db.pragma('mmap_size = 1073741824');
  } catch (err) {
    db.close();
    if (err instanceof InputError) throw err;
    throw new InputError(path, `not a citeaudit catalog (${(err as Error).message})`);
  }
  return db;
}

function verify(db: Database, path: string): void {
  let rows: Array<{ key: string; value: string }>;
  try {
    rows = db.prepare<{ key: string; value: string }>('SELECT key, value FROM meta').all();
  } catch (err) {
    const m = (err as Error).message;
    throw new InputError(
      path,
      /no such table/.test(m) ? 'not a citeaudit catalog (no meta table)' : `not a citeaudit catalog (${m})`,
    );
  }
  const meta = new Map(rows.map((r) => [r.key, r.value]));
  if (meta.get('format') !== FORMAT)
    throw new InputError(path, `not a citeaudit catalog (format '${meta.get('format') ?? ''}')`);
  const v = Number(meta.get('schema_version'));
  if (v !== SCHEMA_VERSION) {
    throw new InputError(
      path,
      `catalog schema version ${meta.get('schema_version') ?? '?'} is not the version ${SCHEMA_VERSION} this citeaudit reads; rebuild it with 'citeaudit catalog import' into a new file${v > SCHEMA_VERSION ? ' or update citeaudit' : ''}`,
    );
  }
  // The tables must be there; damage deeper in the file surfaces when a page is read (see damaged()).
  db.prepare('SELECT id FROM records LIMIT 1').get();
  db.prepare('SELECT rowid FROM short_fts LIMIT 1').get();
  db.prepare('SELECT id FROM sources LIMIT 1').get();
}

/** A damaged page met while reading: one message naming the catalog, never a stack trace. */
export function damaged(path: string, err: unknown): InputError {
  if (err instanceof InputError) return err;
  return new InputError(path, `cannot read the catalog; the file may be damaged (${(err as Error).message})`);
}
