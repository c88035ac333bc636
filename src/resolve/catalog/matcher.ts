import { distance } from 'fastest-levenshtein';
import { titleKey } from '../../core/normalize.js';
import type { CslItem } from '../../model/csl.js';
import { Matcher, type Match } from '../match.js';
import { damaged } from './db.js';
import { BLOCK_LENGTH } from './keys.js';
import type { Database, Statement } from './sqlite.js';

/** The matcher gives a title score of 0 below this similarity; candidates under it need not be parsed. */
const MIN_TITLE_SIMILARITY = 0.9;

/**
 * `check --catalog`: the `--bib` matcher, fed from the catalog. Candidates are the records of the
 * matcher's own block (the first characters of the title key), narrowed by title length and by title
 * similarity — records the matcher would score 0 — and then scored by the same Matcher, so a catalog and
 * a library holding the same records give the same findings.
 */
/**
 * Pieces of a title key for the pigeonhole filter: a title within `edits` edits of the key holds at least
 * one of `edits + 1` disjoint pieces of it unchanged, somewhere.
 */
export function pieces(key: string, edits: number): string[] {
  const chars = [...key];
  const n = Math.min(edits + 1, chars.length);
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(chars.slice(Math.floor((i * chars.length) / n), Math.floor(((i + 1) * chars.length) / n)).join(''));
  return out;
}

export class CatalogMatcher {
  /** One statement per number of pieces: the pigeonhole test runs in SQLite, on the covering index. */
  private readonly blocks = new Map<number, Statement<{ id: number; title_key: string }>>();
  private readonly record;

  constructor(private readonly db: Database, private readonly path: string) {
    this.record = db.prepare<{ csl: string }>('SELECT csl FROM records WHERE id = ?');
  }

  private blockStatement(n: number): Statement<{ id: number; title_key: string }> {
    let st = this.blocks.get(n);
    if (!st) {
      const any = Array.from({ length: n }, () => 'instr(title_key, ?) > 0').join(' OR ');
      st = this.db.prepare<{ id: number; title_key: string }>(`SELECT id, title_key FROM records WHERE block = ? AND tlen BETWEEN ? AND ? AND (${any})`);
      this.blocks.set(n, st);
    }
    return st;
  }

  /** Records the matcher could score above 0: same block, and a title at least 90 % similar. */
  candidates(item: CslItem): CslItem[] {
    const key = titleKey(item.title);
    if (!key) return [];
    // similarity = 1 - distance / longer length, and distance ≥ the difference in length.
    const lo = Math.floor(key.length * MIN_TITLE_SIMILARITY);
    const hi = Math.ceil(key.length / MIN_TITLE_SIMILARITY);
    const edits = Math.floor(hi * (1 - MIN_TITLE_SIMILARITY) + 1e-9);
    const parts = pieces(key, edits);
    try {
      const out: CslItem[] = [];
      for (const r of this.blockStatement(parts.length).all(key.slice(0, BLOCK_LENGTH), lo, hi, ...parts)) {
        const longer = Math.max(key.length, r.title_key.length);
        if (1 - distance(key, r.title_key) / longer < MIN_TITLE_SIMILARITY - 1e-9) continue;
        out.push(JSON.parse(this.record.get(r.id)!.csl) as CslItem);
      }
      return out;
    } catch (err) {
      throw damaged(this.path, err);
    }
  }

  match(item: CslItem): Match | null {
    const found = this.candidates(item);
    return found.length ? new Matcher(found).match(item) : null;
  }
}
