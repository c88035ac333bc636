import type { Range } from '../../model/location.js';
import { esc } from './escape.js';

export interface Span extends Range {
  /** Index of the diagnostic in the page's list. */
  diag: number;
  severity: 'error' | 'warning' | 'info';
}

const RANK = { info: 0, warning: 1, error: 2 } as const;

/**
 * The text of `range` with each span wrapped in `<mark>`; where spans overlap, the text is cut at every
 * boundary and each piece names all the diagnostics covering it (so a filter can turn one off and keep
 * the other). Spans are clipped to `range`.
 */
export function highlight(text: string, range: Range, spans: Span[]): string {
  const inside = spans
    .map((s) => ({ ...s, start: Math.max(s.start, range.start), end: Math.min(s.end, range.end) }))
    .filter((s) => s.end > s.start);
  if (inside.length === 0) return esc(text.slice(range.start, range.end));
  const cuts = [...new Set([range.start, range.end, ...inside.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b);
  let out = '';
  for (let k = 0; k + 1 < cuts.length; k++) {
    const a = cuts[k]!;
    const b = cuts[k + 1]!;
    const piece = esc(text.slice(a, b));
    const covering = inside.filter((s) => s.start <= a && s.end >= b);
    if (covering.length === 0) {
      out += piece;
      continue;
    }
    const worst = covering.reduce<Span['severity']>((w, s) => (RANK[s.severity] > RANK[w] ? s.severity : w), 'info');
    const ids = [...new Set(covering.map((s) => s.diag))].join(' ');
    out += `<mark class="hl sev-${worst}" data-diags="${ids}">${piece}</mark>`;
  }
  return out;
}
