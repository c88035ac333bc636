/**
 * The catalog file format (docs/catalog.md). Bump SCHEMA_VERSION whenever a table, column or the meaning
 * of a derived key changes: an older or newer file is then refused with a message instead of misread.
 */
export const FORMAT = 'citeaudit-catalog';
export const SCHEMA_VERSION = 3;

export const DDL = `
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE sources (id INTEGER PRIMARY KEY, path TEXT NOT NULL UNIQUE);
CREATE TABLE records (
  id INTEGER PRIMARY KEY,
  source INTEGER NOT NULL REFERENCES sources(id),
  key TEXT NOT NULL,
  type TEXT NOT NULL,
  language TEXT,
  csl TEXT NOT NULL,
  title_key TEXT NOT NULL,
  author_keys TEXT NOT NULL,
  year INTEGER,
  container_key TEXT NOT NULL,
  isbn TEXT,
  doi TEXT
);
CREATE UNIQUE INDEX records_source_key ON records(source, key);
-- The matcher's blocking keys and identifiers of every record (src/resolve/match.ts blockKeys, identifiers),
-- and m:<main title> of a title with a subtitle; tlen = the record's title key length in characters, so that
-- a lookup reads only the part of a large block whose titles are of a length that can agree. The record's
-- title key is kept in each row: a block of thousands of ids is then checked in one range of the index,
-- without a lookup per id (a third of the time of a lookup at a million records, when it was a join).
CREATE TABLE record_keys (key TEXT NOT NULL, tlen INTEGER NOT NULL, id INTEGER NOT NULL, title_key TEXT NOT NULL, PRIMARY KEY (key, tlen, id)) WITHOUT ROWID;
CREATE VIRTUAL TABLE records_fts USING fts5(text, content='', contentless_delete=1, tokenize='trigram', detail='none');
-- Short CJK keys as space-separated tokens: FTS5 builds its index in memory and writes it in segments,
-- far cheaper than a B-tree row per key.
CREATE VIRTUAL TABLE short_fts USING fts5(keys, content='', contentless_delete=1, tokenize='unicode61', detail='none');
`;
