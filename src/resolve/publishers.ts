import { hasCjk, nameKey } from '../util/normalize.js';
import type { PublisherRow } from '../model/tables.js';
import { table, variantIndex } from './tables.js';

let byKey: Map<string, PublisherRow> | null = null;

// `中信出版集团股份有限公司` and `中信出版集团` are one imprint; a company-form suffix names no other publisher.
const COMPANY = /(?:股份)?有限(?:责任)?公司$/u;

function key(name: string): string {
  return nameKey(name.replace(COMPANY, ''));
}

function index(): Map<string, PublisherRow> {
  return (byKey ??= variantIndex(table('publishers').publishers, key));
}

/** The table row of a printed publisher name (any variant or former name), or null when unknown. */
export function publisherRow(name: string | undefined): PublisherRow | null {
  if (!name) return null;
  return index().get(key(name)) ?? null;
}

/**
 * Whether two printed publisher names are one publisher: equal after normalisation, or variants of one
 * row of the table (中信出版社 / 中信出版集团, 三联书店 / 生活·读书·新知三联书店). `上海三联书店` is a
 * row of its own, so it is not a variant of 三联书店.
 */
export function samePublisher(a: string, b: string): boolean {
  const ka = key(a);
  const kb = key(b);
  if (ka === kb) return true;
  const ra = index().get(ka);
  return !!ra && ra === index().get(kb);
}

/** `北京市` and `北京` are one place; `Cambridge, MA` is compared as `Cambridge`. */
function placeKey(place: string): string {
  return nameKey(place.split(/[,，]/u)[0]!.replace(/市$/u, ''));
}

/**
 * The cities a publisher's imprint can name in a given year, when the printed one is not among them;
 * null when the place is right, or cannot be judged (unknown publisher, or one whose branches print
 * other cities under the same name).
 */
export function wrongPlace(
  publisher: string | undefined,
  place: string | undefined,
  year: number | null,
): string[] | null {
  if (!publisher || !place) return null;
  const row = publisherRow(publisher);
  if (!row || row.checkPlace === false) return null;
  // `Beijing: 人民出版社` in an English note names the right city in another script: not judged.
  if (hasCjk(place) !== hasCjk(row.places[0]!.place)) return null;
  const valid = row.places.filter(
    (p) => year === null || ((p.from === undefined || year >= p.from) && (p.until === undefined || year <= p.until)),
  );
  // Before any recorded city applies (人民出版社 before 1950), the table says nothing.
  if (!valid.length) return null;
  // Co-publication prints several cities (`北京、上海`): one of them being the publisher's is enough.
  const printed = place.split(/\s*[、/／;；&＆]\s*|\s+and\s+/u).map(placeKey);
  return valid.some((p) => printed.includes(placeKey(p.place))) ? null : valid.map((p) => p.place);
}
