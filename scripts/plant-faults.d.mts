// Types of plant-faults.mjs, for the tests.
export type Kind =
  | 'orphan-note'
  | 'consecutive-duplicate'
  | 'invalid-locator'
  | 'inconsistent-name'
  | 'inconsistent-metadata'
  | 'missing-entry';

export interface ReportNote {
  id: string;
  label: string | null;
  page: number | null;
  line: number;
  text: string;
  markers: { line: number; column: number }[];
  /** DOCX, ODT and JATS: the part and the id of the note's element. */
  source?: { part: string; id: string };
}
export interface ReportEntry {
  id: string;
  label: string | null;
  line: number;
  text: string;
}
export interface ReportCitation {
  id: string;
  noteId: string | null;
  entryId: string | null;
  raw: string;
  lang: string;
  kind: string;
  prefix: string | null;
  workId: string | null;
  item: Record<string, unknown>;
  locator: string | null;
}
export interface Finding {
  ruleId: string;
  severity?: string;
  message?: string;
  line?: number;
  noteIds: string[];
  entryIds: string[];
  markerLabels?: string[];
}
/** One file of `check --format json`. */
export interface FileReport {
  path?: string;
  format: string;
  norm: string | null;
  notes: ReportNote[];
  entries: ReportEntry[];
  citations: ReportCitation[];
  diagnostics: Finding[];
}
export interface Sources {
  main: string;
  files: Record<string, string>;
  /** DOCX and ODT: every part of the package. */
  zip?: Record<string, Uint8Array>;
}
export interface PlaceSig {
  id: string;
  sig: string;
}
export interface Candidate {
  target: string;
  apply(sources: Sources): Record<string, string> | null;
}
export interface CheckResult {
  exitCode: number;
  file: FileReport | null;
  stderr: string;
}
export type Severities = Map<string, Record<string, 'off' | 'info' | 'warning' | 'error'>>;
export type Checker = ((path: string) => Promise<CheckResult>) & { severities?: Severities };
export interface Doc {
  id: string;
  path: string;
  project: boolean;
}
export interface Change {
  file: string;
  line: number;
  before: string;
  after: string;
}
export interface Planting {
  doc: string;
  kind: Kind;
  target: string;
  found: boolean;
  change: Change;
}
export type Tally = Record<Kind, { planted: number; found: number }>;

export const KINDS: Kind[];
export const SEED: number;
export function rng(seed: number): () => number;
export function hash32(s: string): number;
export function shuffle<T>(rand: () => number, xs: readonly T[]): T[];
export function lineOffset(text: string, line: number): number;
export function removeMarker(text: string, line: number, column: number): string | null;
export function footnoteDefinition(
  text: string,
  label: string,
): { start: number; bodyStart: number; end: number } | null;
export function insertFootnoteAfter(
  text: string,
  label: string,
  markerLine: number,
  markerColumn: number,
  newLabel: string,
  body: string,
): string | null;
export function insertCircledAfter(
  text: string,
  label: string,
  noteLine: number,
  markerLine: number,
  markerColumn: number,
  body: string,
): string | null;
export function bracedEnd(text: string, open: number): number;
export function latexFootnotes(text: string): { start: number; end: number; content: string }[];
export function reverseRange(text: string, from: string, to: string, start?: number, end?: number): string | null;
export function replaceIn(
  text: string,
  needle: string,
  replacement: string,
  start?: number,
  end?: number,
): string | null;
export function misspell(name: string): string;
export function placeSignatures(file: FileReport): PlaceSig[];
export function extraPlaces(before: PlaceSig[], after: PlaceSig[]): string[];
export function occurrenceSignatures(places: PlaceSig[]): Map<string, string>;
export function rangeEnd(from: string, to: string): string;
export function mapPlace(before: PlaceSig[], after: PlaceSig[], id: string): string | null;
export function findingSignature(d: Finding, sigById: Map<string, string>): string;
export function foundPlanted(before: FileReport, after: FileReport, ruleId: string, planted: string[]): boolean;
export function readSources(mainPath: string, project: boolean): Sources;
export function regionOf(
  sources: Sources,
  place: { id?: string; label?: string | null; text?: string; line?: number; source?: { part: string; id: string } },
): { file: string; start: number; end: number } | null;
export function absentWork(lang: 'zh' | 'en', format: string): string;
export function candidates(kind: Kind, file: FileReport): Candidate[];
export function makeChecker(opts?: { rule?: Record<string, 'off' | 'info' | 'warning' | 'error'> }): Promise<Checker>;
export function measureRecall(
  docs: Doc[],
  opts: { check: Checker; seed?: number; perKind?: number; baseline?: Map<string, FileReport> },
): Promise<{ tally: Tally; plantings: Planting[] }>;
export function changedLine(sources: Sources, edited: Record<string, string>): Change;
export function formatRecall(tally: Tally): string;
export function fixtureDocs(): Doc[];
export function xmlElement(text: string, tag: string, attr: string, id: string): { start: number; end: number } | null;
export function escapeXml(text: string): string;
export interface NotePart {
  file: string;
  tag: string;
  attr: string;
  ref: { file: string; tag: string; attr: string; run: string | null; after?: string } | null;
  newId(text: string, id: string): string;
  make(id: string, text: string): string;
}
export function notePart(sources: Sources, part: string): NotePart | null;
export function xmlNoteAfter(
  sources: Sources,
  source: { part: string; id: string } | undefined,
  text: string | null,
): Record<string, string> | null;
export function plantedPlaces(
  kind: Kind,
  target: string,
  beforeSigs: PlaceSig[],
  afterSigs: PlaceSig[],
  after: FileReport,
): string[];
export function ruleRuns(severities: Severities | undefined, ruleId: string, norm: string | null): boolean;
