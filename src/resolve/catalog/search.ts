import { nameKey, titleKey } from '../../util/normalize.js';
import { UsageError } from '../../util/errors.js';
import type { CatalogHit } from '../../model/catalog.js';
import type { CslItem } from '../../model/csl.js';
import { damaged } from './db.js';
import { isCjk, trigrams } from './keys.js';
import type { Database } from './sqlite.js';

/** Candidates fetched before ranking; a very common term is ranked among its first matches only. */
const CANDIDATES = 2000;

interface Term {
  keys: string[];
  /** How the term is looked up: the trigram index, the short-key index, or not at all (only checked). */
  index: { fts: string } | { short: string } | null;
}

function ftsQuery(key: string): string {
  return trigrams(key)
    .map((t) => `"${t.replace(/"/g, '""')}"`)
    .join(' AND ');
}

/**
 * A query term: three characters or more go to the trigram index; one or two CJK characters go to the
 * short-key index (trigram cannot find them); shorter Latin terms only filter what the others found.
 */
function term(raw: string): Term | null {
  const keys = [...new Set([titleKey(raw), nameKey(raw)])].filter(Boolean);
  if (!keys.length) return null;
  const long = keys.filter((k) => [...k].length >= 3);
  if (long.length) return { keys, index: { fts: long.map((k) => `(${ftsQuery(k)})`).join(' OR ') } };
  const cjk = keys.find(isCjk);
  return { keys, index: cjk ? { short: cjk } : null };
}

/**
 * One streaming query, driven by the trigram index (all long terms in one MATCH) or else by the short-key
 * index, stopping at CANDIDATES: a common term never has its whole posting list materialised.
 */
function candidateSql(terms: Term[]): { sql: string; params: string[] } | null {
  const fts = terms.flatMap((t) => (t.index && 'fts' in t.index ? [`(${t.index.fts})`] : []));
  const short = terms.flatMap((t) => (t.index && 'short' in t.index ? [`"${t.index.short}"`] : []));
  const cols = 'r.id, r.title_key, r.author_keys, r.container_key';
  if (fts.length) {
    const also = short.length ? ' AND r.id IN (SELECT rowid FROM short_fts WHERE short_fts MATCH ?)' : '';
    return {
      sql: `SELECT ${cols} FROM records_fts f JOIN records r ON r.id = f.rowid WHERE records_fts MATCH ?${also} LIMIT ${CANDIDATES}`,
      params: [fts.join(' AND '), ...(short.length ? [short.join(' AND ')] : [])],
    };
  }
  if (!short.length) return null;
  return {
    sql: `SELECT ${cols} FROM short_fts d JOIN records r ON r.id = d.rowid WHERE short_fts MATCH ? LIMIT ${CANDIDATES}`,
    params: [short.join(' AND ')],
  };
}

interface Row {
  id: number;
  title_key: string;
  author_keys: string;
  container_key: string;
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
  const terms = query
    .split(/\s+/)
    .map(term)
    .filter((t): t is Term => t !== null);
  const q = candidateSql(terms);
  if (!q)
    throw new UsageError(
      `the query '${query}' is too short to search: give a word of three letters or more, or a Chinese character`,
    );
  let rows: Row[];
  try {
    rows = db.prepare<Row>(q.sql).all(...q.params);
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
  // Only the records printed are read whole.
  const full = db.prepare<{ source: string; key: string; csl: string }>(
    'SELECT s.path AS source, r.key, r.csl FROM records r JOIN sources s ON s.id = r.source WHERE r.id = ?',
  );
  return scored.slice(0, limit).map(({ row, score: s }) => {
    const r = full.get(row.id)!;
    return { rowid: row.id, score: s, source: r.source, key: r.key, item: JSON.parse(r.csl) as CslItem };
  });
}
