import { hasCjk } from '../../util/normalize.js';
import type { CslItem, CslName } from '../../model/csl.js';
import { edition, MINOR } from './prepare-gbt.js';

// What the note styles (cass-note, chicago-*) need that CSL cannot do: the nationality marker of a
// translated author printed before the name (`[美]大卫·哈维`), 《》 inside a Chinese title turned into
// 〈〉 (it is printed inside 《》), and a short title for subsequent notes when the item has none.

function chineseName(n: CslName): CslName {
  const nationality = n['x-nationality']?.trim() ?? '';
  const written =
    n.literal ?? (hasCjk(`${n.family ?? ''}${n.given ?? ''}`) ? `${n.family ?? ''}${n.given ?? ''}` : null);
  if (written === null) return n;
  return { literal: `${nationality}${written}` };
}

/** The main title before a subtitle: `人工智能时代的价值危机` of `人工智能时代的价值危机：…`. */
export function mainTitle(title: string): string {
  const m = /^(.+?)(?:[:：]|——|—)\s*\S/u.exec(title);
  return m && m[1]!.trim().length >= 2 ? m[1]!.trim() : title;
}

const FULL: Record<string, string> = { ':': '：', ';': '；', ',': '，', '?': '？', '!': '！' };

/** Half-width marks after Chinese text written full-width, as a Chinese note prints them (`蓝田生物群：一个…`). */
export function fullWidth(s: string): string {
  return s.replace(/(?<=[\u3400-\u9fff》〉”）])\s*([:;,?!])\s*/gu, (_, mark: string) => FULL[mark]!);
}

/**
 * Headline-style capitalisation of an English title (Chicago and the Chinese journals print English titles
 * so): every word capitalised but articles, conjunctions and prepositions inside the title; words
 * with capitals of their own (iPhone, DNA) kept. Done here because citeproc applies its title case only
 * when the style's default locale is English.
 */
export function titleCase(title: string): string {
  let start = true;
  return title.replace(
    /([\p{L}\p{N}'’]+)|([:?!.—]\s*)|(\S)/gu,
    (m, word: string | undefined, stop: string | undefined) => {
      if (stop) {
        start = true;
        return m;
      }
      if (!word) return m;
      const first = start;
      start = false;
      if (/\p{Lu}/u.test(word.slice(1)) || !/^\p{Ll}/u.test(word)) return word;
      if (!first && MINOR.has(word)) return word;
      return word.charAt(0).toUpperCase() + word.slice(1);
    },
  );
}

export function prepareNote(item: CslItem, lang: string): CslItem {
  const out: CslItem = { ...item };
  if (lang.startsWith('zh')) {
    for (const role of ['author', 'editor', 'translator'] as const)
      if (item[role]) out[role] = item[role].map(chineseName);
    for (const field of ['title', 'container-title'] as const) {
      const v = item[field];
      if (typeof v === 'string') out[field] = fullWidth(v.replace(/《/g, '〈').replace(/》/g, '〉'));
    }
  }
  if (lang.startsWith('en')) {
    for (const field of ['title', 'container-title', 'title-short'] as const) {
      const v = item[field];
      if (typeof v === 'string') out[field] = titleCase(v);
    }
  }
  out.edition = edition(item.edition);
  if (!item['title-short'] && typeof out.title === 'string') {
    const short = mainTitle(out.title);
    if (short !== out.title) out['title-short'] = short;
  }
  return out;
}
