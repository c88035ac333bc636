import { createHash } from 'node:crypto';
import { extname, resolve } from 'node:path';
import { InputError } from '../../util/errors.js';
import { loadChineseConverter, titleKey } from '../../util/normalize.js';
import type { ImportFileReport } from '../../model/catalog.js';
import type { CslItem } from '../../model/csl.js';
import type { Romanize } from '../identity.js';
import { blockKeys, identifiers, loadRomanizer, mainTitle } from '../match.js';
import { checkItem, readCslJson, readCslJsonLines, type ReadItem } from '../../readers/csl-items.js';
import { catalogKeys, ftsText, shortKeys } from './keys.js';
import type { Database } from './sqlite.js';

const FORMATS = new Set(['.bib', '.bibtex', '.ris', '.json', '.jsonl', '.ndjson']);

/** The records of a library file, in batches: BibTeX and RIS as `--bib` reads them. */
async function* batches(file: string): AsyncGenerator<ReadItem[]> {
  const ext = extname(file).toLowerCase();
  if (!FORMATS.has(ext))
    throw new InputError(
      file,
      `unknown library format '${ext}' (use .bib, .ris, .json (CSL-JSON) or .jsonl (CSL-JSON lines))`,
    );
  if (ext === '.jsonl' || ext === '.ndjson') {
    yield* readCslJsonLines(file);
    return;
  }
  if (ext === '.json') {
    yield readCslJson(file);
    return;
  }
  const { readLibrary } = await import('../library.js');
  const items = await readLibrary(file);
  yield items.map((item, i) => checkItem(item, String(givenKey(item) ?? `item ${i + 1}`)));
}

/**
 * A library record's own key as its file gives it: citation-js's `citation-key`, else the CSL `id`, which
 * CSL-JSON allows to be a number and a record may lack (the file's items are not checked beyond their type).
 * Any other value is no key (it used to become `[object Object]`, one key shared by all such records).
 */
function givenKey(item: CslItem): string | number | undefined {
  const { 'citation-key': key, id } = item as { 'citation-key'?: unknown; id?: unknown };
  const given = key ?? id;
  return typeof given === 'string' || typeof given === 'number' ? given : undefined;
}

/**
 * The record's key within its file: the citation key or CSL id. RIS has none, and citation-js then makes
 * up a random `temp_id_…`; a key drawn from the content keeps a re-import of the same file from duplicating.
 */
function recordKey(item: CslItem): string {
  const given = String(givenKey(item) ?? '');
  if (given && !given.startsWith('temp_id_')) return given;
  const { id: _id, ...rest } = item;
  return `h${createHash('sha1').update(JSON.stringify(rest)).digest('hex').slice(0, 12)}`;
}

interface Statements {
  source: (path: string) => number;
  find: (source: number, key: string) => number | undefined;
  remove: (id: number) => void;
  insert: (source: number, key: string, item: CslItem) => void;
  /** Writes the matcher keys gathered since the last flush. */
  flush: () => void;
}

/** The keys `check --catalog` finds a record by: the Matcher's own, so that it retrieves what `--bib` would. */
function matcherKeys(item: CslItem, romanize: Romanize): string[] {
  const main = item.title ? mainTitle(item.title) : null;
  return [...new Set([...identifiers(item), ...blockKeys(item, romanize), ...(main ? [`m:${main}`] : [])])];
}

/** The title key's length in characters (code points), as the matcher counts edits. */
export function titleLength(item: CslItem): number {
  return [...titleKey(item.title)].length;
}

function statements(db: Database, romanize: Romanize): Statements {
  const findSource = db.prepare<{ id: number }>('SELECT id FROM sources WHERE path = ?');
  const addSource = db.prepare('INSERT INTO sources (path) VALUES (?)');
  const find = db.prepare<{ id: number }>('SELECT id FROM records WHERE source = ? AND key = ?');
  const delRecord = db.prepare('DELETE FROM records WHERE id = ?');
  const delFts = db.prepare('DELETE FROM records_fts WHERE rowid = ?');
  const delShort = db.prepare('DELETE FROM short_fts WHERE rowid = ?');
  const getCsl = db.prepare<{ csl: string }>('SELECT csl FROM records WHERE id = ?');
  const delKey = db.prepare('DELETE FROM record_keys WHERE key = ? AND tlen = ? AND id = ?');
  const insKey = db.prepare('INSERT OR IGNORE INTO record_keys (key, tlen, id, title_key) VALUES (?, ?, ?, ?)');
  const insRecord =
    db.prepare(`INSERT INTO records (source, key, type, language, csl, title_key, author_keys, year, container_key, isbn, doi)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const insFts = db.prepare('INSERT INTO records_fts (rowid, text) VALUES (?, ?)');
  const insShort = db.prepare('INSERT INTO short_fts (rowid, keys) VALUES (?, ?)');
  // Keys are written a batch at a time in key order: inserts then walk the index instead of jumping about it.
  let pending: Array<[string, number, number, string]> = [];
  const flush = () => {
    pending.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1] || a[2] - b[2]));
    for (const [key, tlen, id, title] of pending) insKey.run(key, tlen, id, title);
    pending = [];
  };
  return {
    source: (path) => findSource.get(path)?.id ?? Number(addSource.run(path).lastInsertRowid),
    find: (source, key) => find.get(source, key)?.id,
    flush,
    remove: (id) => {
      // The keys table is indexed by key only: the old record's keys are computed again to delete them,
      // after writing those still pending (the record may be one of them).
      flush();
      const old = getCsl.get(id);
      if (old) {
        const item = JSON.parse(old.csl) as CslItem;
        const tlen = titleLength(item);
        for (const key of matcherKeys(item, romanize)) delKey.run(key, tlen, id);
      }
      delRecord.run(id);
      delFts.run(id);
      delShort.run(id);
    },
    insert: (source, key, item) => {
      const k = catalogKeys(item);
      const language = typeof item.language === 'string' ? item.language : null;
      const { lastInsertRowid } = insRecord.run(
        source,
        key,
        item.type,
        language,
        JSON.stringify(item),
        k.titleKey,
        k.authorKeys.join(' '),
        k.year,
        k.containerKey,
        k.isbn,
        k.doi,
      );
      const id = Number(lastInsertRowid);
      const tlen = titleLength(item);
      for (const mk of matcherKeys(item, romanize)) pending.push([mk, tlen, id, k.titleKey]);
      insFts.run(id, ftsText(k));
      const short = shortKeys(k);
      if (short.length) insShort.run(id, short.join(' '));
    },
  };
}

/**
 * Imports library files into an open catalog. Each file is one transaction: a file that fails half-way
 * leaves the catalog as it was. A record already imported from the same file under the same key is
 * replaced, so importing an updated export again does not duplicate it.
 */
export async function importFiles(
  db: Database,
  files: string[],
  onFile?: (r: ImportFileReport) => void,
): Promise<ImportFileReport[]> {
  await loadChineseConverter();
  const romanize = await loadRomanizer();
  // A large page cache keeps the randomly-ordered indexes (matcher keys, short keys) in memory while a big file
  // is imported: at a million records they are a few hundred MB, and a small cache makes every insert a read.
  db.pragma('cache_size = -524288');
  db.pragma('temp_store = MEMORY');
  const st = statements(db, romanize);
  const reports: ImportFileReport[] = [];
  for (const file of files) {
    const path = resolve(file);
    const report: ImportFileReport = { file, imported: 0, replaced: 0, skipped: [] };
    db.exec('BEGIN');
    try {
      const source = st.source(path);
      for await (const batch of batches(file)) {
        for (const r of batch) {
          if ('skip' in r) {
            report.skipped.push({ where: r.where, reason: r.skip });
            continue;
          }
          const key = recordKey(r.item);
          r.item.id = key;
          const old = st.find(source, key);
          if (old !== undefined) {
            st.remove(old);
            report.replaced++;
          } else report.imported++;
          st.insert(source, key, r.item);
        }
        st.flush();
      }
      db.exec('COMMIT');
    } catch (err) {
      if (db.inTransaction) db.exec('ROLLBACK');
      if (err instanceof InputError) throw err;
      throw new InputError(file, `import failed, nothing imported from this file (${(err as Error).message})`);
    }
    reports.push(report);
    onFile?.(report);
  }
  return reports;
}
