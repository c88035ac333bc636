import type { CslName } from '../model/csl.js';
import type { TexToText } from './bib-tex.js';

const HAN = /\p{Script=Han}/u;

/** A name list's names and whether it ends in `and others` (the list cut short: et al., never a name). */
export interface NameList {
  names: CslName[];
  etAl: boolean;
}

/** The offset of the brace closing the one at `open`, or -1. */
function closing(s: string, open: number): number {
  let depth = 0;
  for (let i = open; i < s.length; i++) {
    if (s[i] === '{') depth++;
    else if (s[i] === '}' && --depth === 0) return i;
  }
  return -1;
}

/** `s` split outside braces wherever `at` finds a separator (its length; 0 where there is none). */
function splitTop(s: string, at: (s: string, i: number) => number): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '{') depth++;
    else if (c === '}') depth = Math.max(0, depth - 1);
    else if (depth === 0) {
      const len = at(s, i);
      if (len > 0) {
        parts.push(s.slice(start, i));
        start = i + len;
        i = start - 1;
      }
    }
  }
  parts.push(s.slice(start));
  return parts;
}

const AND = /\s+and\s+/iy;

/** The length of ` and ` (any case, any whitespace around) starting at `i`, else 0. */
function andAt(s: string, i: number): number {
  // Only where a run of spaces starts: each run is then read once.
  if (i > 0 && /\s/.test(s[i - 1]!)) return 0;
  AND.lastIndex = i;
  return AND.exec(s)?.[0].length ?? 0;
}

const commaAt = (s: string, i: number) => (s[i] === ',' ? 1 : 0);
const spaceAt = (s: string, i: number) => (/[\s~]/.test(s[i]!) ? 1 : 0);

/**
 * Whether a word of a name starts in lower case, as BibTeX decides: by its first letter outside braces,
 * or by the letter of a special character (`{\"u}ber`, `{\ae}`); a word with neither is not.
 */
function lowerCase(word: string, tex: TexToText): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word[i]!;
    if (c === '{') {
      const close = closing(word, i);
      if (close === -1) return false;
      if (word[i + 1] === '\\') {
        const first = tex.text(word.slice(i, close + 1))[0];
        return first !== undefined && first !== first.toUpperCase();
      }
      i = close;
    } else if (/\p{L}/u.test(c)) return c !== c.toUpperCase();
  }
  return false;
}

/** `von Last` words: the von part is up to the last word in lower case, the last name keeping at least one word. */
function vonLast(words: string[], tex: TexToText): { von: string[]; last: string[] } {
  let k = -1;
  for (let i = 0; i < words.length - 1; i++) if (lowerCase(words[i]!, tex)) k = i;
  return { von: words.slice(0, k + 1), last: words.slice(k + 1) };
}

/** One name in any of BibTeX's three forms: `First von Last`, `von Last, First`, `von Last, Jr, First`. */
function parseName(raw: string, tex: TexToText): CslName {
  const parts = splitTop(raw, commaAt).map((p) => p.trim());
  const words = (p: string) => splitTop(p, spaceAt).filter(Boolean);
  let first: string[];
  let rest: string[];
  let jr: string[] = [];
  if (parts.length === 1) {
    const w = words(parts[0]!);
    let start = w.findIndex((x, i) => i < w.length - 1 && lowerCase(x, tex));
    if (start === -1) start = w.length - 1;
    first = w.slice(0, start);
    rest = w.slice(start);
  } else {
    rest = words(parts[0]!);
    jr = parts.length > 2 ? words(parts[1]!) : [];
    // Too many commas (BibTeX complains): what follows the second is all the first name.
    first = words(parts.slice(parts.length > 2 ? 2 : 1).join(', '));
  }
  const { von, last } = vonLast(rest, tex);
  const text = (w: string[]) => tex.text(w.join(' '));
  const out: CslName = { family: text(last) };
  if (first.length) out.given = text(first);
  if (von.length) out['non-dropping-particle'] = text(von);
  if (jr.length) out.suffix = text(jr);
  return out;
}

/**
 * A BibTeX name list (`Müller, Jörg and {World Health Organization} and 张三 and others`) as CSL names:
 * a name wholly in braces (a body) and a Chinese name written without a comma are kept whole as
 * written; `others` at the end is no name but the list cut short.
 */
export function parseNames(raw: string, tex: TexToText): NameList {
  const names = splitTop(raw.trim(), andAt)
    .map((n) => n.trim())
    .filter(Boolean);
  const etAl = names[names.length - 1] === 'others';
  if (etAl) names.pop();
  return {
    etAl,
    names: names.map((n) => {
      const whole = n[0] === '{' && n[1] !== '\\' && closing(n, 0) === n.length - 1;
      if (whole || (HAN.test(n) && !splitTop(n, commaAt)[1])) return { literal: tex.text(n) };
      const name = parseName(n, tex);
      return name.family && HAN.test(name.family) && !name.given ? { literal: name.family } : name;
    }),
  };
}
