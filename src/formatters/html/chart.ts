import type { Severity } from '../../model/diagnostic.js';
import { esc } from './escape.js';

export interface Bar {
  label: string;
  /** Shown as a tooltip and kept in `data-key` (a full path when the label is shortened). */
  key: string;
  /** Counts per severity, drawn stacked in this order. */
  parts: Array<{ severity: Severity; count: number }>;
}

/** What a chart says besides its bars, in the report's language. */
export interface ChartText {
  title: string;
  /** What the bars stand for (the rules, the articles), written above their labels. */
  barAxis: string;
  /** What the bars' lengths count, written under the scale. */
  countAxis: string;
  /** The name of each severity, for the legend and the tooltips. */
  severities: Record<Severity, string>;
  /** Shown instead of the chart when no bar has a finding. */
  empty: string;
}

const ROW = 22;
const LABEL_W = 230;
const BAR_W = 380;
const TOP = 22;
const BOTTOM = 40;

/**
 * A horizontal stacked bar chart as inline SVG (no script, no external font): one row per bar, the total
 * written after the bar, a scale with its ticks under the bars and the name of each axis; a legend of
 * the severities' colours under it. Bars are scaled to the largest total.
 */
export function barChart(text: ChartText, bars: Bar[], id: string): string {
  const caption = `<figcaption>${esc(text.title)}</figcaption>`;
  if (!bars.some((b) => total(b) > 0)) return `<figure class="chart">${caption}<p>${esc(text.empty)}</p></figure>`;
  const max = Math.max(1, ...bars.map((b) => total(b)));
  const height = TOP + bars.length * ROW + BOTTOM;
  const width = LABEL_W + BAR_W + 60;
  const rows = bars.map((b, k) => {
    const y = TOP + k * ROW;
    let x = LABEL_W;
    const rects = b.parts
      .filter((p) => p.count > 0)
      .map((p) => {
        const w = (p.count / max) * BAR_W;
        const r = `<rect class="bar sev-${p.severity}" x="${x.toFixed(1)}" y="${y + 3}" width="${Math.max(w, 1).toFixed(1)}" height="${ROW - 6}"><title>${esc(`${b.key}, ${text.severities[p.severity]}: ${p.count}`)}</title></rect>`;
        x += w;
        return r;
      })
      .join('');
    const label = b.label.length > 32 ? `…${b.label.slice(-31)}` : b.label;
    return `<g class="row" data-key="${esc(b.key)}" data-count="${total(b)}"><text x="${LABEL_W - 6}" y="${y + ROW / 2 + 4}" text-anchor="end">${esc(label)}<title>${esc(b.key)}</title></text>${rects}<text class="total" x="${(x + 4).toFixed(1)}" y="${y + ROW / 2 + 4}">${total(b)}</text></g>`;
  });
  const axes =
    `<text class="axis-title" x="${LABEL_W - 6}" y="14" text-anchor="end">${esc(text.barAxis)}</text>` +
    scale(max, TOP + bars.length * ROW) +
    `<text class="axis-title" x="${LABEL_W + BAR_W / 2}" y="${height - 4}" text-anchor="middle">${esc(text.countAxis)}</text>`;
  const svg = `<svg id="${esc(id)}" xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${esc(text.title)}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${rows.join('')}${axes}</svg>`;
  return `<figure class="chart">${caption}${svg}${legend(text)}</figure>`;
}

/** The count scale under the bars: a line, and ticks at whole numbers (at most five steps). */
function scale(max: number, y: number): string {
  const step = Math.max(1, Math.ceil(max / 5));
  const ticks: string[] = [];
  for (let v = 0; v <= max; v += step) {
    const x = (LABEL_W + (v / max) * BAR_W).toFixed(1);
    ticks.push(
      `<line class="tick" x1="${x}" y1="${y}" x2="${x}" y2="${y + 4}"/><text class="tick" x="${x}" y="${y + 16}" text-anchor="middle">${v}</text>`,
    );
  }
  return `<g class="scale"><line class="axis" x1="${LABEL_W}" y1="${y}" x2="${LABEL_W + BAR_W}" y2="${y}"/>${ticks.join('')}</g>`;
}

function legend(text: ChartText): string {
  const items = (['error', 'warning', 'info'] as const).map(
    (s) => `<li><span class="swatch sev-${s}" aria-hidden="true"></span>${esc(text.severities[s])}</li>`,
  );
  return `<ul class="legend">${items.join('')}</ul>`;
}

function total(b: Bar): number {
  return b.parts.reduce((n, p) => n + p.count, 0);
}
