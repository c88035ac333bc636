import { readFileSync } from 'node:fs';
import type { Citation } from '../model/citation.js';
import type { Document } from '../model/document.js';
import type { NormId } from '../model/norm.js';
import type { Range } from '../model/location.js';
import { anyOf } from '../util/regexp.js';

/** data/norm-cues.json: the word lists detection reads. */
interface Cues {
  gbtTypeCodes: string[];
  gbtCarrierCodes: string[];
  chinesePublisherSuffixes: string[];
  peoplePublisherSuffixes: string[];
  lawCues: string[];
  authorJoiners: string[];
  etAl: string[];
  signals: string[];
}

interface Patterns {
  typeCode: RegExp;
  lawCue: RegExp;
  nianban: RegExp;
  placeColon: RegExp;
  /** An author-year citation inside parentheses, one piece of `(A 2019; B and C, 2020, 45)`. */
  parenPiece: RegExp;
  /** The year in parentheses of a narrative citation: `(2019)`, `（2019，第45页）`. */
  yearParen: RegExp;
  /** The authors right before it: `Smith`, `Smith and Jones`, `张三`. */
  authorsBefore: RegExp;
  signal: RegExp;
}

const LATIN_NAME = String.raw`\p{Lu}[\p{Ll}'’\-]+(?:[ \-]\p{Lu}[\p{Ll}'’\-]+)?`;
const HAN_NAME = String.raw`\p{Script=Han}{2,4}`;
const YEAR = String.raw`(?:1[6-9]|20)\d{2}[a-z]?`;

let patterns: Patterns | null = null;

/** How far before a year in parentheses its authors are looked for (two long names, a joiner, 等/et al.). */
const NAMES_BEFORE = 120;

/** The cues as patterns, built once from the word lists on first use. */
function cues(): Patterns {
  if (patterns) return patterns;
  const c = JSON.parse(readFileSync(new URL('../../data/norm-cues.json', import.meta.url), 'utf8')) as Cues;
  const name = `(?:${LATIN_NAME}|${HAN_NAME})`;
  const authors = `${name}(?:\\s*(?:${anyOf(c.authorJoiners)})\\s*${name})?(?:\\s*(?:${anyOf(c.etAl)}))?`;
  patterns = {
    typeCode: new RegExp(`\\[(?:${anyOf(c.gbtTypeCodes)})(?:/(?:${anyOf(c.gbtCarrierCodes)}))?\\]`),
    lawCue: new RegExp(anyOf(c.lawCues)),
    nianban: new RegExp(`(?:${anyOf(c.peoplePublisherSuffixes)})\\s*\\d{4}\\s*年版`),
    placeColon: new RegExp(`[：:]\\s*[^，,：:]{1,20}(?:${anyOf(c.chinesePublisherSuffixes)})`),
    parenPiece: new RegExp(`^${authors}\\s*[,，]?\\s*${YEAR}(?![\\d\\p{L}])`, 'u'),
    yearParen: new RegExp(`[(（]${YEAR}(?:[,，:：][^)）]{0,20})?[)）]`, 'gu'),
    authorsBefore: new RegExp(`${authors}\\s*$`, 'u'),
    signal: new RegExp(`^(?:${anyOf(c.signals)})\\s*`, 'i'),
  };
  return patterns;
}

/** What the document as a whole shows of its citation convention. */
export interface NormEvidence {
  notes: number;
  /** Citations read in notes, and how many of them are Chinese. */
  noteCitations: number;
  zhNoteCitations: number;
  /** Full citations in notes, and how many give a year: notes that cite works, not commentary. */
  fullNoteCitations: number;
  datedNoteCitations: number;
  entries: number;
  zhEntries: number;
  /** Entries with a GB/T 7714 type code (`[M]`, `[J]`, `[EB/OL]`). */
  typeCodeEntries: number;
  /** In-text markers that point into the list: numbers and keys (LaTeX `\cite`). */
  listMarkers: number;
  /** In-text markers that print a number (`[1]`, `[2-4]`, superscripts), not numbered by a reader. */
  numericMarkers: number;
  /** Author-year citations in the running text (`(Author, 2019)`, `Author (2019)`, `（张三，2019）`). */
  authorYear: number;
}

/** Whether `at` falls in one of `ranges` (sorted by start, not overlapping): a binary search. */
function inside(ranges: Range[], at: number): boolean {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = ranges[mid]!;
    if (at < r.start) hi = mid - 1;
    else if (at >= r.end) lo = mid + 1;
    else return true;
  }
  return false;
}

/** What is not running text, in text order: the notes and the list. */
function bodyRanges(doc: Document): Range[] {
  return [...doc.notes.map((n) => n.lineRange), ...doc.entries.map((e) => e.range)].sort((a, b) => a.start - b.start);
}

/** Parenthesised author-year citations and narrative ones outside the notes and the list. */
function countAuthorYear(doc: Document, skip: Range[]): number {
  const p = cues();
  let count = 0;
  for (const m of doc.text.matchAll(/[(（]([^()（）\n]{4,300})[)）]/gu)) {
    if (inside(skip, m.index)) continue;
    const pieces = m[1]!.split(/[;；]/u).map((s) => s.trim().replace(p.signal, ''));
    if (pieces.some((s) => p.parenPiece.test(s))) count++;
  }
  // `Smith (2019)`: the cheap part first — a year in parentheses — then the authors in the words before it.
  for (const m of doc.text.matchAll(p.yearParen)) {
    const before = doc.text.slice(Math.max(0, m.index - NAMES_BEFORE), m.index);
    const names = p.authorsBefore.exec(before);
    if (names && !inside(skip, m.index - names[0].length)) count++;
  }
  return count;
}

/** Han characters in `s`, counted by code point, without building an array of them. */
function hanCount(s: string): number {
  const han = s.replace(/[^\p{Script=Han}]+/gu, '');
  let count = han.length;
  for (let i = 0; i < han.length; i++) if (han.charCodeAt(i) >= 0xdc00 && han.charCodeAt(i) <= 0xdfff) count--;
  return count;
}

function chineseBody(doc: Document, skip: Range[]): boolean {
  let han = 0;
  let latinWords = 0;
  let at = 0;
  const count = (part: string) => {
    han += hanCount(part);
    latinWords += part.match(/\p{Script=Latin}+/gu)?.length ?? 0;
  };
  for (const r of skip) {
    count(doc.text.slice(at, Math.max(at, r.start)));
    at = Math.max(at, r.end);
  }
  count(doc.text.slice(at));
  return han > latinWords;
}

const NUMBERED_IN_NOTE = /\[\d{1,4}(?:[-–,，]\s*\d{1,4})*\]/;

export function collectEvidence(doc: Document, citations: Citation[]): NormEvidence {
  const p = cues();
  const inNotes = citations.filter((c) => c.noteId);
  // A note that cites a list entry by its number (`详见[1]的讨论`, what `\cite` in `\footnote` leaves) is
  // evidence of the list, not of a note style.
  const byNumber = doc.entries.length > 0 ? NUMBERED_IN_NOTE : null;
  const full = inNotes.filter((c) => c.kind === 'full' && !c.failure && !byNumber?.test(c.raw));
  const skip = bodyRanges(doc);
  const entryLang = new Map<string, Citation>();
  for (const c of citations) if (c.entryId && !entryLang.has(c.entryId)) entryLang.set(c.entryId, c);
  // The JATS reader numbers the list and its `<xref>`s itself: their numbers say nothing of the style.
  const printed = doc.format !== 'jats';
  return {
    notes: doc.notes.length,
    noteCitations: inNotes.length,
    zhNoteCitations: inNotes.filter((c) => c.lang === 'zh').length,
    fullNoteCitations: full.length,
    datedNoteCitations: full.filter((c) => c.item.issued).length,
    entries: doc.entries.length,
    zhEntries: [...entryLang.values()].filter((c) => c.lang === 'zh').length,
    typeCodeEntries: doc.entries.filter((e) => p.typeCode.test(e.text)).length,
    listMarkers: doc.markers.filter((m) => m.numbers).length,
    numericMarkers: printed ? doc.markers.filter((m) => m.numbers && !m.keys).length : 0,
    authorYear: countAuthorYear(doc, skip),
  };
}

/** Fewest cues that make a convention recognised, and how far one kind of cue must outnumber the other. */
const MIN_CUES = 3;
const DOMINANCE = 4;

/**
 * The Chinese note styles, as before: 法学 when `载《`/`同前注`/`同上注` mark a third of the Chinese
 * citations, 人民出版社 when `出版社2009年版` outnumbers `出版地：出版社`, else 《中国社会科学》.
 */
function chineseNotes(citations: Citation[]): NormId {
  const p = cues();
  let nianban = 0;
  let placeColon = 0;
  let law = 0;
  let zh = 0;
  for (const c of citations) {
    if (!c.noteId || c.lang !== 'zh') continue;
    zh++;
    if (p.nianban.test(c.raw)) nianban++;
    if (p.placeColon.test(c.raw)) placeColon++;
    if (p.lawCue.test(c.raw)) law++;
  }
  if (law * 3 > zh) return 'law';
  if (nianban > placeColon) return 'people';
  return 'cass';
}

/**
 * A reference list: GB/T 7714 when it, or the text citing it, is Chinese or it is coded, else English numeric
 * or author-date when one dominates. Whether the running text is Chinese is read only when the list does not
 * decide (counting its characters took about 3 % of checking a manuscript).
 */
function listNorm(e: NormEvidence, doc: Document, citations: Citation[]): NormId | null {
  if (e.entries === 0) return null;
  const coded = e.typeCodeEntries > 0 && e.typeCodeEntries * 3 >= e.entries;
  if (coded || e.zhEntries * 2 >= e.entries || chineseBody(doc, bodyRanges(doc))) {
    const p = cues();
    const codes2025 = citations.some((c) => c.entryId && p.typeCode.test(c.raw) && /\bDOI\b|doi\.org/.test(c.raw));
    return codes2025 ? 'gbt7714-2025' : 'gbt7714-2015';
  }
  if (e.numericMarkers >= MIN_CUES && e.authorYear * DOMINANCE <= e.numericMarkers) return 'numeric';
  if (e.authorYear >= MIN_CUES && e.numericMarkers * DOMINANCE <= e.authorYear) return 'author-date';
  return null;
}

/**
 * The norm the document as a whole is written in, or null when the evidence is weak or mixed (then only
 * the rules of every norm run). Notes that carry the citations make a note style — Chinese (《中国社会科学》,
 * 人民出版社, 法学) or Chicago notes; a reference list cited by numbers or by author and year makes a list
 * style — GB/T 7714 for a Chinese or coded list, else English numeric or author-date.
 */
export function detectNormId(doc: Document, citations: Citation[]): NormId | null {
  const e = collectEvidence(doc, citations);
  const listCited = e.entries > 0 && (e.listMarkers > e.notes || e.authorYear > e.noteCitations);
  if (e.notes === 0 || listCited) return listNorm(e, doc, citations);
  // Notes that cite works give years: enough of them, or every full citation of a short document.
  const citing =
    e.datedNoteCitations >= MIN_CUES || (e.datedNoteCitations > 0 && e.datedNoteCitations === e.fullNoteCitations);
  if (!citing) return null;
  if (e.zhNoteCitations * 2 >= e.noteCitations) return chineseNotes(citations);
  return 'chicago-notes';
}
