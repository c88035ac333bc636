import type { CslItem, CslName } from '../model/csl.js';

const STOP = new Set([
  'a',
  'an',
  'the',
  'on',
  'of',
  'in',
  'and',
  'for',
  'to',
  'at',
  'by',
  'with',
  'from',
  'la',
  'le',
  'les',
  'der',
  'die',
  'das',
  'el',
]);
const HAN = /[\u3400-\u9fff]/u;

type Pinyin = (text: string, options: Record<string, unknown>) => string[];

export function ascii(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/** The family part of a name: a transliterated `大卫·哈维` is 哈维, a Chinese name its first character(s). */
function family(n: CslName | undefined): string {
  if (!n) return '';
  const f = n.family ?? n.literal ?? '';
  if (HAN.test(f) && f.includes('·')) return f.slice(f.lastIndexOf('·') + 1);
  return f;
}

/**
 * Readable, stable citation keys: `harvey2018marx`, and for Chinese `huang2020rengong` with surname
 * readings (曾 zeng, 单 shan, 解 xie) from pinyin-pro. Collisions get `a`, `b`… in the order given.
 */
export type Romanise = (s: string, surname: boolean) => string;

/** Han text in toneless pinyin (surname readings when `surname`), other text folded to ASCII. */
export function romaniser(pinyin: Pinyin): Romanise {
  return (s, surname) =>
    HAN.test(s)
      ? pinyin(s, { toneType: 'none', type: 'array', surname: surname ? 'head' : 'off', nonZh: 'removed' }).join('')
      : ascii(s);
}

/**
 * The word a person contributes to a key. A Chinese name is written whole: its key is the surname, the
 * first character. A body's name (`McKinsey and Company`) contributes its first word. With `roman` null
 * the word is returned as written.
 */
export function personWord(person: CslName | undefined, roman: Romanise | null): string {
  const who = person ? family(person) : '';
  const whoWord = person?.literal && !HAN.test(who) ? who.split(/\s+/)[0]! : who;
  const transliterated = (person?.literal ?? person?.family ?? '').includes('·');
  const word = HAN.test(whoWord) && !person?.family && !transliterated ? whoWord.slice(0, 1) : whoWord;
  if (!word) return '';
  return roman ? roman(word, true) : word;
}

/** The significant words of a title: Han text as runs of characters, others without stop words. */
export function titleWords(title: string, roman: Romanise | null, hanChars: number): string[] {
  if (HAN.test(title)) {
    const han = title.replace(/[^\u3400-\u9fff]/gu, '').slice(0, hanChars);
    return han ? [roman ? roman(han, false) : han] : [];
  }
  return title
    .split(/\s+/)
    .filter((w) => w && !STOP.has(w.toLowerCase()))
    .map(ascii)
    .filter(Boolean);
}

export function makeKeys(items: CslItem[], pinyin: Pinyin): string[] {
  const roman = romaniser(pinyin);
  const base = items.map((it) => {
    const name = personWord(it.author?.[0] ?? it.editor?.[0], roman);
    const year = String(it.issued?.['date-parts']?.[0]?.[0] ?? '');
    const title = it.title ?? it['container-title'] ?? '';
    const words = titleWords(title, roman, 2);
    // No author (《马克思恩格斯文集》): the title names the key, the volume tells the volumes apart.
    if (!name) return `${words[0] ?? 'anon'}${year}${it.volume ? `v${ascii(String(it.volume))}` : (words[1] ?? '')}`;
    return `${name}${year}${words[0] ?? ''}`;
  });
  return disambiguate(base);
}

/** Keys made unique in the order given: `harvey2018marxa`, `harvey2018marxb`. */
export function disambiguate(base: string[]): string[] {
  const seen = new Map<string, number>();
  for (const k of base) seen.set(k, (seen.get(k) ?? 0) + 1);
  const used = new Map<string, number>();
  return base.map((k) => {
    if (seen.get(k) === 1) return k;
    const n = used.get(k) ?? 0;
    used.set(k, n + 1);
    return `${k}${String.fromCharCode(97 + (n % 26))}${n >= 26 ? Math.floor(n / 26) : ''}`;
  });
}
