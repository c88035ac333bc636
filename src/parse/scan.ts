/**
 * Bracket-aware helpers: titles may contain `，` `：` and nested marks (`《马克思与〈资本论〉》`), so
 * splitting must skip what is inside 《》 “” （） and friends.
 */
/** Opening mark → its closing mark: the brackets and title marks a splitter must not cut inside. */
export const PAIRS: Readonly<Record<string, string>> = {
  '《': '》',
  '〈': '〉',
  '“': '”',
  '‘': '’',
  '「': '」',
  '『': '』',
  '（': '）',
  '(': ')',
  '[': ']',
  '〔': '〕',
  '【': '】',
};
// One byte per BMP code unit: 1 opens a bracket, 2 closes one. Scanning by code unit keeps these loops
// free of per-character string allocation, which dominated parsing time.
export const BRACKET = new Uint8Array(65536);
for (const [o, c] of Object.entries(PAIRS)) {
  BRACKET[o.charCodeAt(0)] = 1;
  BRACKET[c.charCodeAt(0)] = 2;
}

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
  const c0 = seps.charCodeAt(0);
  const c1 = seps.length > 1 ? seps.charCodeAt(1) : -1;
  const c2 = seps.length > 2 ? seps.charCodeAt(2) : -1;
  let depth = 0;
  let from = 0;
  for (let i = 0; i <= s.length; i++) {
    const code = i < s.length ? s.charCodeAt(i) : -2;
    if (code !== -2) {
      const b = BRACKET[code];
      if (b === 1) {
        depth++;
        continue;
      }
      if (b === 2) {
        if (depth > 0) depth--;
        continue;
      }
      if (depth > 0 || (code !== c0 && code !== c1 && code !== c2)) continue;
    }
    // A piece ends here: trim it without allocating the untrimmed copy.
    let a = from;
    let e = i;
    while (a < e && isSpace(s.charCodeAt(a))) a++;
    while (e > a && isSpace(s.charCodeAt(e - 1))) e--;
    if (e > a) out.push({ text: s.slice(a, e), start: base + a });
    from = i + 1;
  }
  return out;
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x3000 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0xa0;
}

/** First index of any of `chars` outside brackets, or -1. */
export function indexTop(s: string, chars: string, from = 0): number {
  // Nothing to find: the common case for `。` and needs no scan.
  let any = false;
  for (let k = 0; k < chars.length; k++) if (s.indexOf(chars[k]!, from) !== -1) any = true;
  if (!any) return -1;
  const c0 = chars.charCodeAt(0);
  const c1 = chars.length > 1 ? chars.charCodeAt(1) : -1;
  const c2 = chars.length > 2 ? chars.charCodeAt(2) : -1;
  let depth = 0;
  for (let i = from; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (depth === 0 && (code === c0 || code === c1 || code === c2)) return i;
    const b = BRACKET[code];
    if (b === 1) depth++;
    else if (b === 2 && depth > 0) depth--;
  }
  return -1;
}

/** True when `pos` stands outside every bracket and quote of `s`. */
export function isTopLevel(s: string, pos: number): boolean {
  let depth = 0;
  for (let i = 0; i < pos; i++) {
    const b = BRACKET[s.charCodeAt(i)];
    if (b === 1) depth++;
    else if (b === 2 && depth > 0) depth--;
  }
  return depth === 0;
}

/**
 * `s.split(re)` without its cost: V8 builds a fresh sticky copy of the pattern on every regex split.
 * `re` must be global (`g`) and without capturing groups; empty matches are skipped.
 */
export function splitAll(s: string, re: RegExp, limit = Infinity): string[] {
  const out: string[] = [];
  re.lastIndex = 0;
  let from = 0;
  for (let m = re.exec(s); m && out.length < limit - 1; m = re.exec(s)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    out.push(s.slice(from, m.index));
    from = m.index + m[0].length;
  }
  if (out.length < limit) out.push(from === 0 ? s : s.slice(from));
  return out;
}
