import { titleKey } from '../../core/normalize.js';
import type { CslItem } from '../../model/csl.js';
import type { Romanize } from '../identity.js';
import { blockKeys, identifiers, loadRomanizer, Matcher, type Match } from '../match.js';
import { damaged } from './db.js';
import type { Database, Statement } from './sqlite.js';

/**
 * Whether a record's title key can agree with the citation's at all (`titleAgreement` > 0), from the keys
 * alone: the same key or one slip (length within 1), slips in up to two words of up to two letters each
 * (within 4), or one title the other without its subtitle (one key begins with the other). A record
 * failing this scores 0 in the Matcher and would be dropped there; dropping it here saves parsing it.
 */
export function mayAgree(a: string, b: string): boolean {
  if (!a || !b) return false;
  const la = [...a].length;
  const lb = [...b].length;
  if (Math.abs(la - lb) <= 4) return true;
  return la < lb ? b.startsWith(a) : a.startsWith(b);
}

interface Row {
  id: number;
  title_key: string;
}

/**
 * `check --catalog`: the `--bib` matcher, fed from the catalog. Candidates are the records sharing a
 * blocking key or an identifier with the citation (stored at import by the Matcher's own functions), in
 * import order; block candidates whose title cannot agree are dropped before their CSL-JSON is parsed;
 * the rest are scored by a Matcher built as `--bib` builds it (romanised names), so a catalog and a
 * library holding the same records give the same findings.
 */
export class CatalogMatcher {
  private readonly byKey: Statement<Row>;
  private readonly record: Statement<{ csl: string }>;

  /** Loads the romaniser once for the whole run; every lookup reuses it. */
  static async open(db: Database, path: string): Promise<CatalogMatcher> {
    return new CatalogMatcher(db, path, await loadRomanizer());
  }

  constructor(db: Database, private readonly path: string, private readonly romanize: Romanize) {
    this.byKey = db.prepare<Row>('SELECT k.id AS id, r.title_key AS title_key FROM record_keys k JOIN records r ON r.id = k.id WHERE k.key = ?');
    this.record = db.prepare<{ csl: string }>('SELECT csl FROM records WHERE id = ?');
  }

  /** Records the Matcher could return for the item: all sharing an identifier, and block records whose title may agree. */
  candidates(item: CslItem): CslItem[] {
    const key = titleKey(item.title);
    const ids = new Set<number>();
    try {
      for (const id of identifiers(item)) for (const r of this.byKey.all(id)) ids.add(r.id);
      for (const block of blockKeys(item, this.romanize)) {
        for (const r of this.byKey.all(block)) if (!ids.has(r.id) && mayAgree(key, r.title_key)) ids.add(r.id);
      }
      // Import order is the order of the library file: the Matcher breaks ties between equal scores by it.
      return [...ids].sort((a, b) => a - b).map((id) => JSON.parse(this.record.get(id)!.csl) as CslItem);
    } catch (err) {
      throw damaged(this.path, err);
    }
  }

  match(item: CslItem): Match | null {
    const found = this.candidates(item);
    return found.length ? new Matcher(found, { romanize: this.romanize }).match(item) : null;
  }
}
