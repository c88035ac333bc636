import { render, type UiLang } from '../i18n/index.js';
import type { Citation, Work } from '../model/citation.js';
import type { Diagnostic, Severity, SeveritySetting } from '../model/diagnostic.js';
import type { Entry, Marker, Note } from '../model/document.js';
import type { Range } from '../model/location.js';
import type { Norm } from '../model/norm.js';
import type { Analysis, ReportDescriptor, Rule, RuleContext, RuleVisitors } from '../model/rule.js';
import { LineIndex } from '../util/locate.js';
import { placeName } from '../notes/places.js';

/** What each visitor method of a rule is called with. */
interface Visited {
  Note: Note;
  Marker: Marker;
  Entry: Entry;
  Citation: Citation;
  Work: Work;
}

export interface RunOptions {
  lang: UiLang;
  /** `--rule id=severity` overrides, applied over the norm's defaults. */
  overrides: Record<string, SeveritySetting>;
}

/** Whether a rule belongs to a norm; where no norm is recognised, only the rules of every norm do. */
export function ruleUnder(rule: Rule, norm: Norm | null): boolean {
  const { norms } = rule.meta;
  return norms === 'all' || (norm !== null && norms.includes(norm.id));
}

/** A rule's severity under a norm when nothing sets it: off outside its norms, else its severity under the norm. */
export function defaultSeverity(rule: Rule, norm: Norm | null): SeveritySetting {
  if (!ruleUnder(rule, norm)) return 'off';
  return (norm && rule.meta.severity[norm.id]) ?? rule.meta.severity.default;
}

/** A rule's severity: `--rule` and the configuration first (naming a rule runs it under any norm), else its default. */
export function severityOf(rule: Rule, norm: Norm | null, overrides: Record<string, SeveritySetting>): SeveritySetting {
  return overrides[rule.meta.id] ?? defaultSeverity(rule, norm);
}

/**
 * Runs the enabled rules in one traversal of the analysis. Rules never compute positions: the runner
 * turns each report's range into line and column with one shared index.
 */
export function runRules(analysis: Analysis, rules: Rule[], options: RunOptions): Diagnostic[] {
  const lines = new LineIndex(analysis.doc.text);
  const diagnostics: Diagnostic[] = [];
  const visitors: Array<RuleVisitors> = [];

  for (const rule of rules) {
    const setting = severityOf(rule, analysis.norm, options.overrides);
    if (setting === 'off') continue;
    const severity: Severity = setting;
    const context: RuleContext = {
      analysis,
      doc: analysis.doc,
      norm: analysis.norm,
      place: (id) => placeName(analysis, id, options.lang),
      report: (d) => diagnostics.push(toDiagnostic(rule, severity, d, analysis, lines, options.lang)),
    };
    visitors.push(rule.create(context));
  }

  const each = <K extends keyof Visited>(key: K, items: Array<Visited[K]>) => {
    const fns = visitors.map((v) => v[key] as ((x: Visited[K]) => void) | undefined).filter((f) => f !== undefined);
    if (fns.length === 0) return;
    for (const item of items) for (const fn of fns) fn(item);
  };
  each('Note', analysis.doc.notes);
  each('Marker', analysis.doc.markers);
  each('Entry', analysis.doc.entries);
  each('Citation', analysis.citations);
  each('Work', analysis.works);
  for (const v of visitors) v['Document:exit']?.();

  diagnostics.sort(
    (a, b) => a.range.start - b.range.start || a.ruleId.localeCompare(b.ruleId) || a.message.localeCompare(b.message),
  );
  return diagnostics;
}

function defaultRange(d: ReportDescriptor, a: Analysis): Range {
  if (d.range) return d.range;
  const note = d.noteIds?.[0] && a.noteById.get(d.noteIds[0]);
  if (note) return note.lineRange;
  const entry = d.entryIds?.[0] && a.entryById.get(d.entryIds[0]);
  if (entry) return entry.range;
  const marker = d.markerIds?.[0] && a.markerById.get(d.markerIds[0]);
  if (marker) return marker.range;
  return { start: 0, end: 0 };
}

function toDiagnostic(
  rule: Rule,
  severity: Severity,
  d: ReportDescriptor,
  a: Analysis,
  lines: LineIndex,
  lang: UiLang,
): Diagnostic {
  const template = rule.meta.messages[d.messageId];
  if (!template) throw new Error(`rule ${rule.meta.id} reported unknown messageId ${d.messageId}`);
  const data: Record<string, unknown> = { ...(d.data ?? {}) };
  if (d.forms) data.forms = d.forms;
  const range = defaultRange(d, a);
  const { line, column } = lines.position(range.start);
  return {
    ruleId: rule.meta.id,
    severity,
    messageId: d.messageId,
    message: render(template, lang, data),
    line,
    column,
    range,
    noteIds: d.noteIds ?? [],
    entryIds: d.entryIds ?? [],
    markerLabels: (d.markerIds ?? []).map((id) => a.markerById.get(id)?.label ?? id),
    data,
    fix: d.fix ?? null,
  };
}
