import { readFileSync } from 'node:fs';
import { PUBLISHER_NAME } from '../parse/confidence.js';
import { detectLang } from '../parse/lang.js';
import { PRINTED_YEAR } from '../util/regexp.js';
import type { Segment } from './split.js';

/**
 * Which parts of a note segment cite something. A note may hold commentary around its citations (`Note that
 * Bateson’s frames … in Marvin Minsky, ‘A Framework…’, 1974`), or cite nothing at all (`*Ant Ballet* had the
 * working title of …`, `选题时切记要有“问题意识”`); only the citing parts get citation rules.
 *
 * The interim detector of issue 13, step 6, by cues: it gives way to the learned labeller's citation kind
 * when that lands (issue 12), behind this one function.
 */
export function citingParts(seg: Segment): Segment[] {
  if (detectLang(seg.text) === 'zh') return zhCites(seg.text) ? [seg] : [];
  return enParts(seg.text).map((r) => ({
    text: seg.text.slice(r.start, r.end),
    range: { start: seg.range.start + r.start, end: seg.range.start + r.end },
  }));
}

interface Words {
  enAbbreviations: string[];
  nameParticles: string[];
  nameJoiners: string[];
  proseWords: string[];
  zhEvidence: string[];
  zhCrossReference: string[];
}

interface Cues {
  abbreviations: Set<string>;
  particles: Set<string>;
  joiners: Set<string>;
  prose: Set<string>;
  zh: string[];
  zhCross: string[];
}

let cues: Cues | null = null;

/** data/note-parts.json, read on first use. */
function words(): Cues {
  if (cues) return cues;
  const w = JSON.parse(readFileSync(new URL('../../data/note-parts.json', import.meta.url), 'utf8')) as Words;
  cues = {
    abbreviations: new Set(w.enAbbreviations),
    particles: new Set(w.nameParticles),
    joiners: new Set(w.nameJoiners),
    prose: new Set(w.proseWords),
    zh: w.zhEvidence,
    zhCross: w.zhCrossReference,
  };
  return cues;
}

const IBID = /^\(?\s*(?:ibid|id)\b\.?/i;
const NUMBERED = /\[\d{1,4}\]/;
const LINK = /(?:https?|ftp):\/\/\S+|www\.\S+/i;
// What a cross-reference points to: a note (`注[3]`, `注3`) or a chapter or section (`第二章`).
const CROSS_TARGET = /注\s*[［[(（]?\s*\d|第[\d一二三四五六七八九十百]+[章节部分篇]/u;

/**
 * A Chinese segment cites when it shows a title mark, a year, a page, an imprint or a link — unless it points
 * elsewhere in the same work (`见本卷《…》注[3]`, `参见上文第二章`) or only to a link (`请参见 http://…`) and
 * gives no year or imprint of its own.
 */
function zhCites(text: string): boolean {
  const { zh, zhCross } = words();
  const dated = PRINTED_YEAR.test(text.replace(LINK, ' ')) || PUBLISHER_NAME.test(text);
  if (!dated && zhCross.some((w) => text.includes(w)) && CROSS_TARGET.test(text)) return false;
  if (!dated && LINK.test(text) && !text.includes('《')) return false;
  return dated || IBID.test(text) || NUMBERED.test(text) || zh.some((w) => text.includes(w));
}

interface Range {
  start: number;
  end: number;
}

// Facts a reference prints and prose does not: an imprint, a link, a DOI, volume and issue, pages, a full date.
const FACTS = [
  /\b[A-Z][\p{L}.]+(?:,\s*[A-Z][\p{L}.]+)?\s*:\s*[A-Z][^:]{1,80}?,\s*(?:1[5-9]|20)\d\d\b/u,
  /\((?:[^()]*[,:]\s*)?(?:1[5-9]|20)\d\d[a-z]?\)/,
  // An imprint without its year: `New York, NY: Liveright`, `London: Penguin Books`.
  /\b[A-Z][\p{L}.]+,\s*(?:[A-Z]{2}|[A-Z][a-z]?\.\s?[A-Z]\.|[A-Z][a-z]{2,})\s*:\s*[A-Z]/u,
  new RegExp(`:\\s*[^:]{0,60}(?:${PUBLISHER_NAME.source})`, 'i'),
  /https?:\/\/|www\.|\bdoi:|\b10\.\d{4,9}\//i,
  /\b(?:vols?|no|nos|pp?)\.\s*\d/i,
  /\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{4}/,
  /(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2},\s+\d{4}/,
  /^\(?\s*(?:(?:1[5-9]|20)\d\d[a-z]?|\d{1,5}(?:\s*[-–]\s*\d{1,5})?)\s*\.?\)?$/,
  /,\s*\d{1,5}(?:\s*[-–]\s*\d{1,5})?\s*\.?\)?$/,
  // A list entry cited by its number (`[3], p. 5`, what `\footcite` leaves in a note).
  NUMBERED,
];

const hasFacts = (s: string) => FACTS.some((re) => re.test(s));

/** Sentence starts of an English segment: after `.`, `?` or `!` (and closing marks), before a capital or an opening mark. */
function sentences(text: string): Range[] {
  const out: Range[] = [];
  let start = 0;
  // A sentence may open with a figure too (`Lloyd, Anne. 1974. …`, `Corporation. 55-56.`).
  const boundary = /([.?!])([’”"')\]]*)(\s+)(?=[A-Z\d“"‘*_([])|\n+(?=\s*[A-Z\d“"‘*_([])/g;
  for (let m = boundary.exec(text); m; m = boundary.exec(text)) {
    if (m[1] === '.' && abbreviationBefore(text, m.index)) continue;
    const end = m.index + (m[1] ? 1 + m[2]!.length : 0);
    out.push({ start, end });
    start = m.index + m[0].length;
  }
  out.push({ start, end: text.length });
  return out.filter((r) => text.slice(r.start, r.end).trim());
}

/** The full stop at `dot` closes an initial (`C. P. Snow`) or an abbreviation (`ed.`, `N.Y.`), not a sentence. */
function abbreviationBefore(text: string, dot: number): boolean {
  const word = /[\p{L}.]+$/u.exec(text.slice(Math.max(0, dot - 12), dot))?.[0] ?? '';
  if (/^\p{Lu}$/u.test(word)) return true;
  return words().abbreviations.has(word.replace(/^\.+/, ''));
}

const TITLE_OPENERS = '‘“"*_';

/**
 * Where a reference begins in a sentence: a list of names before `, ‘Title’` / `, *Title*`, a title mark
 * opening the sentence and followed by the reference's punctuation, or Ibid.; -1 when none.
 */
function citationStart(s: string, titleFirst: boolean): number {
  const lead = s.length - s.trimStart().length;
  if (IBID.test(s.slice(lead))) return lead;
  if (titleFirst && TITLE_OPENERS.includes(s[lead] ?? '') && titleThenPunctuation(s, lead)) return lead;
  for (let i = s.indexOf(', '); i !== -1; i = s.indexOf(', ', i + 1)) {
    if (!TITLE_OPENERS.includes(s[i + 2] ?? '')) continue;
    const names = nameListBefore(s, i);
    if (names !== -1) return names;
  }
  return -1;
}

/** `*Ant Ballet*, London Zoo, 2012` is a reference's head; `*Ant Ballet* had the working title` is prose. */
function titleThenPunctuation(s: string, at: number): boolean {
  const open = s[at]!;
  const close = open === '‘' ? '’' : open === '“' ? '”' : open;
  let j = s.indexOf(close, at + 1);
  while (j !== -1 && close === '’' && /\p{L}/u.test(s[j + 1] ?? '')) j = s.indexOf(close, j + 1);
  if (j === -1) return false;
  const after = s.slice(j + 1).replace(/^[*_]+/, '');
  return /^\s*(?:[,.:;(]|$)/.test(after);
}

/**
 * The start of the names that end at `comma`, walking back over capitalised words, initials, particles and
 * joiners; -1 when a word of prose stands right before the comma or nothing name-like does.
 */
function nameListBefore(s: string, comma: number): number {
  const { particles, joiners } = words();
  const tokens = [...s.slice(0, comma).matchAll(/[^\s,]+/g)];
  let start = -1;
  let capitals = 0;
  for (let k = tokens.length - 1; k >= 0 && tokens.length - k <= 12; k--) {
    const t = tokens[k]![0].replace(/^[(:]+/, '');
    const name = /^\p{Lu}[\p{L}'’.-]*$/u.test(t) && !/[’']s$/.test(t);
    if (!name && !particles.has(t) && !joiners.has(t)) break;
    if (name) capitals++;
    start = tokens[k]!.index + (tokens[k]![0].length - t.length);
    if (/^[(:]/.test(tokens[k]![0]) || /[:]$/.test(s.slice(0, tokens[k]!.index).trimEnd())) break;
  }
  if (start === -1 || capitals === 0) return -1;
  // The names' first word must be a name, not a joiner left over from the prose (`and Marco Dorigo`).
  while (start < comma && !/\p{Lu}/u.test(s[start]!)) start = s.indexOf(' ', start) + 1 || comma;
  return start < comma ? start : -1;
}

/** English prose: a run of words with two of the verbs, pronouns and conjunctions that titles rarely hold. */
function isProse(s: string): boolean {
  const prose = words().prose;
  const ws = s.toLowerCase().match(/[\p{L}’']+/gu) ?? [];
  return ws.length >= 4 && new Set(ws.filter((w) => prose.has(w))).size >= 2;
}

interface Sentence extends Range {
  /** Where a reference begins inside it, relative to the segment; -1 when none. */
  cites: number;
  facts: boolean;
  prose: boolean;
}

/**
 * The citing parts of an English segment: a part begins where a reference begins (commentary before it
 * dropped) and runs to its last sentence with a reference's facts; sentences of prose with neither are
 * commentary. A segment with no reference's start is kept whole when it prints facts and does not read as
 * prose throughout (a bibliography-style note without title marks).
 */
function enParts(text: string): Range[] {
  // A list entry cited by its number (`On this see [9], who argues…`): the linking reads it, lead-in and all.
  if (NUMBERED.test(text)) return [trimPart(text, { start: 0, end: text.length })];
  const ss: Sentence[] = [];
  for (const r of sentences(text)) {
    const s = text.slice(r.start, r.end);
    const prose = isProse(s);
    // A title opens a reference only at the head of the segment or after prose: in a bibliography entry
    // (`Rothstein, Richard. *The Color of Law*. …`) it follows the names.
    const before = ss[ss.length - 1];
    const at = citationStart(s, !before || before.prose);
    // One literal, not `{ ...r, cites, … }`: V8 11 gives a spread followed by new fields a hidden class per object.
    ss.push({ start: r.start, end: r.end, cites: at === -1 ? -1 : r.start + at, facts: hasFacts(s), prose });
  }
  // Without any reference's head, a bibliography-style note (`Rothstein, Richard. 2018. …`) starts at its names.
  const cited = ss.some((s) => s.cites !== -1);
  const parts: Range[] = [];
  let open: Range | null = null;
  const close = () => {
    if (open) parts.push(open);
    open = null;
  };
  for (const s of ss) {
    if (s.cites !== -1) {
      close();
      open = { start: s.cites, end: s.end };
    } else if (s.prose) close();
    else if (open && s.facts) open.end = s.end;
    else if (!open && s.facts) open = { start: s.start, end: s.end };
    else if (!open && !cited && ss.some((t) => t.start > s.start && t.facts)) open = { start: s.start, end: s.end };
  }
  close();
  return parts.map((p) => trimPart(text, p)).filter((p) => p.end > p.start);
}

/**
 * Brackets around a whole part (`(Ibid., 127.)`) go, and the closing one of a part that began inside them;
 * the closing stop stays, as `splitNote` leaves it.
 */
function trimPart(text: string, p: Range): Range {
  let { start, end } = p;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /[\s;]/.test(text[end - 1]!)) end--;
  const unclosed = (e: number) => text[e - 1] === ')' && !balanced(text.slice(start, e));
  if (unclosed(end) || (unclosed(end - 1) && text[end - 1] === '.')) end = text.lastIndexOf(')', end - 1);
  if (text[start] === '(' && text[end - 1] === ')' && balanced(text.slice(start + 1, end - 1))) {
    start++;
    end--;
  }
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}

function balanced(s: string): boolean {
  let depth = 0;
  for (const ch of s) {
    if (ch === '(') depth++;
    else if (ch === ')' && --depth < 0) return false;
  }
  return depth === 0;
}
