import { issuedYear } from '../../util/issued.js';
import { nameKey, titleKey } from '../../util/normalize.js';
import type { CatalogKeys } from '../../model/catalog.js';
import type { CslItem, CslName } from '../../model/csl.js';
import { doiKey as matcherDoiKey, isbnKeys } from '../match.js';

const CJK_CHAR = /[\u3400-\u9fff\uf900-\ufaff]/u;
const CJK_RUN = /[\u3400-\u9fff\uf900-\ufaff]+/gu;

function names(item: CslItem): CslName[] {
  return [...(item.author ?? []), ...(item.editor ?? []), ...(item.translator ?? [])];
}

/** A person as one key: Chinese names are whole (`鲁迅`), Western ones by family name (`harvey`). */
function personKey(n: CslName): string {
  const family = n.family ?? n.literal ?? '';
  // `大卫·哈维` as a literal: the transliterated family name is the last part, but the whole is searched too.
  return nameKey(family);
}

/** The record's ISBN column: its first ISBN as 13 digits, normalised as the matcher does. */
export function isbnKey(raw: unknown): string | null {
  return isbnKeys(typeof raw === 'number' ? String(raw) : raw)[0] ?? null;
}

/** The record's DOI column, normalised as the matcher does. */
export function doiKey(raw: unknown): string | null {
  return matcherDoiKey(raw) || null;
}

export function catalogKeys(item: CslItem): CatalogKeys {
  const tk = titleKey(item.title);
  return {
    titleKey: tk,
    authorKeys: [...new Set(names(item).map(personKey).filter(Boolean))],
    year: issuedYear(item),
    containerKey: titleKey(item['container-title']),
    isbn: isbnKey(item.ISBN),
    doi: doiKey(item.DOI),
  };
}

/**
 * Keys for the short-CJK index: FTS5's trigram tokenizer cannot match fewer than three characters, and a
 * Chinese name or word is often two (鲁迅, 资本). Every CJK bigram of the title, names and container, and the
 * single characters of names (a one-character query is a surname: 王).
 */
export function shortKeys(keys: CatalogKeys): string[] {
  const out = new Set<string>();
  const bigrams = (s: string) => {
    for (const run of s.match(CJK_RUN) ?? []) {
      const chars = [...run];
      for (let i = 0; i + 1 < chars.length; i++) out.add(chars[i]! + chars[i + 1]!);
    }
  };
  bigrams(keys.titleKey);
  bigrams(keys.containerKey);
  for (const a of keys.authorKeys) {
    bigrams(a);
    for (const ch of a) if (CJK_CHAR.test(ch)) out.add(ch);
  }
  return [...out];
}

/** The text the trigram index holds: the normalised keys, so a query normalised alike finds them. */
export function ftsText(keys: CatalogKeys): string {
  return [keys.titleKey, ...keys.authorKeys, keys.containerKey].filter(Boolean).join(' ');
}

/** Trigrams of a normalised query term, for an AND query against the contentless (detail=none) index. */
export function trigrams(term: string): string[] {
  const chars = [...term];
  const out = new Set<string>();
  for (let i = 0; i + 2 < chars.length; i++) out.add(chars[i]! + chars[i + 1]! + chars[i + 2]!);
  return [...out];
}

export function isCjk(s: string): boolean {
  return CJK_CHAR.test(s);
}
