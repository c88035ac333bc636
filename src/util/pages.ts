/** A page or page range of a locator, numeric pages only (roman numerals are left alone). */
export interface PageSpan {
  text: string;
  from: number;
  to: number;
}

/**
 * Reads `185-186, 186` into spans. An abbreviated end (`288-89`) takes the leading digits of the start,
 * as Chicago prints ranges, so it is not mistaken for a reversed range.
 */
export function pageSpans(locator: string): PageSpan[] | null {
  const spans: PageSpan[] = [];
  for (const part of locator.split(/\s*,\s*/)) {
    const m = /^(\d+)(?:-(\d+))?$/.exec(part);
    if (!m) return null;
    const from = Number(m[1]);
    let to = from;
    if (m[2]) {
      to = Number(m[2]);
      if (m[2].length < m[1]!.length) to = Number(m[1]!.slice(0, m[1]!.length - m[2].length) + m[2]);
    }
    spans.push({ text: part, from, to });
  }
  return spans;
}
