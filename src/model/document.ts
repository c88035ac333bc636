import type { CslItem } from './csl.js';
import type { Range } from './location.js';

export type SourceFormat = 'markdown' | 'text' | 'docx' | 'jats' | 'latex' | 'odt';

/** How a note is attached to the text: a footnote/endnote (`①`, `[^1]`) or a numeric reference list (`[3]`). */
export type NoteStyle = 'circled' | 'pandoc' | 'numeric' | 'footnote';

export interface Marker {
  /** `m1`, `m2`… in text order. */
  id: string;
  /** The label as printed: `①`, `^note`, `3`. */
  label: string;
  /** Offset range of the whole marker in `Document.text` (e.g. `<sup>①</sup>`). */
  range: Range;
  page: number | null;
  /** Note or entry ids this marker points to; empty for an orphan. `[2-4]` points to three entries. */
  targets: string[];
  /** Cited pages printed after a numeric marker: `[3]260` → `260`. */
  locator?: string;
  /** For numeric markers: the labels they name, as numbers (`[2-4]` → 2,3,4). */
  numbers?: number[];
  /** For key citations (LaTeX `\cite{a,b}`): the keys, parallel to `numbers`. */
  keys?: string[];
}

export interface Note {
  /** `n1`, `n2`… in document order. */
  id: string;
  label: string;
  /** 1-based page for formats with pages (a note block closes a page), else null. */
  page: number | null;
  /** Position of the note within its page/sequence, as read (1-based). */
  index: number;
  /** Range of the note text (label excluded) in `Document.text`. */
  range: Range;
  /** Range of the whole note line including label. */
  lineRange: Range;
  text: string;
  markerIds: string[];
  style: NoteStyle;
  /** Where the note sits in a packaged source (DOCX: the part and the note's id). */
  source?: { part: string; id: string };
}

export interface Entry {
  /** `e1`, `e2`… in list order. */
  id: string;
  /** `[3]`, `3.` or `` when unlabelled. */
  label: string;
  /** The number of a numeric label, when it has one. */
  number?: number;
  range: Range;
  text: string;
  /** Structured data the source already gives (JATS `<element-citation>`): used instead of parsing `text`. */
  item?: CslItem;
}

/** A comment that configures citeaudit where it stands: `<!-- citeaudit-disable-next-line missing-field -->`. */
export interface InlineComment {
  /** What follows `citeaudit-`, as written: `disable`, `enable`, `disable-next-line` (anything else is reported). */
  directive: string;
  /** The rule ids it names; none for every rule. */
  rules: string[];
  /** The file it is written in (a LaTeX `\input` file may be another than the document) and its 1-based line. */
  file: string;
  line: number;
}

/** What the inline comments of a document say: the comments, and where in `text` each rule is switched off. */
export interface InlineConfig {
  comments: InlineComment[];
  /** A rule (null: every rule) and the stretches of `Document.text` where its findings are dropped. */
  off: Array<{ rule: string | null; ranges: Range[] }>;
}

export interface Document {
  path: string;
  format: SourceFormat;
  encoding: string;
  /** The full text as read (after decoding; BOM removed). All ranges index this string. */
  text: string;
  /** The body with note blocks cut out and re-joined, for rules that read prose. */
  body: string;
  notes: Note[];
  markers: Marker[];
  entries: Entry[];
  /** Number of pages when the format has pages, else null. */
  pages: number | null;
  /**
   * Pandoc Markdown that cites by key (`[@key]`): the bibliography files the keys were looked up in
   * (`--bib`, the front matter's `bibliography:`), empty when there was none to read.
   */
  bibliography?: string[];
  /**
   * Inline configuration a reader found in comments that are not in `text` (LaTeX `% citeaudit-disable`);
   * absent where the comments are read from `text` itself (HTML comments in Markdown).
   */
  inline?: InlineConfig;
  /** Problems the reader met that did not stop it (an `\input` file not found): one line each, for stderr. */
  notices?: string[];
  /** The note numbering a word processor was told to use (`decimalEnclosedCircleChinese`, `eachPage`). */
  numbering?: { footnotes: string; restart: string };
}
