/**
 * The catalog file format (docs/catalog.md). Bump SCHEMA_VERSION whenever a table, column or the meaning
 * of a derived key changes: an older or newer file is then refused with a message instead of misread.
 */
export const FORMAT = 'citeaudit-catalog';
export const SCHEMA_VERSION = 1;

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
  block TEXT NOT NULL,
  tlen INTEGER NOT NULL,
  author_keys TEXT NOT NULL,
  year INTEGER,
  container_key TEXT NOT NULL,
  isbn TEXT,
  doi TEXT
);
CREATE UNIQUE INDEX records_source_key ON records(source, key);
-- Covering: a lookup reads only this index until it has the few records worth parsing.
CREATE INDEX records_block ON records(block, tlen, title_key);
CREATE INDEX records_doi ON records(doi) WHERE doi IS NOT NULL;
CREATE INDEX records_isbn ON records(isbn) WHERE isbn IS NOT NULL;
CREATE VIRTUAL TABLE records_fts USING fts5(text, content='', contentless_delete=1, tokenize='trigram', detail='none');
-- Short CJK keys as space-separated tokens: FTS5 builds its index in memory and writes it in segments,
-- far cheaper than a B-tree row per key.
CREATE VIRTUAL TABLE short_fts USING fts5(keys, content='', contentless_delete=1, tokenize='unicode61', detail='none');
`;
