/**
 * Tokens of a reference string with their [start, end) spans in the original text, for the learned
 * reference parser. Every character that is not white space belongs to exactly one token, so the tokens
 * and the white space between them give back the string as printed.
 *
 * Each Han (and kana, hangul) character is its own token: Chinese prints no spaces, and a field boundary
 * often falls inside a run of Han characters (`李晓红著`, `周明远2021`, `主编` after a name, `第3页`), which
 * a run token would hide from the labeller. What a run means as a word (a publisher, a city, a journal) is
 * given to each of its characters by the lexicon features, which match over token sequences.
 */

export type TokenKind =
  'url' | 'doi' | 'typecode' | 'cjk' | 'word' | 'number' | 'titlemark' | 'bracket' | 'quote' | 'punct' | 'symbol';

export interface Token {
  /** The characters of the original string from `start` to `end`. */
  text: string;
  start: number;
  end: number;
  kind: TokenKind;
  /** White space (or the start of the string) right before the token. */
  spaceBefore: boolean;
}

/** Title marks: Chinese book and article marks, curly and corner quotes. */
export const TITLE_MARKS = '《》〈〉“”‘’「」『』';
const BRACKETS = '()[]{}（）［］【】〔〕｛｝〖〗';
const QUOTES = '"\'＂＇«»„‟‚‛';

// Patterns tried at each position, longest and most specific first. They describe shapes, not words.
const PATTERNS: Array<[TokenKind, RegExp]> = [
  ['url', /(?:https?|ftp):\/\/[^\s<>"“”《》，。；]+|www\.[^\s<>"“”《》，。；]+/iuy],
  ['doi', /(?:doi:\s*)?10\.\d{4,9}\/[^\s<>"“”《》，。；]+/iuy],
  // GB/T 7714 document type codes and their carriers: [M] [J/OL] [EB/OL] [DB/OL] ［J］.
  ['typecode', /[[［][A-Z]{1,3}(?:\/(?:OL|CD|DK|MT))?[\]］]/uy],
  ['cjk', /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}〇々ー]/uy],
  // Letters of alphabetic scripts (Latin, Greek, Cyrillic…); CJK characters are tokens of their own.
  [
    'word',
    /(?:(?!\p{Script=Han}|\p{Script=Hiragana}|\p{Script=Katakana}|\p{Script=Hangul})[\p{L}\p{M}])+(?:['’](?:(?!\p{Script=Han})[\p{L}\p{M}])+)*/uy,
  ],
  ['number', /\p{Nd}+/uy],
  // Runs that are one sign: GB/T's `//`, dashes (—— …), ellipses.
  ['punct', /\/\/|[—―]{2}|\.{3}|…{1,2}|-{2}/uy],
];

/** A link to a DOI resolver: printed as a style's URL or as its DOI, which only the context tells. */
export const DOI_HOST = /^https?:\/\/(?:dx\.)?doi\.org\/10\./iu;
// A URL or DOI does not end in the punctuation that closes the sentence around it.
const TRAILING = /[.,;:)\]）】。，；：、]+$/u;

function markKind(ch: string): TokenKind {
  if (TITLE_MARKS.includes(ch)) return 'titlemark';
  if (BRACKETS.includes(ch)) return 'bracket';
  if (QUOTES.includes(ch)) return 'quote';
  return /[\p{P}]/u.test(ch) ? 'punct' : 'symbol';
}

/** The token that starts at `at` (which is not white space): its kind and length. */
function tokenAt(text: string, at: number): [TokenKind, number] {
  for (const [kind, re] of PATTERNS) {
    re.lastIndex = at;
    const m = re.exec(text);
    if (!m) continue;
    let s = m[0];
    if (kind === 'url' || kind === 'doi') s = s.replace(TRAILING, '');
    if (s.length > 0) return [kind, s.length];
  }
  const cp = text.codePointAt(at)!;
  const ch = String.fromCodePoint(cp);
  return [markKind(ch), ch.length];
}

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  let space = true;
  while (i < text.length) {
    if (/\s/u.test(text[i]!)) {
      space = true;
      i++;
      continue;
    }
    const [kind, len] = tokenAt(text, i);
    out.push({ text: text.slice(i, i + len), start: i, end: i + len, kind, spaceBefore: space });
    space = false;
    i += len;
  }
  return out;
}

/** The string the tokens were cut from, rebuilt from their spans and the white space between them. */
export function detokenize(tokens: Token[], original: string): string {
  let out = '';
  let at = 0;
  for (const t of tokens) {
    out += original.slice(at, t.start) + t.text;
    at = t.end;
  }
  return out + original.slice(at);
}
