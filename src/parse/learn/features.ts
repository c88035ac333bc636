import { lexiconHits, type Lexicons } from './lexicons.js';
import { TITLE_MARKS, type Token } from './tokenize.js';

/**
 * Features of each token for the learned parser: sparse binary features named by strings, from the token's
 * shape, its place in the string, the marks around it, the lexicons it is part of, and the same for its
 * neighbours two tokens either side. Each feature function returns the names that fire on token `i`.
 */
export interface Context {
  tokens: Token[];
  /** Lexicon hits per token (`publisher:B`, `role-translator:I`). */
  hits: Array<Set<string>>;
  /** The innermost pair of marks around each token (`《》`, `()`), or ''. */
  enclosing: string[];
  /** Whether the token is part of a nationality marker (`[美]`, `〔德〕`), brackets included. */
  nationality: boolean[];
}

export type FeatureFn = (ctx: Context, i: number) => string[];

const PAIRS: Record<string, string> = { '(': ')', '（': '）', '[': ']', '［': '］', '【': '】', '〔': '〕' };
for (let k = 0; k < TITLE_MARKS.length; k += 2) PAIRS[TITLE_MARKS[k]!] = TITLE_MARKS[k + 1]!;
const CLOSERS = new Map(Object.entries(PAIRS).map(([o, c]) => [c, o]));

/** `Xx`, `XX`, `x`, `X`, `xX`; `d4` for a four-digit number; the kind for other tokens. */
export function shape(t: Token): string {
  if (t.kind === 'number') return `d${Math.min(t.text.length, 5)}`;
  if (t.kind !== 'word') return t.kind;
  if (t.text.length === 1) return /\p{Lu}/u.test(t.text) ? 'X' : 'x';
  if (/^\p{Lu}+$/u.test(t.text)) return 'XX';
  if (/^\p{Lu}\p{Ll}+$/u.test(t.text)) return 'Xx';
  if (/^\p{Ll}+$/u.test(t.text)) return 'x';
  return 'xX';
}

const word = (t: Token) => (t.kind === 'number' ? `#${shape(t)}` : t.text.normalize('NFKC').toLowerCase());

export const FEATURES: Record<string, FeatureFn> = {
  kind: (c, i) => [`k=${c.tokens[i]!.kind}`],
  word: (c, i) => [`w=${word(c.tokens[i]!)}`],
  shape: (c, i) => [`s=${shape(c.tokens[i]!)}`],
  /** A number that reads as a year of publication. */
  year: (c, i) => {
    const t = c.tokens[i]!;
    const n = Number(t.text);
    return t.kind === 'number' && t.text.length === 4 && n >= 1400 && n <= 2099 ? ['year'] : [];
  },
  /** A single capital followed directly by a full stop: an initial (`P.`). */
  initial: (c, i) => {
    const t = c.tokens[i]!;
    const next = c.tokens[i + 1];
    return shape(t) === 'X' && next?.text === '.' && !next.spaceBefore ? ['initial'] : [];
  },
  /** A short word followed directly by a full stop: an abbreviation (`Vol.`, `J.`, `eds.`). */
  abbreviation: (c, i) => {
    const t = c.tokens[i]!;
    const next = c.tokens[i + 1];
    return t.kind === 'word' && t.text.length <= 5 && next?.text === '.' && !next.spaceBefore ? ['abbr'] : [];
  },
  space: (c, i) => (c.tokens[i]!.spaceBefore && i > 0 ? ['sp'] : []),
  position: (c, i) => {
    const n = c.tokens.length;
    return [`rel=${Math.floor((10 * i) / n)}`, ...(i === 0 ? ['first'] : []), ...(i === n - 1 ? ['last'] : [])];
  },
  enclosing: (c, i) => (c.enclosing[i] ? [`in=${c.enclosing[i]}`] : []),
  lexicon: (c, i) => [...c.hits[i]!].map((h) => `lex=${h}`),
  nationality: (c, i) => (c.nationality[i] ? ['nat'] : []),
};

/** Features of token `i` that its neighbours see (`-1:w=,`): its word, kind and shape. */
function neighbourBase(c: Context, i: number): string[] {
  const t = c.tokens[i];
  if (!t) return [i < 0 ? 'BOS' : 'EOS'];
  return [`w=${word(t)}`, `k=${t.kind}`, `s=${shape(t)}`, ...[...c.hits[i]!].map((h) => `lex=${h}`)];
}

export const WINDOW = 2;

/** Features from the tokens up to WINDOW either side of token `i`, named by their offset. */
export function neighbours(c: Context, i: number): string[] {
  const out: string[] = [];
  for (let d = -WINDOW; d <= WINDOW; d++) {
    if (d === 0) continue;
    const j = i + d;
    if (j < -1 || j > c.tokens.length) continue;
    for (const f of neighbourBase(c, j)) out.push(`${d}:${f}`);
  }
  return out;
}

function enclosingMarks(tokens: Token[]): string[] {
  const stack: string[] = [];
  return tokens.map((t) => {
    const closes = CLOSERS.get(t.text);
    if (closes !== undefined && stack.at(-1) === closes) {
      stack.pop();
      return '';
    }
    const inner = stack.length ? `${stack.at(-1)!}${PAIRS[stack.at(-1)!]!}` : '';
    if (t.text in PAIRS && (t.kind === 'bracket' || t.kind === 'titlemark')) stack.push(t.text);
    return inner;
  });
}

/** Tokens of `[美]`-like markers: an opening bracket, a country of the lexicon filling it, the closing one. */
function nationalityMarkers(tokens: Token[], hits: Array<Set<string>>, lex: Lexicons): boolean[] {
  const out = tokens.map(() => false);
  for (let i = 0; i < tokens.length; i++) {
    const pair = lex.natBrackets.find(([o]) => o === tokens[i]!.text);
    if (!pair || !hits[i + 1]?.has('country:B')) continue;
    let j = i + 2;
    while (hits[j]?.has('country:I')) j++;
    if (tokens[j]?.text !== pair[1]) continue;
    for (let k = i; k <= j; k++) out[k] = true;
  }
  return out;
}

export function context(tokens: Token[], lex: Lexicons): Context {
  const hits = lexiconHits(tokens, lex);
  return { tokens, hits, enclosing: enclosingMarks(tokens), nationality: nationalityMarkers(tokens, hits, lex) };
}

/** Every feature of every token of the string. */
export function tokenFeatures(tokens: Token[], lex: Lexicons): string[][] {
  const c = context(tokens, lex);
  return tokens.map((_, i) => [...Object.values(FEATURES).flatMap((f) => f(c, i)), ...neighbours(c, i)]);
}
