import { lexiconHits, type Lexicons } from './lexicons.js';
import { DOI_HOST, TITLE_MARKS, type Token } from './tokenize.js';

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
  /** What the string has printed before each token: stops that end a segment, a year, a closed title. */
  before: string[][];
  /** Role words later in the token's segment (`In A. Li, B. Wu, eds.`): the names before them take the role. */
  after: string[][];
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
  /** The token's kind; a link to doi.org says whether the string prints its DOI apart as well. */
  kind: (c, i) => {
    const t = c.tokens[i]!;
    if (t.kind !== 'url' || !DOI_HOST.test(t.text)) return [`k=${t.kind}`];
    return [`k=${t.kind}`, c.tokens.some((x) => x.kind === 'doi') ? 'doihost+doi' : 'doihost'];
  },
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
  /** The first and last three letters of a longer word: unknown words of a kind share them (`-ology`, `Proc`). */
  affix: (c, i) => {
    const t = c.tokens[i]!;
    if (t.kind !== 'word' || t.text.length < 5) return [];
    const w = t.text.toLowerCase();
    return [`pre=${w.slice(0, 3)}`, `suf=${w.slice(-3)}`];
  },
  /** Which of the first tokens this is: names open most references. */
  start: (c, i) => (i < 6 ? [`at=${i}`] : []),
  before: (c, i) => c.before[i]!,
  after: (c, i) => c.after[i]!,
  /** The token's shape with its neighbours' and its word with the previous word. */
  pairs: (c, i) => {
    const prev = c.tokens[i - 1];
    const next = c.tokens[i + 1];
    const t = c.tokens[i]!;
    return [
      `s-1|s=${prev ? shape(prev) : 'BOS'}|${shape(t)}`,
      `s|s+1=${shape(t)}|${next ? shape(next) : 'EOS'}`,
      `w-1|w=${prev ? word(prev) : 'BOS'}|${word(t)}`,
    ];
  },
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

const SEGMENT_STOPS = new Set(['.', '．', '。']);
const CLOSING_TITLE = new Set(['》', '”', '’', '」', '』', '"']);

/** A stop that ends a segment: not the stop of an initial or a short abbreviation (`J.`, `Vol.`). */
function endsSegment(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  if (!SEGMENT_STOPS.has(tokens[i]!.text) || !prev) return false;
  return !(prev.kind === 'word' && prev.text.length <= 3);
}

/** Per token, what came before it: segments ended (`seg=2`, capped at 5), a year, a closed title mark. */
function printedBefore(tokens: Token[]): string[][] {
  let segments = 0;
  let year = false;
  let title = false;
  return tokens.map((t, i) => {
    const out = [`seg=${Math.min(segments, 5)}`];
    if (year) out.push('year<');
    if (title) out.push('title<');
    if (endsSegment(tokens, i)) segments++;
    if (t.kind === 'number' && t.text.length === 4) year = true;
    if (CLOSING_TITLE.has(t.text)) title = true;
    return out;
  });
}

const ROLE_AHEAD = /^role-(\w+):B$/u;

/** Per token, the roles (`role-editor`, `role-translator`) whose words come later in its segment. */
function rolesAhead(tokens: Token[], hits: Array<Set<string>>): string[][] {
  const out: string[][] = tokens.map(() => []);
  let ahead = new Set<string>();
  for (let i = tokens.length - 1; i >= 0; i--) {
    if (endsSegment(tokens, i)) ahead = new Set();
    out[i] = [...ahead].map((r) => `${r}>`);
    for (const h of hits[i]!) {
      const m = ROLE_AHEAD.exec(h);
      if (m) ahead.add(m[1]!);
    }
  }
  return out;
}

export function context(tokens: Token[], lex: Lexicons): Context {
  const hits = lexiconHits(tokens, lex);
  return {
    tokens,
    hits,
    enclosing: enclosingMarks(tokens),
    nationality: nationalityMarkers(tokens, hits, lex),
    before: printedBefore(tokens),
    after: rolesAhead(tokens, hits),
  };
}

/** Every feature of every token of the string. */
export function tokenFeatures(tokens: Token[], lex: Lexicons): string[][] {
  const c = context(tokens, lex);
  return tokens.map((_, i) => [...Object.values(FEATURES).flatMap((f) => f(c, i)), ...neighbours(c, i)]);
}
