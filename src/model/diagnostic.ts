import type { Range } from './location.js';

export type Severity = 'error' | 'warning' | 'info';
export type SeveritySetting = Severity | 'off';

/** What a rule may be set to (configuration, `--rule`), lowest first. */
export const SEVERITY_SETTINGS = ['off', 'info', 'warning', 'error'] as const satisfies readonly SeveritySetting[];

export function isSeveritySetting(v: unknown): v is SeveritySetting {
  return typeof v === 'string' && (SEVERITY_SETTINGS as readonly string[]).includes(v);
}

/** Replace the text of `range` with `text`. */
export interface Edit {
  range: Range;
  text: string;
}

/**
 * A fix: one edit, plus `also` when a finding is fixed at several places at once (a consistency finding
 * names every note that deviates). The edits of one fix are applied together or not at all.
 */
export interface Fix extends Edit {
  also?: Edit[];
}

/** The edits of one finding as its fix, in the order given; null for none. */
export function fixOf(edits: Edit[]): Fix | null {
  const [first, ...also] = edits;
  if (!first) return null;
  // Each fix built in one literal: spreading `first` and adding `also` gave every fix a hidden class of its own (V8 11).
  return also.length ? { range: first.range, text: first.text, also } : { range: first.range, text: first.text };
}

/** One of the conflicting forms a consistency rule found, with where it occurs. */
export interface Form {
  text: string;
  /** Note ids (or entry ids) where this form occurs. */
  noteIds: string[];
  /** The places as the message's reader reads them: `第2页注①` or `note ① on p. 2`, `[3]`. */
  places: string[];
}

export interface Diagnostic {
  ruleId: string;
  severity: Severity;
  messageId: string;
  message: string;
  line: number;
  column: number;
  range: Range;
  noteIds: string[];
  entryIds: string[];
  markerLabels: string[];
  data: Record<string, unknown>;
  fix: Fix | null;
}
