import { esc } from './escape.js';

export interface Bar {
  label: string;
  /** Shown as a tooltip and kept in `data-key` (a full path when the label is shortened). */
  key: string;
  /** Counts per severity, drawn stacked in this order. */
  parts: Array<{ severity: 'error' | 'warning' | 'info'; count: number }>;
}

const ROW = 22;
const LABEL_W = 230;
const BAR_W = 380;

/**
 * A horizontal stacked bar chart as inline SVG (no script, no external font): one row per bar,
 * the total written after the bar. Bars are scaled to the largest total.
 */
export function barChart(title: string, bars: Bar[], id: string): string {
  const max = Math.max(1, ...bars.map((b) => total(b)));
  const height = Math.max(1, bars.length) * ROW + 8;
  const width = LABEL_W + BAR_W + 60;
  const rows = bars.map((b, k) => {
    const y = 4 + k * ROW;
    let x = LABEL_W;
    const rects = b.parts
      .filter((p) => p.count > 0)
      .map((p) => {
        const w = (p.count / max) * BAR_W;
        const r = `<rect class="bar sev-${p.severity}" x="${x.toFixed(1)}" y="${y + 3}" width="${Math.max(w, 1).toFixed(1)}" height="${ROW - 6}"><title>${esc(`${b.key}: ${p.count} ${p.severity}`)}</title></rect>`;
        x += w;
        return r;
      })
      .join('');
    const label = b.label.length > 32 ? `…${b.label.slice(-31)}` : b.label;
    return `<g class="row" data-key="${esc(b.key)}" data-count="${total(b)}"><text x="${LABEL_W - 6}" y="${y + ROW / 2 + 4}" text-anchor="end">${esc(label)}<title>${esc(b.key)}</title></text>${rects}<text class="total" x="${(x + 4).toFixed(1)}" y="${y + ROW / 2 + 4}">${total(b)}</text></g>`;
  });
  return `<figure class="chart"><figcaption>${esc(title)}</figcaption><svg id="${esc(id)}" xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${esc(title)}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${rows.join('')}</svg></figure>`;
}

function total(b: Bar): number {
  return b.parts.reduce((n, p) => n + p.count, 0);
}
