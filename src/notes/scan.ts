import type { Entry, Marker, Note } from '../model/document.js';
import type { Range } from '../model/location.js';
import { CIRCLED_CLASS, circledValue } from './labels.js';
import { Quiet } from './pandoc.js';
import { isReferenceHeading, looksLikeReference, readListItem, splitRunOn } from './reference-list.js';

export interface ScanOptions {
  /** Markdown: `<sup>①</sup>` markers, Pandoc footnotes, fenced code skipped. Text: bare `①` markers too. */
  markdown: boolean;
  /**
   * Markdown read through a CommonMark parser (readers/markdown.ts): footnotes, code and Pandoc's
   * notes and citations come from it, and the line patterns read only what it leaves as text.
   */
  structure?: MarkdownStructure;
}

/** A parsed marker; `note` links an inline note's marker to its note. */
export type StructureMarker = Omit<Marker, 'id' | 'targets'> & { note?: Note };

/** What a CommonMark parser found in a Markdown file. */
export interface MarkdownStructure {
  /** Whole lines that are not body text: code blocks, footnote definitions, the front matter. */
  blocks: Array<{ range: Range; kind: 'code' | 'note' | 'front' }>;
  /** Where no marker of the line patterns counts: code spans and blocks, inline notes, citations. */
  quiet: Range[];
  /** Footnote definitions and inline notes (style `pandoc`; ids are given here). */
  notes: Note[];
  /** Inline notes' markers and citations (`[@key]`). */
  markers: StructureMarker[];
}

export interface ScanResult {
  notes: Note[];
  markers: Marker[];
  entries: Entry[];
  body: string;
  pages: number | null;
}

interface Line {
  start: number;
  text: string;
}

const CIRCLED_NOTE_LINE = new RegExp(`^(\\s*)(${CIRCLED_CLASS})[\\s\\u3000]*`, 'u');
const PANDOC_DEF = /^\[\^([^\]\s]+)\]:[ \t]?/;
const FENCE = /^\s*(```|~~~)/;
const CONTINUATION = /^(?: {2,}|\t)\S/;
// Inline markers. Sup markers first so that their content is not read again as a bare marker.
// `<sup>①</sup>`, also `<sup class="fn"><a href="#n1">[1]</a></sup>` as HTML exports write it.
const SUP_MARKER = new RegExp(
  `<sup(?:\\s[^>]*)?>\\s*(?:<a\\s[^>]*>\\s*)?(${CIRCLED_CLASS}|\\[[0-9][0-9,，\\-–—~、\\s]*\\])\\s*(?:</a>\\s*)?</sup>`,
  'gu',
);
const PANDOC_MARKER = /\[\^([^\]\s]+)\](?!:)/g;
const BARE_CIRCLED = new RegExp(CIRCLED_CLASS, 'gu');
// `[1]`, `[2-4]`, `[5,7]`, `[3]260`, `[3]260-261`; not `[1](link)` and not `[^1]`.
const NUMERIC_MARKER = /\[(\d{1,4}(?:\s*[,，、\-–—~]\s*\d{1,4})*)\](?!\()(\d{1,5}(?:[-–—~]\d{1,5})?)?/g;
const TERMINAL = /[。！？!?；;：:”’」』）)\].…]$/u;

/** Code of the first non-space character of a line, or -1 for a blank line. */
function firstVisible(t: string): number {
  for (let k = 0; k < t.length; k++) {
    const c = t.charCodeAt(k);
    if (c !== 0x20 && c !== 0x09 && c !== 0x3000 && c !== 0x0d && c !== 0xa0 && c !== 0xfeff) return c;
  }
  return -1;
}

function isCircledCode(c: number): boolean {
  return (c >= 0x2460 && c <= 0x2473) || (c >= 0x3251 && c <= 0x325f) || (c >= 0x32b1 && c <= 0x32bf);
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    const raw = text.slice(start, end);
    lines.push({ start, text: raw.endsWith('\r') ? raw.slice(0, -1) : raw });
    if (nl === -1) break;
    start = nl + 1;
  }
  return lines;
}

/** Expands `2-4, 7` into [2,3,4,7]; ranges are capped so that hostile input cannot explode. */
export function expandNumbers(spec: string): number[] {
  const out: number[] = [];
  for (const part of spec.split(/\s*[,，、]\s*/)) {
    const r = /^(\d+)\s*[-–—~]\s*(\d+)$/.exec(part);
    if (r) {
      const a = Number(r[1]);
      const b = Number(r[2]);
      if (b >= a && b - a <= 200) for (let n = a; n <= b; n++) out.push(n);
      else out.push(a, b);
    } else if (/^\d+$/.test(part)) out.push(Number(part));
  }
  return out;
}

/** The line scan: what the lines read so far have found and opened. */
interface Scan {
  lines: Line[];
  options: ScanOptions;
  notes: Note[];
  entries: Entry[];
  bodyLineIndex: number[];
  /** Body lines with their page, scanned for markers after the structure is known. */
  bodyLines: Array<{ line: Line; page: number }>;
  page: number;
  blocks: number;
  inFence: boolean;
  inList: boolean;
  listLabelled: boolean;
  /** The note that may take continuation lines. */
  current: Note | null;
  currentEntry: Entry | null;
  inCircledBlock: boolean;
  pageIndex: number;
  /** The CommonMark parser's blocks, and the first of them not wholly before the line. */
  parsedBlocks: MarkdownStructure['blocks'];
  block: number;
}

/**
 * Finds notes, markers and reference-list entries in a Markdown or plain-text manuscript.
 *
 * Conventions recognised in one pass: circled footnotes in blocks that close a page (numbering
 * restarts per page, markers link to the note of the same label on their page); Pandoc footnotes;
 * numeric citations with a reference list. Everything else is body text.
 */
export function scanManuscript(text: string, options: ScanOptions): ScanResult {
  const lines = splitLines(text);
  const structure = options.structure;
  const sc: Scan = {
    lines,
    options,
    notes: [],
    entries: [],
    bodyLineIndex: [],
    bodyLines: [],
    page: 1,
    blocks: 0,
    inFence: false,
    inList: false,
    listLabelled: false,
    current: null,
    currentEntry: null,
    inCircledBlock: false,
    pageIndex: 0,
    parsedBlocks: structure?.blocks ?? [],
    block: 0,
  };
  for (let i = 0; i < lines.length; i++) scanLine(sc, i);
  closeBlock(sc);
  const { notes, entries, bodyLines, bodyLineIndex } = sc;

  // Markers. Done after the structure is known: numeric markers count only when a numbered list exists,
  // and bare circled numbers only when the manuscript does not mark its notes with <sup>.
  const numbered = new Map<number, Entry>();
  entries.forEach((e, k) => {
    e.id = `e${k + 1}`;
    if (e.number !== undefined && !numbered.has(e.number)) numbered.set(e.number, e);
  });
  if (structure) {
    notes.push(...structure.notes);
    notes.sort((a, b) => a.lineRange.start - b.lineRange.start);
  }
  notes.forEach((n, k) => (n.id = `n${k + 1}`));
  const hasCircledNotes = notes.some((n) => n.style === 'circled');
  const ms: MarkerScan = {
    markdown: options.markdown,
    usesSup: options.markdown && /<sup[\s>]/.test(text),
    hasCircledNotes,
    numbered,
    quiet: structure ? new Quiet(structure.quiet) : null,
  };
  const markers: Marker[] = [];
  for (const { line, page } of bodyLines) lineMarkers(line, page, ms, markers);

  if (structure) mergeParsedMarkers(markers, structure.markers);
  linkMarkers(markers, notes, numbered);
  const pages = hasCircledNotes ? sc.blocks + (bodyLines.some((b) => b.page > sc.blocks) ? 1 : 0) : null;
  const result = { notes, markers, entries, body: '', pages };
  // The re-joined body is for rules that read prose; none of the built-in ones does, so it is built
  // on first use rather than for every manuscript.
  let body: string | null = null;
  Object.defineProperty(result, 'body', { enumerable: true, get: () => (body ??= joinBody(lines, bodyLineIndex)) });
  return result;
}

/** A block of circled notes ends: the page it closes is done. */
function closeBlock(sc: Scan): void {
  if (sc.inCircledBlock) {
    sc.inCircledBlock = false;
    sc.blocks++;
    sc.page++;
    sc.pageIndex = 0;
  }
}

/** A continuation line added to a note or an entry; Chinese text is joined without a space. */
function extendNote(n: Note | Entry, line: Line): void {
  const t = line.text.trim();
  if (!t) return;
  const sep = /[\u3400-\u9fff]$/u.test(n.text) && /^[\u3400-\u9fff]/u.test(t) ? '' : ' ';
  n.text += sep + t;
  const endOffset = line.start + line.text.trimEnd().length;
  n.range.end = endOffset;
  if ('lineRange' in n) n.lineRange.end = endOffset;
}

/** One line: skipped, a note, a note's continuation, a list heading or entry, or body text. */
function scanLine(sc: Scan, i: number): void {
  const line = sc.lines[i]!;
  const t = line.text;
  // The first visible character decides which line patterns can apply; body paragraphs, most of the
  // text, then skip every regular expression below.
  const lead = firstVisible(t);
  if (inParsedBlock(sc, line)) return;
  if (!sc.options.structure && sc.options.markdown && (lead === 0x60 || lead === 0x7e) && FENCE.test(t)) {
    sc.inFence = !sc.inFence;
    sc.current = null;
    return;
  }
  if (sc.inFence) return;
  const blank = lead === -1;
  if (readPandocNote(sc, i, lead, blank) || readCircledNote(sc, line, lead)) return;
  if (blank) {
    // A circled note wrapped over several lines continues only without an empty line in between.
    if (sc.current?.style === 'circled') sc.current = null;
    if (sc.currentEntry) sc.currentEntry = null;
    return;
  }
  if (sc.current?.style === 'circled' && !TERMINAL.test(sc.current.text)) {
    extendNote(sc.current, line);
    return;
  }
  sc.current = null;
  closeBlock(sc);
  if (t.length < 80 && isReferenceHeading(t)) {
    sc.inList = true;
    sc.listLabelled = false;
    sc.currentEntry = null;
    return;
  }
  if (sc.inList && readListLine(sc, line)) return;
  // Body text: re-join across a note block that cut a sentence (`撇` … `开`).
  sc.bodyLineIndex.push(i);
  sc.bodyLines.push({ line, page: sc.page });
}

/** A line inside a block the CommonMark parser found (code, a footnote definition, the front matter). */
function inParsedBlock(sc: Scan, line: Line): boolean {
  const blocks = sc.parsedBlocks;
  while (sc.block < blocks.length && blocks[sc.block]!.range.end <= line.start) sc.block++;
  const inBlock = blocks[sc.block]?.range.start ?? Infinity;
  if (inBlock > line.start + line.text.length) return false;
  if (blocks[sc.block]!.kind === 'note') {
    closeBlock(sc);
    sc.inList = false;
  }
  sc.current = null;
  return true;
}

/** A Pandoc footnote definition and its indented continuation lines. */
function readPandocNote(sc: Scan, i: number, lead: number, blank: boolean): boolean {
  const line = sc.lines[i]!;
  const t = line.text;
  const def = sc.options.markdown && !sc.options.structure && lead === 0x5b ? PANDOC_DEF.exec(t) : null;
  if (def) {
    closeBlock(sc);
    sc.inList = false;
    const textStart = line.start + def[0].length;
    const body = t.slice(def[0].length).trimEnd();
    sc.current = {
      id: '',
      label: def[1]!,
      page: null,
      index: 0,
      style: 'pandoc',
      markerIds: [],
      text: body.trim(),
      range: { start: textStart, end: textStart + body.length },
      lineRange: { start: line.start, end: line.start + t.length },
    };
    sc.notes.push(sc.current);
    return true;
  }
  if (sc.current?.style !== 'pandoc') return false;
  if (blank) {
    const next = sc.lines[i + 1];
    if (!next || !CONTINUATION.test(next.text)) sc.current = null;
    return true;
  }
  if (CONTINUATION.test(t)) {
    extendNote(sc.current, line);
    return true;
  }
  sc.current = null;
  return false;
}

/** `① 作者：《书》…`: a circled note opening, in the block that closes its page. */
function readCircledNote(sc: Scan, line: Line, lead: number): boolean {
  const t = line.text;
  const circ = isCircledCode(lead) ? CIRCLED_NOTE_LINE.exec(t) : null;
  if (!circ) return false;
  sc.inList = false;
  sc.currentEntry = null;
  sc.inCircledBlock = true;
  const label = circ[2]!;
  const textStart = line.start + circ[0].length;
  const body = t.slice(circ[0].length).trimEnd();
  sc.current = {
    id: '',
    label,
    page: sc.page,
    index: ++sc.pageIndex,
    style: 'circled',
    markerIds: [],
    text: body,
    range: { start: textStart, end: textStart + body.length },
    lineRange: { start: line.start + circ[1]!.length, end: line.start + t.trimEnd().length },
  };
  sc.notes.push(sc.current);
  return true;
}

/**
 * A line under a reference-list heading: an entry (or several run on), an entry's continuation, or the end
 * of the list (a heading, an unlabelled line in a labelled list, a line that is no reference). True when
 * the line was the list's.
 */
function readListLine(sc: Scan, line: Line): boolean {
  const t = line.text;
  if (/^\s*#{1,6}\s/.test(t)) {
    sc.inList = false;
    return false;
  }
  if (sc.currentEntry && CONTINUATION.test(t)) {
    extendNote(sc.currentEntry, line);
    return true;
  }
  const item = readListItem(t);
  const labelled = !!item && item.label !== '';
  if (!item || !(labelled || (!sc.listLabelled && looksLikeReference(item.text)))) {
    sc.inList = false;
    return false;
  }
  if (sc.entries.length === 0 || labelled) sc.listLabelled = sc.listLabelled || labelled;
  if (sc.listLabelled && !labelled) {
    sc.inList = false;
    return false;
  }
  for (const one of splitRunOn(item)) {
    const start = line.start + one.textStart;
    sc.currentEntry = {
      id: '',
      label: one.label,
      range: { start, end: start + one.text.length },
      text: one.text,
      ...(one.number !== undefined ? { number: one.number } : {}),
    };
    sc.entries.push(sc.currentEntry);
  }
  return true;
}

/** What the marker search looks at, the same for every body line. */
interface MarkerScan {
  markdown: boolean;
  usesSup: boolean;
  hasCircledNotes: boolean;
  numbered: Map<number, Entry>;
  quiet: Quiet | null;
}

/** A marker found on a line, before it is numbered and linked. */
type LineMarker = Omit<Marker, 'id' | 'targets'>;

/** Whether the span `s`–`e` overlaps a marker already taken on the line. */
function overlaps(taken: Array<[number, number]>, s: number, e: number): boolean {
  return taken.some(([a, b]) => s < b && e > a);
}

/** The markers of one body line, in text order, added to `markers` unless they stand where none counts. */
function lineMarkers(line: Line, p: number, ms: MarkerScan, markers: Marker[]): void {
  const found: LineMarker[] = [];
  const taken: Array<[number, number]> = [];
  const t = line.text;
  // Cheap substring tests first: most body lines hold few or no markers.
  const hasBracket = t.includes('[');
  if (ms.markdown && t.includes('<sup')) supMarkers(line, ms.hasCircledNotes ? p : null, found, taken);
  if (ms.markdown && t.includes('[^')) pandocMarkers(line, found, taken);
  if (!ms.usesSup && ms.hasCircledNotes) circledMarkers(line, p, found, taken);
  if (ms.numbered.size > 0 && hasBracket) numericMarkers(line, found, taken);
  found.sort((a, b) => a.range.start - b.range.start);
  for (const f of found) {
    if (ms.quiet?.overlaps(f.range.start, f.range.end)) continue;
    markers.push(toMarker(f, `m${markers.length + 1}`));
  }
}

/** `<sup>①</sup>` (on page `circledPage` when the notes are circled) and `<sup>[1-3]</sup>`. */
function supMarkers(line: Line, circledPage: number | null, found: LineMarker[], taken: Array<[number, number]>): void {
  for (const m of line.text.matchAll(SUP_MARKER)) {
    const s = m.index;
    const inner = m[1]!;
    taken.push([s, s + m[0].length]);
    const range = { start: line.start + s, end: line.start + s + m[0].length };
    if (circledValue(inner) !== null) found.push({ label: inner, range, page: circledPage });
    else {
      const nums = expandNumbers(inner.slice(1, -1));
      found.push({ label: inner, range, page: null, numbers: nums });
    }
  }
}

/** Pandoc's `[^label]`. */
function pandocMarkers(line: Line, found: LineMarker[], taken: Array<[number, number]>): void {
  for (const m of line.text.matchAll(PANDOC_MARKER)) {
    const s = m.index;
    if (overlaps(taken, s, s + m[0].length)) continue;
    taken.push([s, s + m[0].length]);
    found.push({
      label: `^${m[1]}`,
      range: { start: line.start + s, end: line.start + s + m[0].length },
      page: null,
    });
  }
}

/** A bare `①` on page `p`. */
function circledMarkers(line: Line, p: number, found: LineMarker[], taken: Array<[number, number]>): void {
  for (const m of line.text.matchAll(BARE_CIRCLED)) {
    const s = m.index;
    if (overlaps(taken, s, s + m[0].length)) continue;
    taken.push([s, s + m[0].length]);
    found.push({ label: m[0], range: { start: line.start + s, end: line.start + s + m[0].length }, page: p });
  }
}

/** `[1]`, `[2-4]`, `[3]260`: numbers of a reference list, a page after them its locator. */
function numericMarkers(line: Line, found: LineMarker[], taken: Array<[number, number]>): void {
  const t = line.text;
  for (const m of t.matchAll(NUMERIC_MARKER)) {
    const s = m.index;
    if (overlaps(taken, s, s + m[0].length) || t[s - 1] === '^') continue;
    taken.push([s, s + m[0].length]);
    found.push({
      label: `[${m[1]}]`,
      range: { start: line.start + s, end: line.start + s + m[0].length },
      page: null,
      numbers: expandNumbers(m[1]!),
      ...(m[2] ? { locator: m[2] } : {}),
    });
  }
}

/** Body lines joined back across note blocks: a sentence cut by a block (`撇` … `开`) is one again. */
function joinBody(lines: Line[], index: number[]): string {
  const parts: string[] = [];
  let endsSentence = true;
  for (const i of index) {
    const t = lines[i]!.text;
    const tight = parts.length > 0 && !endsSentence && !/^\s*(#|[-*+]\s|\d+[.、])/.test(t);
    parts.push(tight ? t.trim() : (parts.length ? '\n' : '') + t);
    endsSentence = TERMINAL.test(t.trimEnd()) || /^\s*#/.test(t);
  }
  return parts.join('');
}

/**
 * A marker with its fields set in one order. Spreading what was found and adding `id` and `targets` gave
 * every marker a hidden class of its own in V8 11 (Node 20): each rule and formatter reading markers then
 * missed V8's property caches on every access.
 */
function toMarker(f: Omit<Marker, 'id' | 'targets'>, id: string): Marker {
  const m: Marker = { id, label: f.label, range: f.range, page: f.page, targets: [] };
  if (f.locator !== undefined) m.locator = f.locator;
  if (f.numbers !== undefined) m.numbers = f.numbers;
  if (f.keys !== undefined) m.keys = f.keys;
  return m;
}

/** The parser's markers among the line patterns' ones, in text order; an inline note's marker linked to it. */
function mergeParsedMarkers(markers: Marker[], parsed: StructureMarker[]): void {
  const inline = new Map<Marker, Note>();
  for (const { note, ...m } of parsed) {
    const marker = toMarker(m, '');
    if (note) inline.set(marker, note);
    markers.push(marker);
  }
  markers.sort((a, b) => a.range.start - b.range.start);
  markers.forEach((m, k) => (m.id = `m${k + 1}`));
  for (const [m, note] of inline) {
    m.targets.push(note.id);
    note.markerIds.push(m.id);
  }
}

function linkMarkers(markers: Marker[], notes: Note[], numbered: Map<number, Entry>): void {
  const circled = new Map<string, Note>();
  const pandoc = new Map<string, Note>();
  for (const n of notes) {
    if (n.style === 'circled') {
      const key = `${n.page}:${n.label}`;
      if (!circled.has(key)) circled.set(key, n);
    } else if (!pandoc.has(n.label)) pandoc.set(n.label, n);
  }
  for (const m of markers) {
    let note: Note | undefined;
    if (m.targets.length) continue;
    if (m.numbers) {
      for (const num of m.numbers) {
        const e = numbered.get(num);
        if (e) m.targets.push(e.id);
      }
      continue;
    }
    if (m.label.startsWith('^')) note = pandoc.get(m.label.slice(1));
    else note = circled.get(`${m.page}:${m.label}`);
    if (note) {
      m.targets.push(note.id);
      note.markerIds.push(m.id);
    }
  }
}
