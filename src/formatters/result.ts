import { list, render, UI, type UiLang } from '../i18n/index.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { placeName } from '../notes/places.js';
import type { ArticleRow } from '../model/issue.js';
import type { Analysis } from '../model/rule.js';
import type { FileResult, RunInfo } from '../model/result.js';

/** The counts of a set of files: an article row's, summed, with the number of files. */
export interface Summary extends Omit<ArticleRow, 'path'> {
  files: number;
}

/** Findings by severity, added to `into`. */
type SeverityCounts = Pick<Summary, 'errors' | 'warnings' | 'infos'>;
function countSeverities(diagnostics: ReadonlyArray<{ severity: string }>, into: SeverityCounts): SeverityCounts {
  for (const d of diagnostics) {
    if (d.severity === 'error') into.errors++;
    else if (d.severity === 'warning') into.warnings++;
    else into.infos++;
  }
  return into;
}

export function summarize(results: FileResult[]): Summary {
  return summaryOfRows(results.map(articleRow));
}

/** One article's row of the issue summary table. */
export function articleRow(r: FileResult): ArticleRow {
  const a = r.analysis;
  return {
    path: r.path,
    notes: a.doc.notes.length,
    entries: a.doc.entries.length,
    citations: a.citations.length,
    works: a.works.length,
    ...countSeverities(r.diagnostics, { errors: 0, warnings: 0, infos: 0 }),
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
  return countSeverities(run.issue?.diagnostics ?? [], { errors: s.errors, warnings: s.warnings, infos: s.infos });
}

/** The norm as the reports name it: `cass (detected)`, `cass`, or that none was recognised. */
export function normText(a: Pick<Analysis, 'norm' | 'normDetected'>, lang: UiLang): string {
  if (!a.norm) return render(UI.noNorm, lang);
  return a.normDetected ? render(UI.normDetected, lang, { norm: a.norm.id }) : a.norm.id;
}

/**
 * The places of a finding whose message does not name them, as a list in the reader's language
 * (`第2页注①、第2页注⑥`, `note ① on p. 2, note ⑥ on p. 2`); empty when the message names them itself.
 */
export function placesNotNamed(a: Analysis, d: Diagnostic, lang: UiLang): string {
  if ('place' in d.data || 'places' in d.data || 'forms' in d.data) return '';
  return list(
    [...d.noteIds, ...d.entryIds].map((id) => placeName(a, id, lang)),
    lang,
  );
}
