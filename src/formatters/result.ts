import { render, UI, type UiLang } from '../i18n/index.js';
import type { ArticleRow } from '../model/issue.js';
import type { Analysis } from '../model/rule.js';
import type { FileResult, RunInfo } from '../model/result.js';

/** The counts of a set of files: an article row's, summed, with the number of files. */
export interface Summary extends Omit<ArticleRow, 'path'> {
  files: number;
}

export function summarize(results: FileResult[]): Summary {
  const s: Summary = {
    files: results.length,
    notes: 0,
    entries: 0,
    citations: 0,
    works: 0,
    errors: 0,
    warnings: 0,
    infos: 0,
  };
  for (const r of results) {
    s.notes += r.analysis.doc.notes.length;
    s.entries += r.analysis.doc.entries.length;
    s.citations += r.analysis.citations.length;
    s.works += r.analysis.works.length;
    for (const d of r.diagnostics) {
      if (d.severity === 'error') s.errors++;
      else if (d.severity === 'warning') s.warnings++;
      else s.infos++;
    }
  }
  return s;
}

/** One article's row of the issue summary table. */
export function articleRow(r: FileResult): ArticleRow {
  const s = summarize([r]);
  return {
    path: r.path,
    notes: s.notes,
    entries: s.entries,
    citations: s.citations,
    works: s.works,
    errors: s.errors,
    warnings: s.warnings,
    infos: s.infos,
  };
}

/** The summary of DESIGN.md's JSON from the articles' rows (equal to `summarize` of their results). */
export function summaryOfRows(rows: ArticleRow[]): Summary {
  const s: Summary = {
    files: rows.length,
    notes: 0,
    entries: 0,
    citations: 0,
    works: 0,
    errors: 0,
    warnings: 0,
    infos: 0,
  };
  for (const r of rows) {
    s.notes += r.notes;
    s.entries += r.entries;
    s.citations += r.citations;
    s.works += r.works;
    s.errors += r.errors;
    s.warnings += r.warnings;
    s.infos += r.infos;
  }
  return s;
}

/** Findings of the whole run by severity: the files' and those across articles. */
export function totals(
  results: FileResult[] | Summary,
  run: RunInfo = {},
): { errors: number; warnings: number; infos: number } {
  const s = Array.isArray(results) ? summarize(results) : results;
  const t = { errors: s.errors, warnings: s.warnings, infos: s.infos };
  for (const d of run.issue?.diagnostics ?? []) {
    if (d.severity === 'error') t.errors++;
    else if (d.severity === 'warning') t.warnings++;
    else t.infos++;
  }
  return t;
}

/** The norm as the reports name it: `cass (detected)`, `cass`, or that none was recognised. */
export function normText(a: Pick<Analysis, 'norm' | 'normDetected'>, lang: UiLang): string {
  if (!a.norm) return render(UI.noNorm, lang);
  return a.normDetected ? render(UI.normDetected, lang, { norm: a.norm.id }) : a.norm.id;
}
