import { nameKey, titleKey } from '../../core/normalize.js';
import { UsageError } from '../../core/errors.js';
import type { CatalogHit } from '../../model/catalog.js';
import type { CslItem } from '../../model/csl.js';
import { damaged } from './db.js';
import { isCjk, trigrams } from './keys.js';
import type { Database } from './sqlite.js';

/** Candidates fetched before ranking; a very common term is ranked among its first matches only. */
const CANDIDATES = 2000;

interface Term {
  keys: string[];
  /** SQL condition on r.id and its parameters, or null when the term is only checked, not looked up. */
  where: string | null;
  params: string[];
}

function ftsQuery(key: string): string {
  return trigrams(key).map((t) => `"${t.replace(/"/g, '""')}"`).join(' AND ');
}

/**
 * A query term: three characters or more go to the trigram index; one or two CJK characters go to the
 * short-key index (trigram cannot find them); shorter Latin terms only filter what the others found.
 */
function term(raw: string): Term | null {
  const keys = [...new Set([titleKey(raw), nameKey(raw)])].filter(Boolean);
  if (!keys.length) return null;
  const long = keys.filter((k) => [...k].length >= 3);
  if (long.length) {
    return { keys, where: `r.id IN (SELECT rowid FROM records_fts WHERE records_fts MATCH ?)`, params: [long.map((k) => `(${ftsQuery(k)})`).join(' OR ')] };
  }
  if (keys.some(isCjk)) return { keys, where: 'r.id IN (SELECT id FROM short_keys WHERE k = ?)', params: [keys.find(isCjk)!] };
  return { keys, where: null, params: [] };
}

interface Row {
  id: number;
  source: string;
  key: string;
  title_key: string;
  author_keys: string;
  container_key: string;
  csl: string;
}

/** How well a record answers the terms; 0 when a term is not in it. Authors count most, then titles. */
function score(row: Row, terms: Term[], whole: string): number {
  const authors = row.author_keys ? row.author_keys.split(' ') : [];
  let s = 0;
  for (const t of terms) {
    let best = 0;
    for (const k of t.keys) {
      if (authors.includes(k)) best = Math.max(best, 3);
      else if (authors.some((a) => a.includes(k))) best = Math.max(best, 2);
      if (row.title_key.includes(k)) best = Math.max(best, 1 + k.length / Math.max(row.title_key.length, 1));
      if (row.container_key.includes(k)) best = Math.max(best, 0.5);
    }
    if (best === 0) return 0;
    s += best;
  }
  // The whole query as one run of the title (a title fragment with spaces) ranks above scattered words.
  if (terms.length > 1 && whole && row.title_key.includes(whole)) s += 2;
  if (row.title_key === whole) s += 2;
  return s;
}

/** `catalog search`: records holding every term of the query (title, names, journal), best first. */
export function searchCatalog(db: Database, path: string, query: string, limit = 20): CatalogHit[] {
  const terms = query.split(/\s+/).map(term).filter((t): t is Term => t !== null);
  const indexed = terms.filter((t) => t.where);
  if (!indexed.length) throw new UsageError(`the query '${query}' is too short to search: give a word of three letters or more, or a Chinese character`);
  const sql = `SELECT r.id, r.source, r.key, r.title_key, r.author_keys, r.container_key, r.csl FROM records r
    WHERE ${indexed.map((t) => t.where).join(' AND ')} LIMIT ${CANDIDATES}`;
  let rows: Row[];
  try {
    rows = db.prepare<Row>(sql).all(...indexed.flatMap((t) => t.params));
  } catch (err) {
    throw damaged(path, err);
  }
  const whole = titleKey(query);
  const scored: Array<{ row: Row; score: number }> = [];
  for (const row of rows) {
    const s = score(row, terms, whole);
    if (s > 0) scored.push({ row, score: Math.round(s * 1000) / 1000 });
  }
  // Best first; among equals the shorter title (the closer to the query), then the order of import.
  scored.sort((a, b) => b.score - a.score || a.row.title_key.length - b.row.title_key.length || a.row.id - b.row.id);
  return scored.slice(0, limit).map(({ row, score: s }) => ({ rowid: row.id, score: s, source: row.source, key: row.key, item: JSON.parse(row.csl) as CslItem }));
}
