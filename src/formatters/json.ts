import { indentJson } from '../util/json-indent.js';
import { LineIndex } from '../util/locate.js';
import type { FileResult, RunInfo } from '../model/result.js';
import type { Summary } from './result.js';
import { summarize } from './result.js';
import type { Formatter } from './formatter.js';

/**
 * The JSON output contract of DESIGN.md, version 1. Keys and their order are part of the contract. A run
 * adds keys after them, never changing them: `issue` (several articles: a row per article and the
 * findings across articles) and `unreadable` (inputs that could not be read, when there are any).
 */
export function toJsonReport(results: FileResult[], run: RunInfo = {}): object {
  return {
    version: 1,
    files: results.map(fileReport),
    summary: summarize(results),
    ...(run.issue ? { issue: run.issue } : {}),
    ...(run.unreadable?.length ? { unreadable: run.unreadable } : {}),
  };
}

export function fileReport(r: FileResult): object {
  const { doc, norm, citations, works } = r.analysis;
  const lines = new LineIndex(doc.text);
  const markerById = r.analysis.markerById;
  return {
    path: r.path,
    format: doc.format,
    encoding: doc.encoding,
    norm: norm?.id ?? null,
    ...(doc.numbering ? { numbering: doc.numbering } : {}),
    notes: doc.notes.map((n) => ({
      id: n.id,
      label: n.label,
      page: n.page,
      line: lines.position(n.lineRange.start).line,
      text: n.text,
      markers: n.markerIds.map((id) => lines.position(markerById.get(id)!.range.start)),
      ...(n.source ? { source: n.source } : {}),
    })),
    entries: doc.entries.map((e) => ({
      id: e.id,
      label: e.label,
      line: lines.position(e.range.start).line,
      text: e.text,
    })),
    citations: citations.map((c) => ({
      id: c.id,
      noteId: c.noteId,
      entryId: c.entryId,
      raw: c.raw,
      lang: c.lang,
      kind: c.kind,
      prefix: c.prefix,
      workId: c.workId,
      item: c.item,
      locator: c.locator,
    })),
    works: works.map((w) => ({ id: w.id, citationIds: w.citationIds, item: w.item })),
    diagnostics: r.diagnostics.map((d) => ({
      ruleId: d.ruleId,
      severity: d.severity,
      messageId: d.messageId,
      message: d.message,
      line: d.line,
      column: d.column,
      noteIds: d.noteIds,
      entryIds: d.entryIds,
      markerLabels: d.markerLabels,
      data: d.data,
      fix: d.fix,
    })),
  };
}

/**
 * The report is written a file at a time (a check of a thousand articles never holds the whole document
 * as one string): the opening, each file's part, and the closing with the summary. Together they are
 * byte for byte `JSON.stringify(toJsonReport(...), null, 2)`.
 */
export const JSON_OPENING = '{\n  "version": 1,\n  "files": [\n';

/**
 * One element of `files`, indented as it stands in the whole document, as UTF-8: what the report writer
 * writes, or what a worker thread hands over without copying.
 */
export function filePart(r: FileResult): Uint8Array {
  return indentJson(JSON.stringify(fileReport(r)), 2);
}

/** What follows the last file, as UTF-8: the summary and what the run adds (with many articles, a megabyte). */
export function jsonClosing(summary: Summary, run: RunInfo = {}): Uint8Array {
  const rest = {
    summary,
    ...(run.issue ? { issue: run.issue } : {}),
    ...(run.unreadable?.length ? { unreadable: run.unreadable } : {}),
  };
  // The object's opening `{` and line break are cut off: its members follow those of the whole document.
  const members = indentJson(JSON.stringify(rest)).subarray(2);
  return Buffer.concat([Buffer.from('\n  ],\n'), members, Buffer.from('\n')]);
}

export function formatJson(results: FileResult[], run: RunInfo = {}): string {
  if (results.length === 0) return JSON.stringify(toJsonReport(results, run), null, 2) + '\n';
  const decoder = new TextDecoder();
  const parts = results.map((r) => decoder.decode(filePart(r)));
  return JSON_OPENING + parts.join(',\n') + decoder.decode(jsonClosing(summarize(results), run));
}

export default {
  meta: { id: 'json', machine: true },
  format: formatJson,
  stream: { opening: JSON_OPENING, part: filePart, closing: jsonClosing },
} satisfies Formatter;
