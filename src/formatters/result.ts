import type { Diagnostic } from '../model/diagnostic.js';
import type { Analysis } from '../model/rule.js';

/** What a check produced for one file: the input to every formatter. */
export interface FileResult {
  /** The path as the user gave it (relative paths stay relative so reports are portable). */
  path: string;
  analysis: Analysis;
  diagnostics: Diagnostic[];
}

export interface Summary {
  files: number;
  notes: number;
  entries: number;
  citations: number;
  works: number;
  errors: number;
  warnings: number;
  infos: number;
}

export function summarize(results: FileResult[]): Summary {
  const s: Summary = { files: results.length, notes: 0, entries: 0, citations: 0, works: 0, errors: 0, warnings: 0, infos: 0 };
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
