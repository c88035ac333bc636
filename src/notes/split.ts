import type { Range } from '../model/location.js';
import { PAIRS } from '../parse/scan.js';

export interface Segment {
  text: string;
  /** Range within the string that was split. */
  range: Range;
}

// A note may also hold an HTML tag (`<sup>`), whose inside is no place to split either.
const OPEN: Readonly<Record<string, string>> = { ...PAIRS, '<': '>' };
const CLOSERS = new Set(Object.values(OPEN));

// `…，第100页，转引自王五：《书》…`, `…, p. 706, quoted in David Harvey, …`: the source a citation was taken
// from is a second citation, and keeps its signal.
const CHAIN = /^\s*(?:转引自|(?:quoted|cited) in\s)/u;

/**
 * Splits a note into its citations at `；` / `;` that stand outside titles, quotes, brackets and
 * italics, and before a `转引自` / `quoted in` chain. The closing `。` of each citation is left out of
 * its text; offsets stay exact.
 */
export function splitNote(text: string): Segment[] {
  const segments: Segment[] = [];
  const chained = text.indexOf('转引自') > 0 || text.indexOf(' quoted in ') !== -1 || text.indexOf(' cited in ') !== -1;
  // Most notes hold one citation: without a semicolon or a chain there is nothing to split.
  if (text.indexOf('；') === -1 && text.indexOf(';') === -1 && !chained) {
    let s = 0;
    let e = text.length;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /[\s。；;]/.test(text[e - 1]!)) e--;
    if (e > s) segments.push({ text: text.slice(s, e), range: { start: s, end: e } });
    return segments;
  }
  const stack: string[] = [];
  let italic = false;
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /[\s。；;]/.test(text[e - 1]!)) e--;
    if (e > s) segments.push({ text: text.slice(s, e), range: { start: s, end: e } });
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '"') {
      // A straight double quote opens or closes depending on what is open.
      if (stack[stack.length - 1] === '"') stack.pop();
      else stack.push('"');
      continue;
    }
    if (ch === '*' || (ch === '_' && (i === 0 || /[\s(（,，]/.test(text[i - 1]!))) || (ch === '_' && italic)) {
      if (ch === '*' && text[i + 1] === '*') i++;
      italic = !italic;
      continue;
    }
    const close = OPEN[ch];
    if (close) {
      stack.push(close);
      continue;
    }
    if (CLOSERS.has(ch)) {
      const at = stack.lastIndexOf(ch);
      if (at !== -1) stack.length = at;
      continue;
    }
    if ((ch === '；' || ch === ';') && stack.length === 0 && !italic) {
      push(i);
      start = i + 1;
    } else if (
      chained &&
      (ch === '，' || ch === ',') &&
      stack.length === 0 &&
      !italic &&
      CHAIN.test(text.slice(i + 1, i + 14))
    ) {
      push(i);
      start = i + 1;
    }
  }
  push(text.length);
  return segments;
}
