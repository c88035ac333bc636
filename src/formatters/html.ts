import { placeName } from '../notes/places.js';
import { HTML_UI } from '../i18n/html.js';
import { list, render, UI, type UiLang } from '../i18n/index.js';
import type { Diagnostic, Form, Severity } from '../model/diagnostic.js';
import type { Range } from '../model/location.js';
import type { FileResult, RunInfo } from '../model/result.js';
import type { InputFailure, IssueForm, IssueReport } from '../model/issue.js';
import { normText, placesNotNamed, summarize } from './result.js';
import type { Formatter, FormatOptions } from './formatter.js';
import { CSS, SCRIPT } from './html/assets.js';
import { detectLang } from '../parse/lang.js';
import { barChart, type Bar, type ChartText } from './html/chart.js';
import { esc, escText, jsonForScript } from './html/escape.js';
import type { Span } from './html/highlight.js';
import { noteHtml } from './html/note-text.js';

const SEVERITIES: Severity[] = ['error', 'warning', 'info'];

interface Place {
  id: string;
  label: string;
  /** The text shown (a note without its label). */
  range: Range;
  /** The whole line, label included: a finding pointing at the label belongs to the note. */
  outer: Range;
  /** Set when the place is in the other language than the report's (read aloud in its own). */
  lang: UiLang | null;
}

/**
 * One self-contained page for an issue: the summary table, charts of findings by rule and by article,
 * the filter, then each article's findings and its notes with the findings marked in place. Nothing is
 * loaded from elsewhere (a Content-Security-Policy forbids it), and every piece of manuscript text is
 * escaped.
 */
export function formatHtml(results: FileResult[], run: RunInfo, options: FormatOptions): string {
  const { lang } = options;
  const version = options.version ?? '';
  const t = (m: keyof typeof HTML_UI, data?: Record<string, unknown>) => esc(render(HTML_UI[m], lang, data));
  // Diagnostics are numbered across the page; the filter script knows each one's rule, severity and file.
  const table: Array<[string, Severity, number]> = [];
  const numbered = results.map((r, fi) =>
    r.diagnostics.map((d) => ({ d, k: table.push([d.ruleId, d.severity, fi]) - 1 })),
  );

  const total = summarize(results);
  const head =
    `<!DOCTYPE html><html lang="${lang === 'zh' ? 'zh-CN' : 'en'}"><head><meta charset="utf-8">` +
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1"><title>${t('title')}</title><style>${CSS}</style></head><body><main>`;
  const parts = [
    head,
    `<h1>${t('title')}</h1>`,
    summaryTable(results, t, total),
    charts(results, lang),
    filters(table, t, lang),
  ];
  if (run.issue) parts.push(acrossArticles(run.issue, t, lang));
  if (run.unreadable?.length) parts.push(unreadable(run.unreadable, lang));
  results.forEach((r, fi) => parts.push(article(r, fi, numbered[fi]!, t, lang)));
  parts.push(`</main><footer>${t('generated', { version })}</footer>`);
  parts.push(
    `<script type="application/json" id="ca-data">${jsonForScript({ diagnostics: table })}</script><script>${SCRIPT}</script></body></html>\n`,
  );
  return parts.join('\n');
}

type T = (m: keyof typeof HTML_UI, data?: Record<string, unknown>) => string;

const COLUMNS = ['notes', 'entries', 'citations', 'works', 'errors', 'warnings', 'infos'] as const;

function summaryTable(results: FileResult[], t: T, total: ReturnType<typeof summarize>): string {
  const header = `<tr><th>${t('file')}</th><th>${t('norm')}</th>${COLUMNS.map((c) => `<th>${t(c)}</th>`).join('')}<th>${t('findings')}</th></tr>`;
  const rows = results.map((r, fi) => {
    const s = summarize([r]);
    return (
      `<tr data-file="${fi}"><td><a href="#file-${fi}">${esc(r.path)}</a></td><td>${esc(r.analysis.norm?.id ?? t('noNorm'))}</td>` +
      COLUMNS.map((c) => `<td class="n" data-k="${c}">${s[c]}</td>`).join('') +
      `<td class="n" data-file-shown="${fi}">${r.diagnostics.length}</td></tr>`
    );
  });
  const foot =
    `<tr data-file="total"><td>${t('total')}</td><td></td>${COLUMNS.map((c) => `<td class="n" data-k="${c}">${total[c]}</td>`).join('')}` +
    `<td class="n" id="shown-count" data-shown-total>${total.errors + total.warnings + total.infos}</td></tr>`;
  return `<section id="summary"><h2>${t('summary')}</h2><table><thead>${header}</thead><tbody>${rows.join('')}</tbody><tfoot>${foot}</tfoot></table></section>`;
}

/** Findings about the set of articles (each named once, with the articles and notes of each form); outside the per-file filter counts. */
function acrossArticles(issue: IssueReport, t: T, lang: UiLang): string {
  const items = issue.diagnostics.map((d) => {
    const forms = formsHtml((d.data.forms as IssueForm[] | undefined) ?? [], lang);
    return `<li class="issue-finding" data-rule="${esc(d.ruleId)}" data-severity="${d.severity}"><span class="badge sev-${d.severity}">${esc(render(UI[d.severity], lang))}</span> ${escText(d.message, lang)} <code>${esc(d.ruleId)}</code>${forms}</li>`;
  });
  const body = items.length
    ? `<ul class="findings">${items.join('')}</ul>`
    : `<p>${esc(render(UI.noIssueProblems, lang))}</p>`;
  return `<section id="across-articles"><h2>${esc(render(UI.acrossArticles, lang))}</h2>${body}</section>`;
}

function unreadable(failures: InputFailure[], lang: UiLang): string {
  const items = failures.map((f) => `<li><code>${esc(f.path)}</code>: ${esc(f.message)}</li>`).join('');
  return `<section id="unreadable"><h2>${esc(render(UI.unreadable, lang, { count: failures.length }))}</h2><ul>${items}</ul></section>`;
}

function countBySeverity(ds: Diagnostic[]): Bar['parts'] {
  return SEVERITIES.map((severity) => ({ severity, count: ds.filter((d) => d.severity === severity).length }));
}

function charts(results: FileResult[], lang: UiLang): string {
  const byRule = new Map<string, Diagnostic[]>();
  for (const r of results)
    for (const d of r.diagnostics) {
      let list = byRule.get(d.ruleId);
      if (!list) byRule.set(d.ruleId, (list = []));
      list.push(d);
    }
  const ruleBars = [...byRule.entries()]
    .sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]))
    .map(([rule, ds]) => ({ label: rule, key: rule, parts: countBySeverity(ds) }));
  const fileBars = results.map((r) => ({
    label: r.path.split(/[\\/]/).slice(-2).join('/'),
    key: r.path,
    parts: countBySeverity(r.diagnostics),
  }));
  // Texts go in unescaped: the chart escapes what it prints.
  const text = (title: keyof typeof HTML_UI, barAxis: keyof typeof HTML_UI): ChartText => ({
    title: render(HTML_UI[title], lang),
    barAxis: render(HTML_UI[barAxis], lang),
    countAxis: render(HTML_UI.findingCount, lang),
    severities: {
      error: render(HTML_UI.errors, lang),
      warning: render(HTML_UI.warnings, lang),
      info: render(HTML_UI.infos, lang),
    },
    empty: render(HTML_UI.noFindings, lang),
  });
  return `<section class="charts">${barChart(text('byRule', 'rule'), ruleBars, 'chart-rules')}${barChart(text('byFile', 'article'), fileBars, 'chart-files')}</section>`;
}

function filters(table: Array<[string, Severity, number]>, t: T, lang: UiLang): string {
  const counts = new Map<string, number>();
  for (const [rule] of table) counts.set(rule, (counts.get(rule) ?? 0) + 1);
  const sev = SEVERITIES.map(
    (s) =>
      `<label><input type="checkbox" name="severity" value="${s}" checked> <span class="badge sev-${s}">${esc(render(UI[s], lang))}</span></label>`,
  ).join('');
  const rules = [...counts.entries()]
    .sort((a, b) => a[0].localeCompare(b[0]))
    .map(([r, n]) => `<label><input type="checkbox" name="rule" value="${esc(r)}" checked> ${esc(r)} (${n})</label>`)
    .join('');
  return (
    `<form id="filters"><fieldset><legend>${t('severity')}</legend>${sev}</fieldset>` +
    `<fieldset><legend>${t('rule')}</legend>${rules}<button type="button" data-rules="all">${t('all')}</button><button type="button" data-rules="none">${t('none')}</button></fieldset>` +
    `<div>${shownLine(t, table.length)}</div></form>`
  );
}

function shownLine(t: T, totalCount: number): string {
  // The count is a live element the script updates; the rest of the sentence comes from the catalogue.
  // The marker is a private-use character, which escaping keeps (a control character it would show).
  const marker = '\ue000';
  return t('shown', { shown: marker, total: totalCount }).replace(
    marker,
    `<output id="shown-live" data-shown-total>${totalCount}</output>`,
  );
}

function article(r: FileResult, fi: number, ds: Array<{ d: Diagnostic; k: number }>, t: T, lang: UiLang): string {
  const { doc } = r.analysis;
  const s = summarize([r]);
  const place = (id: string, range: Range, outer: Range): Place => {
    const own = detectLang(doc.text.slice(range.start, range.end));
    return { id, label: placeName(r.analysis, id, lang), range, outer, lang: own === lang ? null : own };
  };
  const places: Place[] = [
    ...doc.notes.map((n) => place(n.id, n.range, n.lineRange)),
    ...doc.entries.map((e) => place(e.id, e.range, e.range)),
  ].sort((a, b) => a.outer.start - b.outer.start);
  const spans = spansByPlace(r, places, ds);
  const findings =
    ds.length === 0
      ? `<p class="empty">${t('noFindings')}</p>`
      : `<ul class="findings">${ds.map(({ d, k }) => finding(r, fi, d, k, lang)).join('')}</ul>`;
  const markdown = doc.format === 'markdown';
  const text = places.length
    ? `<div class="places">${places
        .map(
          (p) =>
            `<div class="place" id="f${fi}-${esc(p.id)}"><span class="label">${esc(p.label)}</span><span class="text"${p.lang ? ` lang="${p.lang}"` : ''}>${noteHtml(doc.text, p.range, spans.get(p.id) ?? [], markdown)}</span></div>`,
        )
        .join('')}</div>`
    : `<p class="empty">${t('noPlaces')}</p>`;
  return (
    `<section class="article" id="file-${fi}"><h2>${esc(r.path)}</h2>` +
    `<p>${esc(render(UI.fileSummary, lang, { notes: s.notes, entries: s.entries, citations: s.citations, works: s.works, norm: normText(r.analysis, lang) }))}</p>` +
    `<h3>${t('findings')}</h3>${findings}<h3>${t('text')}</h3>${text}</section>`
  );
}

/** The conflicting forms of a finding, each with its places. */
function formsHtml(forms: ReadonlyArray<{ text: string; places: string[] }>, lang: UiLang): string {
  return forms
    .map((f) => `<div class="forms">“${escText(f.text, lang)}” ${escText(list(f.places, lang), lang)}</div>`)
    .join('');
}

function finding(r: FileResult, fi: number, d: Diagnostic, k: number, lang: UiLang): string {
  const target = d.noteIds[0] ?? d.entryIds[0];
  const where = `${d.line}:${d.column}`;
  const link = target ? `<a href="#f${fi}-${esc(target)}">${where}</a>` : where;
  const places = placesNotNamed(r.analysis, d, lang);
  const forms = formsHtml((d.data.forms as Form[] | undefined) ?? [], lang);
  return `<li class="finding" data-diag="${k}" data-rule="${esc(d.ruleId)}" data-severity="${d.severity}"><span class="badge sev-${d.severity}">${esc(render(UI[d.severity], lang))}</span> ${link} ${escText(d.message, lang)}${places ? ` (${escText(places, lang)})` : ''} <code>${esc(d.ruleId)}</code>${forms}</li>`;
}

/**
 * Where each diagnostic shows in the text: for consistency findings, each of the conflicting forms where
 * it occurs in the places it names; for the others, its own range in the place that contains it.
 */
function spansByPlace(r: FileResult, places: Place[], ds: Array<{ d: Diagnostic; k: number }>): Map<string, Span[]> {
  const out = new Map<string, Span[]>();
  const add = (id: string, s: Span) => {
    let list = out.get(id);
    if (!list) out.set(id, (list = []));
    list.push(s);
  };
  const byId = new Map(places.map((p) => [p.id, p]));
  const text = r.analysis.doc.text;
  for (const { d, k } of ds) {
    const forms = (d.data.forms as Form[] | undefined) ?? [];
    if (forms.length === 0 && d.range.end > d.range.start) {
      const p = containing(places, d.range.start);
      if (p) add(p.id, { start: d.range.start, end: d.range.end, diag: k, severity: d.severity });
    }
    for (const f of forms) {
      if (!f.text) continue;
      for (const id of f.noteIds) {
        const p = byId.get(id);
        if (!p) continue;
        const at = text.slice(p.range.start, p.range.end).indexOf(f.text);
        if (at !== -1)
          add(id, {
            start: p.range.start + at,
            end: p.range.start + at + f.text.length,
            diag: k,
            severity: d.severity,
          });
      }
    }
  }
  return out;
}

/** The place whose range holds `offset` (places sorted by start): binary search. */
function containing(places: Place[], offset: number): Place | null {
  let lo = 0;
  let hi = places.length - 1;
  let best = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (places[mid]!.outer.start <= offset) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  const p = best === -1 ? null : places[best]!;
  return p && offset < p.outer.end ? p : null;
}

export default { meta: { id: 'html', machine: true }, format: formatHtml } satisfies Formatter;
