import type { CslItem, CslName } from '../../model/csl.js';

// What GB/T 7714 (and the standard's own examples) print that CSL cannot express: upper-case family
// names for Latin script only, initials without full stops, English titles in sentence case, half-width
// punctuation inside Chinese titles, and the type code [C] of conference proceedings (which CSL-JSON
// types as `book`).

const LATIN = /\p{Script=Latin}/u;
const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/u;
const ORDINAL_WORDS: Record<string, string> = {
  first: '1',
  second: '2',
  third: '3',
  fourth: '4',
  fifth: '5',
  sixth: '6',
  seventh: '7',
  eighth: '8',
  ninth: '9',
  tenth: '10',
};
// 会议录 [C] are the papers of a meeting; 汇编 [G] other compilations (论文集 of a society).
const PROCEEDINGS = /会议|研讨会|会议录|proceedings|symposium|conference|congress|workshop/iu;
const COMPILATION = /汇编|论文集|选编/u;
// A serial's holdings (`1984, 1(1)-`, `1957(1)-1990(4)`): CSL-JSON from Zotero types the serial as a book.
const HOLDINGS = /\d\s*\(\d+\)\s*-/u;

function initials(given: string): string {
  return given
    .split(/[\s.-]+/u)
    .filter(Boolean)
    .map((part) => part[0]!.toLocaleUpperCase())
    .join(' ');
}

/** `Peebles, Peyton Z., Jr.` → family `PEEBLES`, given `P Z, Jr`; CJK and literal names stay as written. */
export function gbtName(n: CslName): CslName {
  if (n.literal) return n;
  const family = n.family ?? '';
  if (CJK.test(family + (n.given ?? ''))) return { literal: `${family}${n.given ?? ''}` };
  const upper = LATIN.test(family) ? family.toLocaleUpperCase('en') : family;
  const given = n.given ? initials(n.given) : '';
  // citeproc prints a suffix after the given name without the comma GB/T 7714 wants (`NORD G L, Jr`).
  if (n.suffix) return { literal: `${upper}${given ? ` ${given}` : ''}, ${n.suffix.replace(/\.$/, '')}` };
  return { family: upper, ...(given ? { given } : {}) };
}

// Words Title Case leaves in lower case (articles, conjunctions, prepositions of any length).
export const MINOR = new Set([
  'a',
  'an',
  'the',
  'and',
  'or',
  'but',
  'nor',
  'so',
  'yet',
  'of',
  'in',
  'on',
  'at',
  'to',
  'for',
  'by',
  'with',
  'from',
  'as',
  'into',
  'onto',
  'upon',
  'via',
  'vs',
  'per',
  'than',
  'about',
  'above',
  'across',
  'after',
  'against',
  'along',
  'among',
  'around',
  'before',
  'behind',
  'below',
  'beneath',
  'beside',
  'between',
  'beyond',
  'despite',
  'down',
  'during',
  'except',
  'inside',
  'like',
  'near',
  'over',
  'outside',
  'past',
  'since',
  'through',
  'throughout',
  'toward',
  'towards',
  'under',
  'until',
  'unto',
  'versus',
  'within',
  'without',
  'off',
  'out',
  'up',
  'amid',
  'amidst',
  'amongst',
  'besides',
  'till',
  'unlike',
  'plus',
  'minus',
  'nor',
]);

/**
 * Sentence case for an English title: words in Title Case are lowered, acronyms and mixed case (McGraw,
 * DNA) kept. A title already in sentence case (a lower-case word of four letters or more after the first
 * word) is left alone, so that its proper nouns (Marx, England) survive; in a Title Case title they
 * cannot be told from other words and are lowered too.
 */
export function sentenceCase(title: string): string {
  const words = title.match(/[\p{L}'’]+/gu) ?? [];
  if (words.slice(1).some((w) => w.length >= 4 && !MINOR.has(w) && /^\p{Ll}/u.test(w))) return title;
  let first = true;
  return title.replace(/[\p{L}\p{N}'’]+/gu, (word) => {
    const isFirst = first;
    first = false;
    if (isFirst) return word;
    if (/^\p{Lu}[\p{Ll}'’]*$/u.test(word)) return word.toLocaleLowerCase('en');
    return word;
  });
}

/** Full-width marks inside a Chinese title written as the standard's examples print them: `：` → `: `. */
export function halfWidthPunctuation(s: string): string {
  return s
    .replace(/：\s*/g, ': ')
    .replace(/；\s*/g, '; ')
    .replace(/，\s*/g, ', ')
    .replace(/？/g, '?')
    .replace(/！/g, '!')
    .replace(/\s*（/g, ' (')
    .replace(/）(?=[\p{L}\p{N}])/gu, ') ')
    .replace(/）/g, ')')
    .replace(/^ \(/, '(');
}

function title(s: string | undefined, english: boolean): string | undefined {
  if (!s) return s;
  return english ? sentenceCase(s) : halfWidthPunctuation(s);
}

/**
 * `Fourth`, `4th ed.`, `2 版` → the number a style prints as 4th ed. or 2 版; other editions (修订本, Rev. ed.) as given.
 * A number (CSL-JSON allows one) is already what the style prints.
 */
export function edition(e: string | number | undefined): string | number | undefined {
  if (typeof e !== 'string' || !e) return e;
  return (
    ORDINAL_WORDS[e.trim().toLowerCase()] ?? e.replace(/^(\d+)(?:st|nd|rd|th)?(?:\s*(?:ed\.?|edition|版))?$/i, '$1')
  );
}

/** Prepares one item for the bundled GB/T 7714 styles; `lang` is its rendering language. */
export function prepareGbt(item: CslItem, lang: string): CslItem {
  const english = lang.startsWith('en');
  const out: CslItem = { ...item };
  for (const role of ['author', 'editor', 'translator', 'container-author'] as const) {
    const names = item[role];
    if (names) out[role] = names.map(gbtName);
  }
  out.title = title(item.title, english);
  // The host of a chapter is a book title; a journal's name is printed as the journal writes it.
  if (item['container-title'] && /^(chapter|paper-conference|entry-dictionary|entry-encyclopedia)$/.test(item.type))
    out['container-title'] = title(item['container-title'], english);
  else if (item['container-title'] && !english) out['container-title'] = halfWidthPunctuation(item['container-title']);
  if (item['collection-title']) out['collection-title'] = title(item['collection-title'], english);
  out.edition = edition(item.edition);
  // A link that is only the DOI is printed once, as DOI.
  if (item.DOI && item.URL && /^https?:\/\/(?:dx\.)?doi\.org\//i.test(item.URL)) delete out.URL;
  // A date printed with more than its year (`1865（清同治四年）`, `1984-`) is printed as given.
  const raw = item.issued?.raw;
  if (raw && !/^\d{4}$/.test(raw.trim())) out.issued = { literal: raw };
  // Cited pages of a Chinese book are printed without spaces: `序2-3`, `第1版自序`.
  if (item.page) out.page = String(item.page).replace(/\s+(?=[\u3400-\u9fff])|(?<=[\u3400-\u9fff])\s+/gu, '');
  if (item.volume && !english) out.volume = halfWidthPunctuation(String(item.volume));
  const kind = bookKind(item, english);
  if (kind) out.type = kind === 'proceedings' ? 'paper-conference' : kind;
  return out;
}

/**
 * What a CSL `book` without a container is in GB/T 7714 (CSL-JSON from Zotero types all three as books): the
 * proceedings of a meeting [C], a compilation [G] (Chinese titles only), or a serial with its holdings [J].
 */
export function bookKind(item: CslItem, english: boolean): 'proceedings' | 'collection' | 'periodical' | undefined {
  if (item.type !== 'book' || item['container-title']) return undefined;
  if (PROCEEDINGS.test(item.title ?? '')) return 'proceedings';
  if (!english && COMPILATION.test(item.title ?? '')) return 'collection';
  if (HOLDINGS.test(String(item.volume ?? ''))) return 'periodical';
  return undefined;
}
