/**
 * Bracket-aware helpers: titles may contain `，` `：` and nested marks (`《马克思与〈资本论〉》`), so
 * splitting must skip what is inside 《》 “” （） and friends.
 */
const PAIRS: Record<string, string> = { '《': '》', '〈': '〉', '“': '”', '‘': '’', '「': '」', '『': '』', '（': '）', '(': ')', '[': ']', '〔': '〕', '【': '】' };
const OPENERS = new Set(Object.keys(PAIRS));
const CLOSERS = new Set(Object.values(PAIRS));

/** Index of the closing mark that balances the opener at `start`, or -1. */
export function closeOf(s: string, start: number): number {
  const open = s[start]!;
  const close = PAIRS[open];
  if (!close) return -1;
  let depth = 0;
  for (let i = start; i < s.length; i++) {
    const c = s[i];
    if (c === open && open !== close) depth++;
    else if (c === close) {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}

export interface Piece {
  text: string;
  start: number;
}

/** Splits at any of `seps` that stands outside brackets and quotes; pieces are trimmed, offsets kept. */
export function splitTop(s: string, seps: string, base = 0): Piece[] {
  const out: Piece[] = [];
  let depth = 0;
  let from = 0;
  const push = (end: number) => {
    const raw = s.slice(from, end);
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    if (text) out.push({ text, start: base + from + lead });
  };
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (OPENERS.has(c)) depth++;
    else if (depth > 0 && CLOSERS.has(c)) depth--;
    else if (depth === 0 && seps.includes(c)) {
      push(i);
      from = i + 1;
    }
  }
  push(s.length);
  return out;
}

/** First index of `ch` outside brackets, or -1. */
export function indexTop(s: string, chars: string, from = 0): number {
  let depth = 0;
  for (let i = from; i < s.length; i++) {
    const c = s[i]!;
    if (depth === 0 && chars.includes(c)) return i;
    if (OPENERS.has(c)) depth++;
    else if (depth > 0 && CLOSERS.has(c)) depth--;
  }
  return -1;
}
