import type { CslItem, CslName } from '../../model/csl.js';
import type { Draft } from '../types.js';

/**
 * GB/T 7714 entries are printed with their element marks in more than one way: the 2015 examples use
 * half-width marks with a space after them (`北京: 中华书局, 2012: 35.`), GB/T 7714—2025 and many journals
 * full-width ones (`北京：中华书局，2012：35.`, `2013（1）：56-75`), and exports from databases none of the
 * spaces (`杨洪升.四库馆私家抄校书考略[J].文献,2013(1):56-75.`). The entry parser reads one spelling:
 * this module rewrites an entry into it, keeping a map back to the string as printed, and afterwards
 * gives every value its printed form again — a Chinese title keeps its `：` and `（）`.
 */

// What may stand before a stop that ends an element with no space after it: a Chinese character, the
// type code's bracket, a closing bracket or title mark.
const STOP_AFTER = /[\u3400-\u9fff\]）)》”]/u;

/** Whether the scan below would change anything: full-width marks, or a stop or colon with no space after it. */
function needsWork(s: string): boolean {
  if (FULL_WIDTH.test(s)) return true;
  return gluedAt(s, '.') || gluedAt(s, ':') || gluedAt(s, '．');
}

const FULL_WIDTH = /[，：（）]/;

function gluedAt(s: string, mark: string): boolean {
  for (let i = s.indexOf(mark, 1); i !== -1 && i + 1 < s.length; i = s.indexOf(mark, i + 1)) {
    const next = s.charCodeAt(i + 1);
    if (next !== 0x20 && (isHan(s.charCodeAt(i - 1)) || isHan(next))) return true;
  }
  return false;
}

const isHan = (c: number) => (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);
const hanAt = (s: string, i: number) => i >= 0 && i < s.length && isHan(s.charCodeAt(i));

export interface Canonical {
  text: string;
  /** `map[i]` is the index in the printed entry of `text[i]`; `map[text.length]` its length. */
  map: Int32Array;
}

/** Half-width marks with their space; null when the entry already reads that way. */
export function canonicalGbt(s: string): Canonical | null {
  if (!needsWork(s)) return null;
  let out = '';
  const map: number[] = [];
  let changed = false;
  const push = (t: string, at: number) => {
    out += t;
    for (let k = 0; k < t.length; k++) map.push(at);
  };
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    const next = s[i + 1] ?? '';
    if (c === '，' || c === '：') {
      push(c === '，' ? ',' : ':', i);
      if (next && !/\s/.test(next)) push(' ', i);
      changed = true;
    } else if (c === ':' && next && !/[\s/]/.test(next) && i > 0 && (hanAt(s, i - 1) || hanAt(s, i + 1))) {
      // `北京:人民出版社`, `资本论:第1卷`: a half-width colon with no space, between Chinese words.
      push(': ', i);
      changed = true;
    } else if (c === '（' || c === '）') {
      push(c === '（' ? '(' : ')', i);
      changed = true;
    } else if (
      (c === '.' || c === '．') &&
      next &&
      !/[\s.,/]/.test(next) &&
      i > 0 &&
      (STOP_AFTER.test(s[i - 1]!)
        ? hanAt(s, i + 1) || /[[(（A-Za-z\d"“‘'《]/.test(next)
        : /\d/.test(s[i - 1]!) && (hanAt(s, i + 1) || /["“‘《]/.test(next)))
    ) {
      // `杨洪升.四库…[J].文献`, `陈龙."数字控制"…`, and an author-year entry's `杨念群,1998.再造…`.
      push('.', i);
      push(' ', i);
      changed = true;
    } else push(c, i);
  }
  if (!changed) return null;
  map.push(s.length);
  return { text: out, map: Int32Array.from(map) };
}

/** `text.slice(start, end)` as printed. */
function printed(source: string, c: Canonical, start: number, end: number): string {
  return source.slice(c.map[start], c.map[end - 1]! + 1);
}

/**
 * Gives the values read from the canonical text their printed spelling, and moves the draft's spans
 * back onto the printed entry. A value the parser built rather than cut out (normalised pages, a volume
 * number) is not found and stays as it is.
 */
export function restorePrinted(draft: Draft, source: string, c: Canonical, base: number): void {
  const it = draft.item as CslItem & Record<string, unknown>;
  let from = 0;
  const back = (v: string): string => {
    if (!v) return v;
    let k = c.text.indexOf(v, from);
    if (k === -1) k = c.text.indexOf(v);
    if (k === -1) return v;
    from = k + v.length;
    return printed(source, c, k, k + v.length);
  };
  const names = (list: CslName[] | undefined) => {
    for (const n of list ?? []) {
      if (n.literal) n.literal = back(n.literal);
      if (n.family && hanAt(n.family, 0)) n.family = back(n.family);
    }
  };
  names(it.author);
  for (const f of ['title', 'container-title']) if (typeof it[f] === 'string') it[f] = back(it[f]);
  names(it.editor);
  names(it.translator);
  from = 0;
  for (const f of ['publisher-place', 'publisher', 'volume', 'edition', 'number'])
    if (typeof it[f] === 'string') it[f] = back(it[f]);
  for (const span of Object.values(draft.spans)) {
    const s = span.start - base;
    const e = span.end - base;
    if (s >= 0 && e <= c.text.length && e > s) {
      span.start = base + c.map[s]!;
      span.end = base + c.map[e - 1]! + 1;
    }
  }
  if (draft.locatorRaw) {
    const k = c.text.indexOf(draft.locatorRaw);
    if (k !== -1) draft.locatorRaw = printed(source, c, k, k + draft.locatorRaw.length);
  }
}
