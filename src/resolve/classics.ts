import { issuedYear } from '../util/issued.js';
import { titleKey } from '../util/normalize.js';
import type { CslItem } from '../model/csl.js';
import type { ClassicCollection, ClassicEdition } from '../model/tables.js';
import { pageSpans } from '../util/pages.js';
import { samePublisher } from './publishers.js';
import { table } from './tables.js';

/** What a citation of a collection gets wrong against the bundled table. */
export interface ClassicFinding {
  kind: 'noVolume' | 'year' | 'publisher' | 'pageBeyond';
  collection: ClassicCollection;
  /** As cited. */
  cited: string;
  /** What the table has: the volume count, the edition years, the publisher, the last page. */
  record: string;
  /** The edition the finding is about, when one could be told. */
  edition?: ClassicEdition;
}

let byTitle: Map<string, ClassicCollection> | null = null;

export function classicCollection(title: string | undefined): ClassicCollection | null {
  if (!title) return null;
  if (!byTitle) {
    byTitle = new Map();
    for (const c of table('classics').collections)
      for (const t of [c.title, ...(c.aliases ?? [])]) byTitle.set(titleKey(t), c);
  }
  return byTitle.get(titleKey(title)) ?? null;
}

const ZH_DIGITS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** `8`, `第8卷`, `八`, `十一`, `二十三` → a number; anything else (`上`, `8a`) → null. */
export function volumeNumber(v: unknown): number | null {
  if (typeof v === 'number') return Number.isInteger(v) ? v : null;
  if (typeof v !== 'string') return null;
  const s = v
    .trim()
    .replace(/^第\s*/u, '')
    .replace(/\s*[卷册]$/u, '');
  if (/^\d+$/.test(s)) return Number(s);
  const m = /^([一二两三四五六七八九])?(十)?([一二三四五六七八九])?$/u.exec(s);
  if (!m || !s) return null;
  if (!m[2]) return m[1] && !m[3] ? ZH_DIGITS[m[1]]! : null;
  return (m[1] ? ZH_DIGITS[m[1]]! : 1) * 10 + (m[3] ? ZH_DIGITS[m[3]]! : 0);
}

// The parser leaves `第2版第44卷` and `第二十三卷` in `note` when it cannot place them.
function noteText(item: CslItem): string {
  return typeof item.note === 'string' ? item.note : '';
}

function volumeOf(item: CslItem): number | null {
  if (item.volume !== undefined) return volumeNumber(item.volume);
  const m = /第\s*([\d一二两三四五六七八九十]+)\s*卷/u.exec(noteText(item));
  return m ? volumeNumber(m[1]!) : null;
}

function editionNumber(item: CslItem): number | null {
  const e =
    typeof item.edition === 'string' || typeof item.edition === 'number'
      ? String(item.edition)
      : /第\s*[\d一二三四五六七八九十]+\s*版/u.exec(noteText(item))?.[0];
  if (!e) return null;
  const m = /(\d+)|第([一二三四五六七八九十]+)版/u.exec(e);
  if (!m) return null;
  return m[1] ? Number(m[1]) : volumeNumber(m[2]!);
}

function inEdition(ed: ClassicEdition, year: number, now: number): boolean {
  if (ed.years?.includes(year)) return true;
  if (ed.volumeYears && Object.values(ed.volumeYears).some((ys) => ys.includes(year))) return true;
  if (ed.yearRange) return year >= ed.yearRange[0] && year <= (ed.yearRange[1] ?? now);
  return false;
}

/** All the years of an edition, when the table lists every one of them. */
function closedYears(ed: ClassicEdition): number[] | null {
  if (!ed.yearsComplete) return null;
  return [...new Set([...(ed.years ?? []), ...Object.values(ed.volumeYears ?? {}).flat()])].sort();
}

/**
 * Checks a citation of a collected or selected works against the bundled table: a volume the collection
 * (or the edition its year or edition statement names) does not have, a year no edition carries (only
 * where the table lists every year), another publisher (a variant name is the same publisher), and a
 * cited page beyond the volume's last page (only where the table records it). Citations dated before
 * the collection's 人民出版社 editions are of other editions and are left alone.
 */
export function checkClassic(
  item: CslItem,
  locator: string | null,
  opts: { now?: number; collection?: ClassicCollection } = {},
): ClassicFinding[] {
  const now = opts.now ?? new Date().getFullYear();
  // A work inside a collection (马克思：《资本论》第1卷，《马克思恩格斯文集》第5卷) is checked against its container.
  const collection = opts.collection ?? classicCollection(item.title) ?? classicCollection(item['container-title']);
  if (!collection) return [];
  const year = issuedYear(item);
  if (year !== null && year < collection.since) return [];
  const out: ClassicFinding[] = [];
  const volume = volumeOf(item);
  const editionNo = editionNumber(item);
  let editions = collection.editions;
  if (editionNo !== null) {
    const named = editions.filter((e) => e.edition === editionNo);
    if (named.length) editions = named;
  }
  const dated = year === null ? editions : editions.filter((e) => inEdition(e, year, now));
  if (year !== null && !dated.length && editions.every((e) => e.yearsComplete)) {
    out.push({
      kind: 'year',
      collection,
      cited: String(year),
      record: [...new Set(editions.flatMap((e) => closedYears(e)!))].join('/'),
    });
  }
  // The edition the citation names, when its year or edition statement leaves exactly one.
  const edition = dated.length === 1 ? dated[0] : editions.length === 1 ? editions[0] : undefined;
  if (volume !== null) {
    const max = Math.max(...(edition ? [edition.volumes] : editions.map((e) => e.volumes)));
    if (volume < 1 || volume > max) {
      out.push({
        kind: 'noVolume',
        collection,
        cited: String(volume),
        record: String(max),
        ...(edition ? { edition } : {}),
      });
      return out;
    }
    const vy = edition?.volumeYears?.[String(volume)];
    if (year !== null && vy && edition.yearsComplete && !vy.includes(year) && !out.length) {
      out.push({ kind: 'year', collection, cited: String(year), record: vy.join('/'), edition });
    }
    const last = edition?.lastPage?.[String(volume)];
    const spans = last && locator ? pageSpans(locator) : null;
    const top = spans?.length ? Math.max(...spans.map((s) => s.to)) : 0;
    if (last && top > last)
      out.push({
        kind: 'pageBeyond',
        collection,
        cited: String(top),
        record: String(last),
        edition,
      });
  }
  if (
    typeof item.publisher === 'string' &&
    item.publisher.trim() &&
    !samePublisher(item.publisher, collection.publisher)
  ) {
    out.push({ kind: 'publisher', collection, cited: item.publisher, record: collection.publisher });
  }
  return out;
}
