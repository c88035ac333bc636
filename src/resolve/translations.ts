import { hasCjk, nameKey, titleKey } from '../util/normalize.js';
import type { Work } from '../model/citation.js';
import type { CslItem } from '../model/csl.js';
import type { TranslatedWorkRow } from '../model/tables.js';
import { familyKeys } from './identity.js';
import { table } from './tables.js';

/** The main title (before a subtitle) as a key: `区分：判断力的社会批判` → 区分, `Sapiens: A Brief History…` → sapiens. */
function mainKey(title: string | undefined): string {
  return titleKey((title ?? '').split(/\s*(?:[:：]|——|—)\s*/u)[0]);
}

let byZh: Map<string, TranslatedWorkRow[]> | null = null;

function rowsFor(title: string | undefined): TranslatedWorkRow[] {
  if (!byZh) {
    byZh = new Map();
    for (const row of table('translated-works').works) {
      const k = titleKey(row.zh);
      byZh.set(k, [...(byZh.get(k) ?? []), row]);
    }
  }
  return byZh.get(titleKey(title)) ?? byZh.get(mainKey(title)) ?? [];
}

function firstAuthor(item: CslItem) {
  return item.author?.[0] ?? item.editor?.[0];
}

export interface TranslationLink {
  translation: Work;
  original: Work;
}

/**
 * Links a Chinese translation to its original when a manuscript cites both (哈贝马斯《交往行为理论》 and
 * Habermas, *The Theory of Communicative Action*): the translation's title and the original's must be
 * one row of data/translated-works.json, and the two authors one person across scripts. Linked works stay
 * two works — a translation and its original are not a duplicate citation — and the translation's item
 * records what it translates (`original-title`, `original-author`).
 */
export function linkTranslations(works: Work[]): TranslationLink[] {
  // Most manuscripts cite no translation the table knows: look for one before indexing the originals.
  const candidates = works.filter((w) => w.item.title && hasCjk(w.item.title) && rowsFor(w.item.title).length);
  if (!candidates.length) return [];
  const latin = new Map<string, Work[]>();
  for (const w of works) {
    const a = firstAuthor(w.item);
    if (!a || !w.item.title || hasCjk(w.item.title)) continue;
    const k = nameKey(a.family ?? a.literal ?? '');
    // A literal `Jürgen Habermas` is keyed by its last word.
    const key = a.family ? k : nameKey((a.literal ?? '').trim().split(/\s+/u).pop());
    latin.set(key, [...(latin.get(key) ?? []), w]);
  }
  if (!latin.size) return [];
  const links: TranslationLink[] = [];
  for (const w of candidates) {
    const rows = rowsFor(w.item.title);
    const authors = familyKeys(firstAuthor(w.item));
    for (const row of rows) {
      const author = nameKey(row.author);
      if (!authors.includes(author)) continue;
      const originals = new Set(row.originals.map((t) => titleKey(t)));
      const original = (latin.get(author) ?? []).find(
        (o) => originals.has(titleKey(o.item.title)) || originals.has(mainKey(o.item.title)),
      );
      if (!original) continue;
      links.push({ translation: w, original });
      w.item['original-title'] = original.item.title;
      if (original.item.author) w.item['original-author'] = original.item.author;
      break;
    }
  }
  return links;
}
