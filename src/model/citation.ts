import type { CslItem } from './csl.js';
import type { Range } from './location.js';

export type Lang = 'zh' | 'en';
export type CitationKind = 'full' | 'short' | 'ibid';

/** How a field was recognised: `parsed` from an unambiguous cue (`译`, `第8期`, `Vol.`), `guessed` from position alone. */
export type FieldConfidence = 'parsed' | 'guessed';

/**
 * The one threshold on a field's confidence score in [0, 1] (the learned parser's, issue 12): at or above it
 * a field is `parsed`; below it the field is `guessed`, and the rules stay silent about it.
 */
export const CONFIDENT = 0.9;

/** A score in [0, 1] as today's two levels, through the one threshold. */
export function confidenceLevel(score: number): FieldConfidence {
  return score >= CONFIDENT ? 'parsed' : 'guessed';
}

/** What the reference parser returns for one citation string. */
export interface ParsedReference {
  /** CSL-JSON item without `id` meaningfully set (the pipeline assigns ids). `language` is `zh-CN` or `en-US`. */
  item: CslItem;
  lang: Lang;
  /** `full` for a complete reference, `ibid` for 同上/Ibid./同前注…; `short` is decided later by linking. */
  kind: CitationKind;
  /** Leading signal as printed: `参见`, `转引自`, `See`, `Cf.`; null when none. */
  prefix: string | null;
  /** Cited pages, normalised: `第185-186、186页` → `185-186, 186`; null when none. */
  locator: string | null;
  /** Cited pages exactly as printed (`第185-186、186页`, `pp. 161-175`). */
  locatorRaw: string | null;
  /** Per CSL field (`title`, `author`, `issued`, …): how it was recognised. */
  confidence: Record<string, FieldConfidence>;
  /** Per field, the learned parser's score in [0, 1], when the item is its reading (see `CONFIDENT`). */
  scores?: Record<string, number>;
  /** Offsets (relative to the parsed string) of what was recognised, for rules that point into the text. */
  spans: Record<string, { start: number; end: number }>;
  /** Text that is not part of the reference (a comment after it), when the parser can tell. */
  commentary?: string;
  /** For `ibid`: the marker as printed (`同上`, `同上书`, `Ibid.`, `同前注12`). */
  ibidForm?: string;
  /** For `同前注12` / `前引注3`: the note number referred to. */
  ibidNoteRef?: string;
  /** Why the item is a bare `document`, when the parser could not make sense of the string. */
  failure?: string;
}

export interface Citation extends ParsedReference {
  /** `c1`, `c2`… in document order. */
  id: string;
  noteId: string | null;
  entryId: string | null;
  /** The citation text as printed (prefix included, closing `。` excluded). */
  raw: string;
  /** Range of `raw` in `Document.text`. */
  range: Range;
  /** Index of this citation within its note (0-based) and how many the note has. */
  indexInNote: number;
  countInNote: number;
  workId: string | null;
  /** For `ibid` and `short`: the citation this one refers back to. */
  antecedentId: string | null;
}

export interface Work {
  /** `w1`, `w2`… in order of first citation. */
  id: string;
  citationIds: string[];
  /** The item merged from the work's full citations (first full citation wins, gaps filled from later ones). */
  item: CslItem;
  /** The blocking key used to cluster it (normalised title + first author). */
  key: string;
}
