import { existsSync, mkdirSync, rmdirSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { InputError } from '../../util/errors.js';
import { placeNew } from '../../util/place-new.js';
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

/** A catalog being made by a first import: `keep` puts it in place, `discard` leaves no trace of it. */
export interface NewCatalog {
  db: Database;
  keep: () => void;
  discard: () => void;
}

/**
 * Creates a catalog that does not exist yet, in a hidden temporary file beside `path` (and the folders
 * it needs): only `keep` links it into place, so that a first import that fails or is killed leaves no
 * catalog at `path`, never an empty or half-made one; `discard` removes the file and the folders made.
 * A catalog that appears at `path` meanwhile is never replaced.
 */
export async function createCatalog(path: string, version = '0'): Promise<NewCatalog> {
  const dir = dirname(path);
  let made: string | undefined;
  try {
    made = mkdirSync(dir, { recursive: true });
  } catch (err) {
    throw new InputError(path, `cannot create the catalog folder (${(err as Error).message})`);
  }
  const tmp = join(dir, `.${basename(path)}.citeaudit-${process.pid}-${Date.now()}.tmp`);
  const removeFolders = () => {
    for (let d = dir; made && d.length >= made.length; d = dirname(d)) {
      try {
        rmdirSync(d);
      } catch {
        break;
      }
    }
  };
  const remove = () => {
    for (const f of [tmp, `${tmp}-journal`, `${tmp}-wal`, `${tmp}-shm`]) rmSync(f, { force: true });
    removeFolders();
  };
  let db: Database;
  try {
    db = await openCatalog(tmp, 'write', version);
  } catch (err) {
    remove();
    throw err instanceof InputError ? new InputError(path, err.message) : err;
  }
  return {
    db,
    keep: () => {
      db.close();
      try {
        placeNew(tmp, path);
      } catch (err) {
        remove();
        const why =
          (err as NodeJS.ErrnoException).code === 'EEXIST'
            ? 'another catalog was made there meanwhile'
            : (err as Error).message;
        throw new InputError(path, `cannot put the new catalog in place (${why}); nothing imported`);
      }
      rmSync(tmp, { force: true });
    },
    discard: () => {
      db.close();
      remove();
    },
  };
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
