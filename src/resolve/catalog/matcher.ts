import { distance } from 'fastest-levenshtein';
import { titleKey } from '../../core/normalize.js';
import type { CslItem } from '../../model/csl.js';
import { Matcher, type Match } from '../match.js';
import { damaged } from './db.js';
import { BLOCK_LENGTH } from './keys.js';
import type { Database } from './sqlite.js';

/** The matcher gives a title score of 0 below this similarity; candidates under it need not be parsed. */
const MIN_TITLE_SIMILARITY = 0.9;

/**
 * `check --catalog`: the `--bib` matcher, fed from the catalog. Candidates are the records of the
 * matcher's own block (the first characters of the title key), narrowed by title length and by title
 * similarity — records the matcher would score 0 — and then scored by the same Matcher, so a catalog and
 * a library holding the same records give the same findings.
 */
export class CatalogMatcher {
  private readonly block;

  constructor(db: Database, private readonly path: string) {
    this.block = db.prepare<{ title_key: string; csl: string }>('SELECT title_key, csl FROM records WHERE block = ? AND tlen BETWEEN ? AND ?');
  }

  candidates(item: CslItem): CslItem[] {
    const key = titleKey(item.title);
    if (!key) return [];
    // similarity = 1 - distance / longer length, and distance ≥ the difference in length.
    const lo = Math.floor(key.length * MIN_TITLE_SIMILARITY);
    const hi = Math.ceil(key.length / MIN_TITLE_SIMILARITY);
    let rows: Array<{ title_key: string; csl: string }>;
    try {
      rows = this.block.all(key.slice(0, BLOCK_LENGTH), lo, hi);
    } catch (err) {
      throw damaged(this.path, err);
    }
    const out: CslItem[] = [];
    for (const r of rows) {
      const longer = Math.max(key.length, r.title_key.length);
      if (1 - distance(key, r.title_key) / longer < MIN_TITLE_SIMILARITY - 1e-9) continue;
      try {
        out.push(JSON.parse(r.csl) as CslItem);
      } catch (err) {
        throw damaged(this.path, err);
      }
    }
    return out;
  }

  match(item: CslItem): Match | null {
    const found = this.candidates(item);
    return found.length ? new Matcher(found).match(item) : null;
  }
}
