import type { Range } from '../model/location.js';

/**
 * Pandoc's extensions to Markdown that CommonMark parsers do not know, read from the source text of
 * the inline content a parser found (paragraphs, headings): inline notes `^[…]`, citations `[@key]`,
 * `[-@key]`, `[see @key, p. 33; @key2]`, `@key [p. 4]`, and the YAML front matter's `bibliography`
 * and `nocite`. Offsets are into the whole document text.
 */

/** Ranges where nothing is read (code spans and blocks), searched by halving. */
export class Quiet {
  private readonly ranges: Range[];

  /** Overlapping and nested ranges are merged. */
  constructor(ranges: Range[]) {
    this.ranges = [];
    for (const r of [...ranges].sort((a, b) => a.start - b.start)) {
      const last = this.ranges.at(-1);
      if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
      else this.ranges.push({ ...r });
    }
  }

  /** The end of the quiet range holding `pos`, or -1 when `pos` is outside every one. */
  endAt(pos: number): number {
    let lo = 0;
    let hi = this.ranges.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const r = this.ranges[mid]!;
      if (pos < r.start) hi = mid - 1;
      else if (pos >= r.end) lo = mid + 1;
      else return r.end;
    }
    return -1;
  }

  overlaps(start: number, end: number): boolean {
    let lo = 0;
    let hi = this.ranges.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.ranges[mid]!.end <= start) lo = mid + 1;
      else hi = mid;
    }
    const r = this.ranges[lo];
    return r !== undefined && r.start < end;
  }
}

/** The `]` that closes the `[` at `open` (nesting, `\]` escapes and code spans skipped), or -1 before `limit`. */
export function closingBracket(text: string, open: number, limit: number, quiet: Quiet): number {
  let depth = 0;
  for (let i = open; i < limit; i++) {
    const q = quiet.endAt(i);
    if (q !== -1) {
      i = q - 1;
      continue;
    }
    const c = text[i];
    if (c === '\\') i++;
    else if (c === '[') depth++;
    else if (c === ']' && --depth === 0) return i;
  }
  return -1;
}

/** A search for `needle` in `[from, to)` of `text` that never runs past `to` (the text may be long). */
function searcher(text: string, from: number, to: number): (needle: string, at: number) => number {
  const part = text.slice(from, to);
  return (needle, at) => {
    const i = part.indexOf(needle, at - from);
    return i === -1 ? -1 : i + from;
  };
}

/** Inline notes `^[…]` in `[from, to)`: the range of each, from `^` to `]`. */
export function findInlineNotes(text: string, from: number, to: number, quiet: Quiet): Range[] {
  const out: Range[] = [];
  const next = searcher(text, from, to);
  for (let i = next('^[', from); i !== -1; i = next('^[', i + 1)) {
    if (quiet.endAt(i) !== -1 || text[i - 1] === '\\') continue;
    const close = closingBracket(text, i + 1, to, quiet);
    if (close === -1) continue;
    out.push({ start: i, end: close + 1 });
    i = close;
  }
  return out;
}

export interface PandocCitation {
  key: string;
  /** The citation as printed: prefix, key and suffix of one item of a bracket, or `@key [p. 4]`. */
  range: Range;
  prefix: string | null;
  /** The suffix after the key (`p. 33`), without its leading comma; null when none. */
  locator: string | null;
  /** `[-@key]`: the author is named in the sentence. */
  suppressAuthor: boolean;
  bracketed: boolean;
}

const KEY = /\{([^{}\n]+)\}|[\p{L}\p{N}_](?:[\p{L}\p{N}_]|[:.#$%&\-+?<>~/](?=[\p{L}\p{N}_]))*/uy;
/** What may not stand right before the `@` of a key: an address (`a@b.org`, `/@user`) is no citation. */
const NOT_BEFORE_KEY = /[\p{L}\p{N}_/.:@\\=+*]/u;

/**
 * Whether a citation found in the body counts: in a note every `@key` is one, in the body a bare key
 * only when it looks like a citation key (it holds a year) or a locator `[p. 4]` follows, so that a
 * handle (`@someone`) in prose is not read as one.
 */
export function countsInBody(c: PandocCitation): boolean {
  return c.bracketed || c.locator !== null || /(?:1[5-9]|20)\d\d/.test(c.key);
}

function readKey(text: string, at: number): { key: string; end: number } | null {
  KEY.lastIndex = at;
  const m = KEY.exec(text);
  if (!m) return null;
  return { key: m[1] ?? m[0], end: at + m[0].length };
}

function trimmed(text: string, start: number, end: number): Range {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}

/** One item of a bracketed citation (`see @key, p. 33`), or null when it names no key. */
function bracketItem(text: string, start: number, end: number): PandocCitation | null {
  for (let i = text.indexOf('@', start); i !== -1 && i < end; i = text.indexOf('@', i + 1)) {
    const dash = text[i - 1] === '-';
    const before = text[dash ? i - 2 : i - 1];
    if (i - (dash ? 1 : 0) > start && before !== undefined && !/[\s[(]/.test(before)) continue;
    const key = readKey(text, i + 1);
    if (!key || key.end > end) continue;
    const prefix = text.slice(start, dash ? i - 1 : i).trim();
    const suffix = text.slice(key.end, end).trim().replace(/^,\s*/, '');
    return {
      key: key.key,
      range: trimmed(text, start, end),
      prefix: prefix || null,
      locator: suffix || null,
      suppressAuthor: dash,
      bracketed: true,
    };
  }
  return null;
}

/** `[see @a, p. 3; @b]` at `open`: its items, or null when it is not a citation (a link, a plain bracket). */
function bracketCitation(text: string, open: number, close: number): PandocCitation[] | null {
  const after = text[close + 1];
  if (after === '(' || after === '[' || (after === ':' && /(?:^|\n)[ \t]*$/.test(text.slice(0, open)))) return null;
  if (text[open - 1] === '^' || text[open - 1] === '!' || text[open - 1] === '\\') return null;
  const items: PandocCitation[] = [];
  let start = open + 1;
  for (let i = open + 1; i <= close; i++) {
    if (i < close && text[i] !== ';') continue;
    const item = bracketItem(text, start, i);
    if (!item) return null;
    items.push(item);
    start = i + 1;
  }
  return items;
}

/** The citations in `[from, to)`: bracketed ones, then the bare keys outside them. */
export function findCitations(text: string, from: number, to: number, quiet: Quiet): PandocCitation[] {
  const out: PandocCitation[] = [];
  const taken: Range[] = [];
  const next = searcher(text, from, to);
  if (next('@', from) === -1) return out;
  for (let i = next('[', from); i !== -1; i = next('[', i + 1)) {
    if (quiet.endAt(i) !== -1 || !text.slice(i, Math.min(to, i + 400)).includes('@')) continue;
    const close = closingBracket(text, i, to, quiet);
    if (close === -1) continue;
    const items = bracketCitation(text, i, close);
    if (!items) continue;
    out.push(...items);
    taken.push({ start: i, end: close + 1 });
    i = close;
  }
  for (let i = next('@', from); i !== -1; i = next('@', i + 1)) {
    if (quiet.endAt(i) !== -1 || taken.some((r) => i >= r.start && i < r.end)) continue;
    const before = text[i - 1];
    if (before !== undefined && NOT_BEFORE_KEY.test(before)) continue;
    const key = readKey(text, i + 1);
    if (!key || key.end > to) continue;
    const loc = /[ \t]?\[([^\]@\n]*)\](?!\()/y;
    loc.lastIndex = key.end;
    const l = loc.exec(text);
    const end = l ? key.end + l[0].length : key.end;
    out.push({
      key: key.key,
      range: { start: i, end },
      prefix: null,
      locator: l?.[1]?.trim() || null,
      suppressAuthor: false,
      bracketed: false,
    });
    i = end - 1;
  }
  return out.sort((a, b) => a.range.start - b.range.start);
}

export interface FrontMatter {
  /** The whole block, `---` lines included. */
  range: Range;
  /** The files of `bibliography:` as written. */
  bibliography: string[];
  /** The keys of `nocite:` with where they stand (`@*` left out: it cites nothing in particular). */
  nocite: Array<{ key: string; range: Range }>;
}

const FRONT = /^---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/y;

/** The value lines of a top-level YAML key: its own line's rest and the indented lines after it. */
function yamlValue(block: string, key: string): { text: string; offset: number } | null {
  const m = new RegExp(`^${key}:[ \\t]*(.*(?:\\r?\\n(?:[ \\t]+.*|[ \\t]*-.*|[ \\t]*))*)`, 'm').exec(block);
  if (!m) return null;
  return { text: m[1]!, offset: m.index + m[0].length - m[1]!.length };
}

const unquote = (s: string) => s.trim().replace(/^(['"])(.*)\1$/, '$2');

/** `bibliography: refs.bib`, `[a.bib, b.json]` or a `- a.bib` list. */
function bibliographyFiles(value: string): string[] {
  const flow = /^\s*\[([^\]]*)\]/.exec(value);
  const parts = flow
    ? flow[1]!.split(',')
    : value.split(/\r?\n/).map((l) => l.replace(/^\s*-\s+/, '').replace(/^[|>]-?\s*$/, ''));
  return parts.map(unquote).filter((p) => p && !p.startsWith('#'));
}

/** The YAML front matter at the very start of a Markdown file, when there is one. */
export function readFrontMatter(text: string): FrontMatter | null {
  FRONT.lastIndex = 0;
  const m = FRONT.exec(text);
  if (!m) return null;
  const block = m[1]!;
  const blockStart = m[0].indexOf(block);
  const bib = yamlValue(block, 'bibliography');
  const nocite: FrontMatter['nocite'] = [];
  const value = yamlValue(block, 'nocite');
  if (value) {
    for (const k of value.text.matchAll(/@([^\s,;'"\]]+)/g)) {
      if (k[1] === '*') continue;
      const start = blockStart + value.offset + k.index;
      nocite.push({ key: k[1]!, range: { start, end: start + k[0].length } });
    }
  }
  return {
    range: { start: 0, end: m[0].length },
    bibliography: bib ? bibliographyFiles(bib.text) : [],
    nocite,
  };
}
