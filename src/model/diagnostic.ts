import type { Range } from './location.js';

export type Severity = 'error' | 'warning' | 'info';
export type SeveritySetting = Severity | 'off';

export interface Fix {
  range: Range;
  text: string;
}

/** One of the conflicting forms a consistency rule found, with where it occurs. */
export interface Form {
  text: string;
  /** Note ids (or entry ids) where this form occurs. */
  noteIds: string[];
  /** Human-readable places: `①@p2`, `[3]`. */
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
