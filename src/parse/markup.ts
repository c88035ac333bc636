/**
 * Markdown and HTML residue in citation strings: `<sup>st</sup>` is text (`21st`), `<https://…>` is a
 * URL. The parsers work on the cleaned string; `map` takes their offsets back to the string as given,
 * so spans point at what the author typed.
 *
 * Emphasis (`*Title*`, `_Title_`) is deliberately left in: in English it is the one reliable cue that
 * separates a title or container from the elements around it. The English parsers strip it from values.
 */
export interface Cleaned {
  text: string;
  /** `map[i]` is the index in the source of `text[i]`; `map[text.length]` is the source's length. Null when nothing was removed. */
  map: Int32Array | null;
}

const TAG = /<\/?(?:sup|sub|i|em|b|strong|u)>|<((?:https?|ftp):\/\/[^>\s]+)>/gi;

export function stripMarkup(s: string): Cleaned {
  if (s.indexOf('<') === -1) return { text: s, map: null };
  TAG.lastIndex = 0;
  let out = '';
  const map: number[] = [];
  let from = 0;
  for (let m = TAG.exec(s); m; m = TAG.exec(s)) {
    out += s.slice(from, m.index);
    for (let k = from; k < m.index; k++) map.push(k);
    if (m[1]) {
      out += m[1];
      for (let k = 0; k < m[1].length; k++) map.push(m.index + 1 + k);
    }
    from = m.index + m[0].length;
  }
  if (from === 0) return { text: s, map: null };
  out += s.slice(from);
  for (let k = from; k < s.length; k++) map.push(k);
  map.push(s.length);
  return { text: out, map: Int32Array.from(map) };
}

// A run of emphasis markers around a span of text, as Markdown writes titles: `*Title*`, `**Title**`, `_Title_`.
const EMPHASIS = /(^|[^\w*])[*_]{1,2}([^*_]+?)[*_]{1,2}(?=$|[^\w*])/g;

/** The text with Markdown emphasis markers removed (`*Capital*` → `Capital`). */
export function unemphasize(s: string): string {
  if (s.indexOf('*') === -1 && s.indexOf('_') === -1) return s;
  return s.replace(EMPHASIS, '$1$2');
}
