import { distance } from 'fastest-levenshtein';
import { hasCjk, loadChineseConverter, titleKey } from '../util/normalize.js';
import type { CslItem, CslName } from '../model/csl.js';
import { ISBN_LENGTHS, listedIdentifiers } from '../util/identifiers.js';
import { issuedYear } from '../util/issued.js';
import { familyKeys, type Romanize } from './identity.js';

export interface Match {
  record: CslItem;
  score: number;
  /** Set when the record was found by the citation's DOI or ISBN rather than by its title. */
  via?: 'DOI' | 'ISBN';
}

/** `https://doi.org/10.1000/X` and `doi:10.1000/x` are one DOI. */
export function doiKey(doi: unknown): string {
  if (typeof doi !== 'string') return '';
  const m = /10\.\d{4,9}\/\S+/u.exec(doi.trim());
  return m ? m[0].toLowerCase().replace(/[.,;]+$/u, '') : '';
}

/** An ISBN as its 13 digits (an ISBN-10 is converted), so that both printings of one number agree. */
export function isbnKeys(isbn: unknown): string[] {
  if (typeof isbn !== 'string') return [];
  return listedIdentifiers(isbn, ISBN_LENGTHS)
    .map((s) => s.replace(/[^0-9Xx]/g, '').toUpperCase())
    .flatMap((d) => {
      if (d.length === 13) return [d];
      if (d.length !== 10) return [];
      const core = `978${d.slice(0, 9)}`;
      const sum = [...core].reduce((a, c, k) => a + Number(c) * (k % 2 ? 3 : 1), 0);
      return [core + String((10 - (sum % 10)) % 10)];
    });
}

/**
 * The identifiers a record is found by before any scoring: `doi:…` and `isbn:…` (13 digits). Exported for
 * the catalog, which stores them at import and must compute them exactly as the matcher does.
 */
export function identifiers(item: CslItem): string[] {
  const doi = doiKey(item.DOI);
  // One ISBN is printed for a whole multi-volume set; a volume's record is then told apart by its title and volume.
  const isbns = item.volume ? [] : isbnKeys(item.ISBN);
  return [...(doi ? [`doi:${doi}`] : []), ...isbns.map((i) => `isbn:${i}`)];
}

function firstPerson(item: CslItem): CslName | undefined {
  return item.author?.[0] ?? item.editor?.[0];
}

function keysWith(item: CslItem, people: string[]): string[] {
  const t = titleKey(item.title);
  const keys: string[] = [];
  if (t) keys.push(`t:${t.slice(0, 4)}`);
  if (t.length >= 8) keys.push(`u:${t.slice(4, 8)}`);
  const y = issuedYear(item);
  if (y !== null) for (const a of people) keys.push(`a:${a}|${y}`);
  return keys;
}

/**
 * The blocking keys of an item, as the Matcher computes them: `t:` and `u:` (title key characters 0–4 and
 * 4–8) and `a:<family key>|<year>` for each key of the first person (romanised with `romanize`). The
 * catalog stores these at import; with the romaniser of `loadRomanizer` they are the keys `--bib` uses.
 */
export function blockKeys(item: CslItem, romanize?: Romanize): string[] {
  return keysWith(item, familyKeys(firstPerson(item), romanize));
}

let romanizer: Promise<Romanize> | null = null;

/** What a matcher needs loaded, once per process: the traditional→simplified converter and pinyin readings. */
export function loadRomanizer(): Promise<Romanize> {
  romanizer ??= (async () => {
    await loadChineseConverter();
    const { pinyin } = await import('pinyin-pro');
    return (s: string) => pinyin(s, { toneType: 'none', type: 'array', surname: 'head', nonZh: 'removed' }).join('');
  })();
  return romanizer;
}

function similarity(a: string, b: string): number {
  if (a === b) return 1;
  if (!a || !b) return 0;
  return 1 - distance(a, b) / Math.max(a.length, b.length);
}

/** Edit distance counting a swap of two neighbours as one edit (optimal string alignment). */
export function osa(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  if (Math.abs(x.length - y.length) > 2) return 3;
  let prev2: number[] = [];
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const cur = [i];
    for (let j = 1; j <= y.length; j++) {
      let d = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
      cur.push(d);
    }
    prev2 = prev;
    prev = cur;
  }
  return prev[y.length]!;
}

const SUBTITLE = /\s*(?:[:：]|——|—|--)\s*/u;

/**
 * The title before its subtitle (as a title key), when it has one and the main title is long enough to
 * name a work. Exported for the catalog, which finds a record cited without its subtitle by it.
 */
export function mainTitle(title: string): string | null {
  const parts = title.split(SUBTITLE);
  if (parts.length < 2) return null;
  const k = titleKey(parts[0]);
  return k.length >= (hasCjk(k) ? 4 : 10) ? k : null;
}

function words(title: string): string[] {
  return title
    .normalize('NFKC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** Whether the differing words of two Latin titles are each a spelling slip of the other's. */
function slipsOnly(a: string, b: string): boolean {
  const wa = words(a);
  const wb = words(b);
  if (wa.length !== wb.length) return false;
  const rest = new Map<string, number>();
  for (const w of wb) rest.set(w, (rest.get(w) ?? 0) + 1);
  const onlyA: string[] = [];
  for (const w of wa) {
    const n = rest.get(w) ?? 0;
    if (n > 0) rest.set(w, n - 1);
    else onlyA.push(w);
  }
  const onlyB = [...rest].flatMap(([w, n]) => Array<string>(n).fill(w));
  if (onlyA.length > 2) return false;
  return onlyA.every((w) => {
    const k = onlyB.findIndex((v) => osa(w, v) <= (Math.min(w.length, v.length) >= 8 ? 2 : 1));
    if (k < 0) return false;
    onlyB.splice(k, 1);
    return true;
  });
}

/**
 * How far two titles agree: 1 the same after normalisation (width, case, punctuation, script), 0.95 a
 * spelling slip (one character in a Chinese title; a letter or two in a word of an English one), 0.9 the
 * same main title with the subtitle left out on one side; 0 otherwise — another last word, another
 * subtitle, another word are another work.
 */
export function titleAgreement(a: string | undefined, b: string | undefined): number {
  const ka = titleKey(a);
  const kb = titleKey(b);
  if (!ka || !kb) return 0;
  if (ka === kb) return 1;
  const min = Math.min(ka.length, kb.length);
  if (hasCjk(ka) || hasCjk(kb)) {
    if (min >= 5 && osa(ka, kb) <= 1) return 0.95;
  } else if ((min >= 10 && osa(ka, kb) <= 1) || slipsOnly(a!, b!)) return 0.95;
  const ma = mainTitle(a!);
  const mb = mainTitle(b!);
  if ((ma && ma === kb) || (mb && mb === ka)) return 0.9;
  return 0;
}

/**
 * Matches cited works to library records. Candidates come from blocking keys (two stretches of the
 * normalised title, and the first author's name with the year), so matching is near-linear and a slip
 * in the first characters of a title still finds its record; a candidate is scored on title, first
 * author (across scripts: 哈贝马斯 = Habermas, 王明 = Wang Ming = Wang Ming in Wade–Giles), year and
 * container. Precision first: below the threshold, or when the two best are different works too close
 * to tell apart, the work is left unmatched rather than guessed.
 */
/** A Chinese personal name with its given name (two to four characters), as the first key of a person. */
const FULL_HAN_NAME = /^[\u3400-\u9fff]{2,4}$/u;

export class Matcher {
  private readonly blocks = new Map<string, CslItem[]>();
  private readonly keysOf = new Map<CslItem, string[]>();
  private readonly byIdentifier = new Map<string, CslItem[]>();

  /** A matcher with what it needs loaded: the traditional→simplified converter and pinyin readings. */
  static async create(records: CslItem[]): Promise<Matcher> {
    return new Matcher(records, { romanize: await loadRomanizer() });
  }

  constructor(
    records: CslItem[],
    private readonly opts: { romanize?: Romanize } = {},
  ) {
    for (const r of records) {
      for (const id of identifiers(r)) {
        let list = this.byIdentifier.get(id);
        if (!list) this.byIdentifier.set(id, (list = []));
        list.push(r);
      }
      for (const key of this.blockKeys(r)) {
        let list = this.blocks.get(key);
        if (!list) this.blocks.set(key, (list = []));
        list.push(r);
      }
    }
  }

  private blockKeys(item: CslItem): string[] {
    return keysWith(item, this.people(item));
  }

  private people(item: CslItem): string[] {
    const p = firstPerson(item);
    if (!p) return [];
    let keys = this.keysOf.get(item);
    if (!keys) this.keysOf.set(item, (keys = familyKeys(p, this.opts.romanize)));
    return keys;
  }

  private sameAuthor(item: CslItem, record: CslItem): number {
    const a = this.people(item);
    const b = this.people(record);
    if (!a.length || !b.length) return 0.5;
    // Two full Chinese names in characters are compared as written: the shared reading of a surname
    // (梁远磊 / 梁磊兵, both `liang`) is there to meet a romanised name, not another person of that surname.
    if (FULL_HAN_NAME.test(a[0]!) && FULL_HAN_NAME.test(b[0]!)) return a[0] === b[0] ? 1 : 0;
    if (a.some((k) => b.includes(k))) return 1;
    // A slip in a long name (Dyer-Witheyford) is the same author.
    return similarity(a[0]!, b[0]!) >= 0.8 && Math.min(a[0]!.length, b[0]!.length) >= 5 ? 1 : 0;
  }

  score(item: CslItem, record: CslItem): number {
    // Volumes of one collection share a title: a different volume is a different record.
    if (item.volume && record.volume && String(item.volume) !== String(record.volume)) return 0;
    const t = titleAgreement(item.title, record.title);
    if (t === 0) return 0;
    const author = this.sameAuthor(item, record);
    const ya = issuedYear(item);
    const yb = issuedYear(record);
    const gap = ya === null || yb === null ? null : Math.abs(ya - yb);
    // A year one off is a slip (reported as a mismatch); further off, another edition or another work.
    const y = gap === null ? 0.5 : gap === 0 ? 1 : gap === 1 ? 0.7 : gap <= 3 ? 0.3 : 0;
    const ca = titleKey(item['container-title']);
    const cb = titleKey(record['container-title']);
    const c = !ca || !cb ? 0.5 : similarity(ca, cb) >= 0.8 ? 1 : 0;
    return 0.55 * t + 0.25 * author + 0.1 * y + 0.1 * c;
  }

  match(item: CslItem): Match | null {
    // A DOI or ISBN names its record whatever the title says: a different title is then reported, not guessed around.
    for (const id of identifiers(item)) {
      const found = this.byIdentifier.get(id) ?? [];
      if (found.length === 1 || (found.length > 1 && found.every((r) => this.duplicates(found[0]!, r)))) {
        return { record: found[0]!, score: 1, via: id.startsWith('doi:') ? 'DOI' : 'ISBN' };
      }
    }
    const seen = new Set<CslItem>();
    const scored: Match[] = [];
    for (const key of this.blockKeys(item)) {
      for (const record of this.blocks.get(key) ?? []) {
        if (seen.has(record)) continue;
        seen.add(record);
        const score = this.score(item, record);
        if (score > 0) scored.push({ record, score });
      }
    }
    scored.sort((x, y) => y.score - x.score);
    const best = scored[0];
    if (!best || best.score < 0.75) return null;
    const second = scored[1];
    if (second && best.score - second.score < 0.05 && !this.duplicates(best.record, second.record)) return null;
    return best;
  }

  /** Two records of one work (a library that holds it twice): choosing either is right. */
  private duplicates(a: CslItem, b: CslItem): boolean {
    return (
      titleAgreement(a.title, b.title) >= 0.95 &&
      issuedYear(a) === issuedYear(b) &&
      String(a.volume ?? '') === String(b.volume ?? '') &&
      this.sameAuthor(a, b) !== 0
    );
  }
}
