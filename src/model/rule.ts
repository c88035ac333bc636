import type { Citation, Work } from './citation.js';
import type { CslItem } from './csl.js';
import type { Diagnostic, Fix, Form, SeveritySetting } from './diagnostic.js';
import type { Document, Entry, Marker, Note } from './document.js';
import type { Range } from './location.js';
import type { Norm, NormId, RuleNorms } from './norm.js';

export interface Message {
  zh: string;
  en: string;
}

export interface RuleMeta {
  id: string;
  type: 'problem' | 'suggestion' | 'layout';
  /** One line for `citeaudit rules` and the README table. */
  description: Message;
  tags: string[];
  fixable: boolean;
  /** The norms the rule runs under; `all` for a rule that holds under every norm, the only ones run where none is recognised. */
  norms: RuleNorms;
  /** Severity per norm; `default` applies to norms not listed. */
  severity: { default: SeveritySetting } & Partial<Record<NormId, SeveritySetting>>;
  /** Message templates with `{{name}}` placeholders filled from `data`. */
  messages: Record<string, Message>;
}

export interface ReportDescriptor {
  messageId: string;
  data?: Record<string, unknown>;
  noteIds?: string[];
  entryIds?: string[];
  markerIds?: string[];
  /** Where to point; defaults to the first citation/note/entry/marker named. */
  range?: Range;
  fix?: Fix | null;
  /** For consistency rules: the conflicting forms side by side (stored as `data.forms`). */
  forms?: Form[];
}

/** Everything the pipeline knows about one manuscript before rules run. */
export interface Analysis {
  doc: Document;
  /** The norm chosen or detected; null when none was recognised (only the rules of every norm run). */
  norm: Norm | null;
  /** True when the norm was detected rather than chosen by the user. */
  normDetected: boolean;
  citations: Citation[];
  works: Work[];
  noteById: Map<string, Note>;
  entryById: Map<string, Entry>;
  markerById: Map<string, Marker>;
  citationById: Map<string, Citation>;
  workById: Map<string, Work>;
  citationsByNote: Map<string, Citation[]>;
  citationsByEntry: Map<string, Citation[]>;
  /** With bibliographic data (`--bib`): each work's matching record, or null when none was found. */
  resolution?: Map<string, { record: CslItem; score: number; via?: 'DOI' | 'ISBN' } | null>;
  /** A Chinese translation's work id → the work id of its original, when both are cited (data/translated-works.json). */
  translations?: Map<string, string>;
}

export interface RuleContext {
  readonly analysis: Analysis;
  readonly doc: Document;
  /** Null where no norm was recognised: a rule of every norm then applies no norm's particular prescriptions. */
  readonly norm: Norm | null;
  /** How messages name a place, in the report's language: `第2页注①` or `note ① on p. 2`, `[3]` for an entry. */
  place: (id: string) => string;
  report(descriptor: ReportDescriptor): void;
}

export interface RuleVisitors {
  Note?(note: Note): void;
  Marker?(marker: Marker): void;
  Entry?(entry: Entry): void;
  Citation?(citation: Citation): void;
  Work?(work: Work): void;
  'Document:exit'?(): void;
}

export interface Rule {
  meta: RuleMeta;
  create(context: RuleContext): RuleVisitors;
}

export type { Diagnostic };
