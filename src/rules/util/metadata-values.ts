import { nameKey } from '../../util/normalize.js';
import type { Citation } from '../../model/citation.js';
import type { CslName } from '../../model/csl.js';
import { publisherRow } from '../../resolve/publishers.js';

/** How the fields of one work's citations are compared: shared by `inconsistent-metadata` and the checks across articles. */
export type Field = 'issued' | 'publisher' | 'publisher-place' | 'translator' | 'title' | 'container-title';

export interface Value {
  /** As printed (the first printing of each compared form is shown). */
  shown: string;
  /** What is compared. */
  key: string;
  /** For name lists: the key of each name, so that a list cut short with 等 is not a conflict. */
  names?: string[];
}

const MARKUP = /<\/?[a-z][^>]*>|[*_`]/gi;
// Quotation and title marks differ in width and glyph between notes without naming another title;
// `punctuation-width` and `nested-title-marks` report those.
const MARKS = /[“”‘’"'「」『』《》〈〉<>]/gu;

function titleCompareKey(s: string): string {
  return s.normalize('NFKC').replace(MARKUP, '').replace(MARKS, '').replace(/\s+/g, '').toLowerCase();
}

function personText(n: CslName): string {
  return n.literal ?? [n.given, n.family].filter(Boolean).join(' ');
}

/** The compared value of a field, or null when the citation does not give it (or only guessed it). */
export function value(c: Citation, field: Field): Value | null {
  if (c.confidence[field] === 'guessed') return null;
  const item = c.item;
  if (field === 'issued') {
    const y = item.issued?.['date-parts']?.[0]?.[0];
    return y === undefined || y === '' ? null : { shown: String(y), key: String(y) };
  }
  if (field === 'translator') {
    const names = (item.translator ?? []).map(personText).filter(Boolean);
    if (!names.length) return null;
    const keys = names.map((n) => nameKey(n));
    return { shown: names.join(item.language === 'zh-CN' ? '、' : ', '), key: keys.join('|'), names: keys };
  }
  const v = item[field];
  if (typeof v !== 'string' || !v.trim()) return null;
  if (field === 'title' || field === 'container-title') return { shown: v, key: titleCompareKey(v) };
  // `Oakland, CA` and `Oakland` name one place.
  if (field === 'publisher-place') return { shown: v, key: nameKey(v.split(/[,，]/u)[0]) };
  // An edition statement the parser left in front of the publisher (`Rev. ed. Rowman & Littlefield`) is not another
  // publisher, nor is a variant name of one (中信出版社 / 中信出版集团, data/publishers.json).
  const name = v.replace(EDITION_LEAD, '');
  return { shown: v, key: nameKey(publisherRow(name)?.name ?? name) };
}

const EDITION_LEAD =
  /^\s*(?:(?:rev(?:ised)?|\d+(?:st|nd|rd|th)|new|enl(?:arged)?)\.?\s+ed(?:ition)?\.?|第\s*\d+\s*版)[\s,.，。]*/iu;

/** Two name lists agree when one is the other cut short (`曹卫东等译` / `曹卫东、王晓珏译`). */
function namesAgree(a: string[], b: string[]): boolean {
  const n = Math.min(a.length, b.length);
  for (let k = 0; k < n; k++) if (a[k] !== b[k]) return false;
  return true;
}

export const FIELDS: Field[] = ['issued', 'publisher', 'publisher-place', 'translator', 'title', 'container-title'];
/** Fields that legitimately change with the edition. */
export const IMPRINT = new Set<Field>(['issued', 'publisher', 'publisher-place']);
export const FIELD_NAMES: Record<Field, { zh: string; en: string }> = {
  issued: { zh: '出版年', en: 'year' },
  publisher: { zh: '出版者', en: 'publisher' },
  'publisher-place': { zh: '出版地', en: 'place' },
  translator: { zh: '译者', en: 'translator' },
  title: { zh: '题名', en: 'title' },
  'container-title': { zh: '刊名或文集名', en: 'journal or book title' },
};

/** Whether the given values disagree; most works agree on every field, so this runs before any form is built. */
export function conflict(values: Array<Value | null>): boolean {
  const given = values.filter((v): v is Value => v !== null);
  if (given.length < 2) return false;
  if (given[0]!.names) {
    const longest = given.reduce((a, b) => (b.names!.length > a.names!.length ? b : a));
    return given.some((v) => !namesAgree(v.names!, longest.names!));
  }
  return given.some((v) => v.key !== given[0]!.key);
}
