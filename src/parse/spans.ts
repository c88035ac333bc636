import type { CslItem, CslName } from '../model/csl.js';

export type Span = { start: number; end: number };

/**
 * Makes the parsers' spans trustworthy. Form parsers record spans where it is cheap for them, in the
 * coordinates of the cleaned string they were given; here every span is taken back to the string as
 * printed (prefix, label, markup included), checked against the value it claims to hold, and where it
 * is missing or wrong, found again by searching the value in its expected neighbourhood. A span that
 * cannot be found is dropped: no span is better than one that points at the wrong words.
 */
export function settleSpans(
  clean: string,
  toSource: (i: number) => number,
  item: CslItem,
  given: Record<string, Span>,
  locatorRaw: string | null,
): Record<string, Span> {
  const out: Record<string, Span> = {};
  // Everything is found in the cleaned string first, then mapped.
  const put = (field: string, s: Span | null) => {
    if (!s || s.end <= s.start) return;
    out[field] = { start: toSource(s.start), end: toSource(s.end - 1) + 1 };
  };

  const names = (field: 'author' | 'editor' | 'translator', from: number): number => {
    const list = item[field];
    if (!list || list.length === 0) return from;
    const span = nameSpan(clean, list, given[field], from);
    put(field, span);
    return span ? span.end : from;
  };
  const text = (field: string, from: number, value = item[field]): number => {
    if (typeof value !== 'string' || !value) return from;
    const span = valueSpan(clean, value, given[field], from);
    put(field, span);
    return span ? span.end : from;
  };

  let at = names('author', 0);
  if (!item.author) at = names('editor', at);
  at = text('title', at);
  const afterTitle = at;
  if (item.author) names('editor', afterTitle);
  names('translator', afterTitle);
  at = text('container-title', afterTitle);
  at = text('publisher-place', at);
  text('publisher', at);
  text('URL', 0);
  if (locatorRaw) {
    const g = given.locator;
    const ok = g && clean.slice(g.start, g.end) === locatorRaw;
    const k = ok ? g.start : clean.lastIndexOf(locatorRaw);
    if (k !== -1) put('locator', { start: k, end: k + locatorRaw.length });
  }
  return out;
}

// What may stand around a value in print but is not part of it: emphasis, quotes, title marks.
const NOISE = /[*_\s]/g;

function sameText(printed: string, value: string): boolean {
  return printed === value || printed.replace(NOISE, '') === value.replace(NOISE, '');
}

function valueSpan(clean: string, value: string, given: Span | undefined, from: number): Span | null {
  if (given && given.end <= clean.length && sameText(clean.slice(given.start, given.end), value)) return given;
  let k = clean.indexOf(value, from);
  if (k === -1) k = clean.indexOf(value);
  return k === -1 ? null : { start: k, end: k + value.length };
}

/** The stretch from the first printed part of the first name to the last printed part of the last one. */
function nameSpan(clean: string, list: CslName[], given: Span | undefined, from: number): Span | null {
  const first = list[0]!;
  const last = list[list.length - 1]!;
  const firstParts = parts(first);
  const lastParts = parts(last);
  if (firstParts.length === 0 || lastParts.length === 0) return null;
  if (given && given.end <= clean.length) {
    const printed = clean.slice(given.start, given.end);
    if (firstParts.some((p) => printed.includes(p)) && lastParts.some((p) => printed.includes(p))) return given;
  }
  const folded = clean.length === clean.toLowerCase().length ? clean.toLowerCase() : null;
  const find = (p: string, at: number) => {
    let k = clean.indexOf(p, at);
    // GB/T prints family names in capitals (`PEEBLES P Z`) while the item holds `Peebles`.
    if (k === -1 && folded) k = folded.indexOf(p.toLowerCase(), at);
    return k;
  };
  let start = -1;
  for (const p of firstParts) {
    const k = find(p, from);
    if (k !== -1 && (start === -1 || k < start)) start = k;
  }
  if (start === -1) return null;
  let end = -1;
  for (const p of lastParts) {
    const k = find(p, start);
    if (k !== -1 && k + p.length > end) end = k + p.length;
  }
  return end === -1 ? null : { start, end };
}

function parts(n: CslName): string[] {
  const out: string[] = [];
  if (n.literal) out.push(n.literal);
  if (n.family) out.push(n.family);
  if (n.given) out.push(n.given);
  return out;
}
