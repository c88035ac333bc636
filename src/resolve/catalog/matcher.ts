import { hasCjk, titleKey } from '../../util/normalize.js';
import type { CslItem } from '../../model/csl.js';
import type { Romanize } from '../identity.js';
import { blockKeys, identifiers, loadRomanizer, mainTitle, Matcher, type Match } from '../match.js';
import { damaged } from './db.js';
import type { Database, Statement } from './sqlite.js';

// Without the u flag: with it, a surrogate pair is one code point and the class never matches.
const SURROGATE = /[\ud800-\udfff]/;

function charCount(s: string): number {
  return SURROGATE.test(s) ? [...s].length : s.length;
}

function counts(s: string): Map<string, number> {
  const count = new Map<string, number>();
  for (const ch of s) count.set(ch, (count.get(ch) ?? 0) + 1);
  return count;
}

/**
 * Whether a record's title key can agree with the citation's at all (`titleAgreement` > 0 in match.ts),
 * from the keys alone. A record failing this scores 0 in the Matcher and would be dropped there; dropping
 * it here saves parsing it. The Matcher's cases and what each implies for the keys:
 * - one title is the other without its subtitle: one key begins with the other;
 * - Chinese: one slip (an edit or a swap of neighbours): lengths within 1, at most 2 characters unpaired;
 * - otherwise one slip, or the same words in any order with at most two of them misspelt by at most two
 *   letters each: lengths within 4, at most 8 characters unpaired (a substitution leaves 2 unpaired, an
 *   insertion or deletion 1, a swap 0).
 * The citation's side is prepared once, since one citation is compared with a whole block.
 */
export function titleFilter(a: string): (b: string) => boolean {
  if (!a) return () => false;
  const la = charCount(a);
  const astralA = SURROGATE.test(a);
  const cjkA = hasCjk(a);
  const countA = counts(a);
  // A quick rejection first: characters counted in buckets of their code. Merging characters can only
  // lower the number left unpaired, so a title rejected by the buckets is rejected by the exact count too.
  const bucketsA = new Int32Array(BUCKETS);
  for (let i = 0; i < a.length; i++) bucketsA[a.charCodeAt(i) & (BUCKETS - 1)]!++;
  const scratch = new Int32Array(BUCKETS);
  // A Chinese citation title allows one slip, others more. The record's script is not looked at: for a
  // Latin citation title against a Chinese record the bound is looser than the Matcher's, which only
  // hands the Matcher a record it will score 0 (the filter must never be stricter than the Matcher).
  const tolerance = cjkA ? 1 : 4;
  const limit = cjkA ? 2 : 8;
  return (b) => {
    if (!b) return false;
    if (a === b) return true;
    if (a.length < b.length ? b.startsWith(a) : a.startsWith(b)) return true;
    // Counted in UTF-16 units, a character outside the BMP would count twice: those go to the exact count.
    const rough = astralA ? -1 : roughlyUnpaired(b);
    if (rough >= 0 && (Math.abs(la - b.length) > tolerance || rough > limit)) return false;
    if (rough < 0 && Math.abs(la - [...b].length) > tolerance) return false;
    const left = new Map(countA);
    for (const ch of b) left.set(ch, (left.get(ch) ?? 0) - 1);
    let unpaired = 0;
    for (const v of left.values()) unpaired += Math.abs(v);
    return unpaired <= limit;
  };

  /** A lower bound of the characters left unpaired, or -1 when b has characters outside the BMP. */
  function roughlyUnpaired(b: string): number {
    scratch.set(bucketsA);
    for (let i = 0; i < b.length; i++) {
      const c = b.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdfff) return -1;
      scratch[c & (BUCKETS - 1)]!--;
    }
    let rough = 0;
    for (let i = 0; i < a.length; i++) {
      const k = a.charCodeAt(i) & (BUCKETS - 1);
      if (scratch[k]! > 0) rough += scratch[k]!;
      scratch[k] = 0;
    }
    // What b has more of: every bucket not yet cleared holds only b's surplus (or zero).
    for (let i = 0; i < b.length; i++) {
      const k = b.charCodeAt(i) & (BUCKETS - 1);
      rough -= scratch[k]!;
      scratch[k] = 0;
    }
    return rough;
  }
}

const BUCKETS = 1024;

export function mayAgree(a: string, b: string): boolean {
  return titleFilter(a)(b);
}

/** A record sharing a key with the citation: its id and title key. */
type Row = [id: number, titleKey: string];

/**
 * `check --catalog`: the `--bib` matcher, fed from the catalog. Candidates are the records sharing a
 * blocking key or an identifier with the citation (stored at import by the Matcher's own functions), in
 * import order; block candidates whose title cannot agree are dropped before their CSL-JSON is parsed;
 * the rest are scored by a Matcher built as `--bib` builds it (romanised names), so a catalog and a
 * library holding the same records give the same findings.
 */
export class CatalogMatcher {
  private readonly byId: Statement<[number]>;
  private readonly inWindow: Statement<Row>;
  private readonly byLength: Statement<Row>;
  private readonly anyLength: Statement<Row>;
  private readonly has: Statement<[number]>;
  private readonly record: Statement<{ csl: string }>;

  /** Loads the romaniser once for the whole run; every lookup reuses it. */
  static async open(db: Database, path: string): Promise<CatalogMatcher> {
    return new CatalogMatcher(db, path, await loadRomanizer());
  }

  constructor(
    db: Database,
    private readonly path: string,
    private readonly romanize: Romanize,
  ) {
    // Rows as arrays: a large block is hundreds of rows, and objects for them cost more than the query.
    const rows = <T>(sql: string) => (db.prepare(sql) as unknown as Statement<T>).raw(true);
    const titled = 'SELECT id, title_key FROM record_keys WHERE key = ?';
    this.byId = rows<[number]>('SELECT id FROM record_keys WHERE key = ?');
    this.inWindow = rows<Row>(`${titled} AND tlen BETWEEN ? AND ?`);
    this.byLength = rows<Row>(`${titled} AND tlen = ?`);
    this.anyLength = rows<Row>(titled);
    this.has = rows<[number]>('SELECT 1 FROM record_keys WHERE key = ? AND tlen = ? AND id = ?');
    this.record = db.prepare<{ csl: string }>('SELECT csl FROM records WHERE id = ?');
  }

  /**
   * Records the Matcher could return for the item: all sharing an identifier, and records of its blocks
   * whose title may agree — within 4 characters of its length, of the length of its main title (the
   * citation gives a subtitle the record lacks), or whose main title is its title (m: key; the record
   * gives a subtitle the citation lacks) provided they share a block, as the Matcher requires.
   */
  candidates(item: CslItem): CslItem[] {
    const key = titleKey(item.title);
    const agrees = titleFilter(key);
    const ids = new Set<number>();
    try {
      for (const id of identifiers(item)) for (const [rid] of this.byId.all(id)) ids.add(rid);
      if (key) {
        const len = [...key].length;
        const main = mainTitle(item.title!);
        const mainLen = main ? [...main].length : -1;
        const blocks = blockKeys(item, this.romanize);
        const take = (rows: Row[]) => {
          for (const [rid, tk] of rows) if (!ids.has(rid) && agrees(tk)) ids.add(rid);
        };
        for (const block of blocks) {
          take(this.inWindow.all(block, len - 4, len + 4));
          if (mainLen >= 0 && Math.abs(mainLen - len) > 4) take(this.byLength.all(block, mainLen));
        }
        for (const [rid, tk] of this.anyLength.all(`m:${key}`)) {
          if (ids.has(rid) || !agrees(tk)) continue;
          const tlen = [...tk].length;
          if (blocks.some((b) => this.has.get(b, tlen, rid))) ids.add(rid);
        }
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
