import type { CslItem, CslName } from '../../model/csl.js';
import { normalizePages } from '../locators.js';
import type { Draft } from '../types.js';
import { splitAll } from '../scan.js';
import { anyOf } from '../../util/regexp.js';
import { PARSE_WORDS } from '../words.js';
import { bodyNames, endsInBodyAbbreviation } from '../names.js';
import { ISSUER_WORDS, NEWSPAPER } from './kinds.js';

const EDITOR_SPLIT = /,\s*(?:&\s*)?|\s+&\s+/g;

/**
 * Reference-list forms whose elements end with a full stop instead of a comma:
 * APA `Hughes, C., & Southern, A. (2019). Title. *Journal*, 19(1), 5–38.` and the Chicago/MLA
 * bibliography `Piketty, Thomas. *Capital*. Translated by …. Cambridge, MA: Harvard UP, 2014.`
 */

const EMPHASIS_EDGES = /^[*_]+|[*_]+$/g;
const AFTER_EMPHASIS = /^[*_]*[.,]?\s*/;
const APA_HEAD = /^(.+?)\s*\((\d{4})[a-z]?(?:,\s*[^)]*)?\)\.\s+/;
const INITIALS = /^(?:[A-Z]\.\s?-?)+$/;

const APA_THESIS =
  /^\[((?:Doctoral dissertation|Master['’]s thesis|Unpublished doctoral dissertation)),\s*([^\]]+)\]\.?\s*/i;
// `In A. Editor & B. Editor (Eds.), *Book* (pp. 3–37). Publisher.`
const APA_CHAPTER =
  /^In\s+(.+?)\s*\((?:Eds?\.)\),\s*[*_]{0,2}([^*_(]+?)[*_]{0,2}\s*(?:\((?:[^)]*?)pp?\.\s*([\d–-]+)\))?\.\s*(.*)$/;
// `*Journal*, *19*(1), 5–38.`: pages may carry a letter (`S95–S120`, supplements; `e1002`, electronic articles).
const APA_JOURNAL =
  /^[*_]{0,2}([^*_,]+?)[*_]{0,2},\s*[*_]{0,2}(\d+)[*_]{0,2}(?:\((\d+(?:[-–]\d+)?)\))?(?:,\s*([A-Z]?\d+(?:\s*[–-]\s*[A-Z]?\d+)?|e\d+))?\.?$/;

/**
 * `Hughes, C., & Southern, A.` → people; a body (`American Psychological Association`, `McKinsey & Company`) stays
 * whole, two bodies (`World Health Organization & United Nations`) are two.
 */
export function apaNames(s: string): CslName[] {
  const bodies = s.includes(',') ? null : bodyNames(s);
  if (bodies) return bodies;
  const tokens = s
    .replace(/,?\s*(?:&|and)\s+/g, ', ')
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean);
  const names: CslName[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const next = tokens[k + 1];
    if (next && INITIALS.test(next)) {
      names.push({ family: tokens[k]!, given: next });
      k++;
    } else names.push({ literal: tokens[k]! });
  }
  return names;
}

/** The first sentence: up to a full stop followed by a space and a capital, a quote or an asterisk. */
function sentence(s: string): [string, string] {
  // Emphasis, `*Title*` or `_Title_`, closes the title itself.
  const mark = s[0];
  if (mark === '*' || mark === '_') {
    let n = 1;
    while (s[n] === mark) n++;
    const close = s.indexOf(s.slice(0, n), n);
    if (close > 0)
      return [s.slice(n, close).replace(EMPHASIS_EDGES, ''), s.slice(close + n).replace(AFTER_EMPHASIS, '')];
  }
  const m = /[.?!](?=\s+(?:[A-Z*_“"(]|In\s|\d)|\s*$)/.exec(s);
  if (!m) return [s, ''];
  const keep = m[0] === '.' ? 0 : 1;
  return [s.slice(0, m.index + keep).trim(), s.slice(m.index + 1).trim()];
}

export function parseApa(text: string, out: Draft): boolean {
  if (text.indexOf(').') === -1) return false;
  const head = APA_HEAD.exec(text);
  if (!head) return false;
  // `World Health Organization.`, `Brown, A., & Green, B. (Eds.).`: the stop closing the names is no part of them,
  // unless a body's abbreviation ends them (`Rand McNally & Co.`): the date after them still closes them.
  const abbreviated = endsInBodyAbbreviation(head[1]!);
  const who = abbreviated ? head[1]! : head[1]!.replace(/(?<=\)|[\p{Ll}]{2})\.$/u, '');
  if (!/,\s*(?:[A-Z]\.\s?)+/.test(who) && !/^[A-Z][\p{L}&' -]+$/u.test(abbreviated ? who.slice(0, -1) : who))
    return false;
  const it = out.item;
  it.author = apaNames(who.replace(/,?\s*\((?:Eds?\.)\)$/, ''));
  if (/\((?:Eds?\.)\)$/.test(who)) {
    it.editor = it.author;
    delete it.author;
  }
  it.issued = { 'date-parts': [[Number(head[2])]] };
  out.confidence.author = 'parsed';
  out.confidence.issued = 'parsed';
  const rest = text.slice(head[0].length);
  const italicTitle = rest.startsWith('*') || rest.startsWith('_');
  const after = readApaTitle(rest, italicTitle, out);
  // `[Doctoral dissertation, University of Chicago]`: a thesis and the institution that accepted it.
  const thesis = APA_THESIS.exec(after);
  if (thesis) {
    it.type = 'thesis';
    it.genre = thesis[1];
    it.publisher = thesis[2]!.trim();
    return true;
  }
  readApaSource(takeApaLink(after, it), italicTitle, out);
  return true;
}

/** The title sentence after the date; what follows it. */
function readApaTitle(rest: string, italicTitle: boolean, out: Draft): string {
  let [title, after] = sentence(rest);
  // `Why are there still so many jobs? The history and future of workplace automation. *Journal*, …`: a
  // question ends a sentence of the title, not the title, when the journal has yet to come.
  if (!italicTitle && /[?!]$/.test(title) && after && !/^[*_]/.test(after) && /\.\s+[*_]/.test(after)) {
    const [more, rest2] = sentence(after);
    title = `${title} ${more}`;
    after = rest2;
  }
  out.item.title = title.replace(/[.]$/, '');
  out.confidence.title = 'parsed';
  return after;
}

/** The DOI address or the URL closing the entry, taken out. */
function takeApaLink(rest: string, it: CslItem): string {
  const doi = /https?:\/\/(?:dx\.)?doi\.org\/(\S+?)\.?$/i.exec(rest);
  if (doi) {
    it.DOI = doi[1];
    it.URL = doi[0].replace(/\.$/, '');
    return rest.slice(0, doi.index).trim();
  }
  const url = /https?:\/\/\S+?\.?$/.exec(rest);
  if (!url) return rest;
  it.URL = url[0].replace(/\.$/, '');
  return rest.slice(0, url.index).trim();
}

/** What carries the work: a book it is a chapter of, a journal with its numbering, a periodical, a publisher. */
function readApaSource(rest: string, italicTitle: boolean, out: Draft): void {
  const it = out.item;
  const chapter = APA_CHAPTER.exec(rest);
  if (chapter) {
    it.type = 'chapter';
    it.editor = splitAll(chapter[1]!, EDITOR_SPLIT).map((n) => {
      const p = n.trim().split(' ').filter(Boolean);
      return { family: p[p.length - 1]!, given: p.slice(0, -1).join(' ') };
    });
    it['container-title'] = chapter[2]!.trim();
    if (chapter[3]) it.page = normalizePages(chapter[3]);
    if (chapter[4]) it.publisher = chapter[4].replace(/\.$/, '').trim();
    return;
  }
  const journal = APA_JOURNAL.exec(rest);
  if (journal) {
    it.type = 'article-journal';
    it['container-title'] = journal[1]!.trim();
    it.volume = journal[2];
    if (journal[3]) it.issue = journal[3];
    if (journal[4]) it.page = normalizePages(journal[4]);
    return;
  }
  // `*The New York Times*.` alone after the title: the periodical, without volume or pages.
  const periodical = !italicTitle && /^[*_]{1,2}([^*_]+)[*_]{1,2}\.?$/.exec(rest);
  if (periodical) {
    it['container-title'] = periodical[1]!.trim();
    it.type = NEWSPAPER.test(periodical[1]!) ? 'article-newspaper' : 'article-journal';
    out.confidence.type = 'guessed';
    return;
  }
  it.type = italicTitle || rest ? 'book' : 'article-journal';
  if (rest) it.publisher = rest.replace(/\.$/, '').trim();
}

// The inverted head: `Family, Given`, then co-authors in natural order, `et al.` or `eds.`, and the stop.
// A given name is initials with at most one word after them (`G. William`, `E. P.`) or words with
// initials after them (`James C.`, `Eve Kosofsky`); an initial's own stop may close the head
// (`Scott, James C. Seeing Like a State.`).
const W = "[A-Z][\\p{L}'’-]+";
const I = '[A-Z]\\.';
const GIVEN = `(?:${I}\\s?)+(?:${W})?|${W}(?:\\s${W}){0,3}(?:\\s${I}(?:\\s?${I})*)?`;
const NATURAL = `(?:(?:${I}\\s?|${W}\\s))+${W}(?:,?\\s(?:Jr|Sr)\\.)?`;
const BIB_HEAD = new RegExp(
  `^(${W}(?:[\\s-]${W})?),\\s+(${GIVEN})(?:,\\s+(Jr\\.?|Sr\\.?|II|III|IV))?` +
    `((?:,\\s+(?:and\\s+|&\\s+)?${NATURAL})+|\\s+(?:and|&)\\s+${NATURAL})?(,\\s+et al\\.?)?(,\\s+eds?\\.?)?` +
    `(?:(?<=\\.)\\s+|\\.\\s+)(?=[*_“"‘A-Z\\d])`,
  'u',
);
// Two or three capitalised words closed by a stop, not an article-led title: a name printed whole.
const UNINVERTED_HEAD = new RegExp(`^(?!(?:The|A|An|On|In|Of)\\s)(${W}(?:\\s${W}){1,2})\\.\\s+(?=[*_“"‘A-Z\\d])`, 'u');
// Chicago author-date: the year follows the names (`Harvey, David. 2005. *Title*.`).
const AUTHOR_DATE = /^((?:1[5-9]|20)\d\d)[a-z]?\.\s+/;
// `54 (5): 663–81`: volume, issue and pages as the author-date journal entry prints them.
const VOL_ISSUE_PAGES = /(\d+)\s*\((\d+(?:[-–]\d+)?)\)\s*:\s*([\d–-]+)/;
const ROLE_WORD = /\b(?:Dir|Eds?|Trans)\.\s/;
// A word that makes a name a body's (`Canada Council for the Arts`, `Centers for Disease Control`).
const ISSUER_WORD = new RegExp(`\\b(?:${ISSUER_WORDS})`);
const ROLE_AFTER = /^(?:Dir|Eds?|Trans|Ed\. &)\.?\s/;
const ORIGINAL_YEAR = /^\s*[.,]?\s*((?:1[5-9]|20)\d\d)\.\s+/;
const DIRECTOR = /(?:^|[.,]\s*)Dir\.\s+((?:[A-Z]\.\s?)*[^,.]+)/;
const REPEATED_AUTHOR = /^(?:-{2,3}|—{1,3}|_{2,3})\.\s+/;
const INITIALS_THEN_WORD = /^(?:[A-Z]\.\s?)+[A-Z][\p{L}'’-]+$/u;
const BIB_HEAD_INITIALS = new RegExp(
  `^(${W}(?:[\\s-]${W})?),\\s+((?:${I}\\s?)+?)(?:,\\s+(Jr\\.?|Sr\\.?|II|III|IV))?()()()(?<=\\.)\\s+(?=[*_“"‘A-Z\\d])`,
  'u',
);
// What reads as an imprint or a date, not a title: `Columbia, 2016.`, `New York: Knopf, 1987.`, `2012.`
const IMPRINT_SENTENCE = /^\s*(?:[^.]{1,60}[,:]\s*(?:1[5-9]|20)\d\d|(?:1[5-9]|20)\d\d)\.?(?:\s|$)/;
// A body named whole before the title: its name holds a body's word (`Council`, `Commission`, `Centers`).
const BIB_HEAD_BODY = new RegExp(
  `^((?!(?:The|A|An)\\s)(?:[A-Z][^.]{0,110}?\\s)?(?:${ISSUER_WORDS})s?(?:\\s(?:for|of|on|and)\\s(?:the\\s)?[A-Z][^.]{0,60}?)?)\\.\\s+(?=[*_“"‘A-Z\\d])`,
);
const VOLUME_DOT_ISSUE = /(?<=\s)(\d+)\.\s?(\d+)\s*\(((?:1[5-9]|20)\d\d)\)/g;
// Words whose stop is an abbreviation's, not a sentence's, inside a title (`Mr. Smith`, `St. Louis`).
const ABBREVIATION = new RegExp(`(?:^|[\\s(])(?:${anyOf(PARSE_WORDS.titleAbbreviations)})$`);
// What may follow a title ended by a question or an exclamation: an element, not more of the title.
const ELEMENT_START =
  /^(?:Translated|Edited|Trans\.|Ed\.|Eds\.|Dir\.|In\s|Vol\.|\d|[A-Z][\p{L} .'-]{1,40}(?:,\s*[A-Z][\p{L}.]{1,6})?:\s)/u;
// A container printed without italics ends where its numbering, editors or date begin.
const CONTAINER_END =
  /,\s(?:by\s|edited by|[Ee]d\.|[Ee]ds\.|translated by|[Tt]rans\.|vol\.|Vol\.|no\.|No\.|pp?\.|(?:1[5-9]|20)\d\d\b|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s\d|\d{1,2}\s(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)|[^,]*;)|\s\d{1,2}\s(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s\d{4}|\s\d+(?:,\s*no\.|\s*\(|:|\.\s?\d+\s*\()|\s\((?:[A-Z][a-z]+\.?\s)?(?:1[5-9]|20)\d\d\)|\.\s|\.?$/;

/** `rest` with the container that starts at `from` marked as emphasis, up to where its numbering or date begins. */
function markContainer(rest: string, from: number): string {
  const end = CONTAINER_END.exec(rest.slice(from));
  const to = from + (end ? end.index : rest.length - from);
  return to > from ? `${rest.slice(0, from)}*${rest.slice(from, to)}*${rest.slice(to)}` : rest;
}

/**
 * Where a title printed without italics or quotes ends: the first full stop, question or exclamation
 * mark that closes a sentence — not an initial's stop (`U.S.`, `John F. Kennedy`) or an abbreviation's,
 * and not a question followed by its own subtitle.
 */
function plainTitleEnd(s: string): number {
  for (let k = 0; k < s.length; k++) {
    const c = s[k];
    if (c !== '.' && c !== '?' && c !== '!') continue;
    const last = k + 1 >= s.length;
    if (!last) {
      // A sentence ends where space and a capital, a digit, a quote or a bracket follow.
      let j = k + 1;
      while (j < s.length && (s[j] === ' ' || s[j] === '\u00a0')) j++;
      // MLA opens its numbering in lower case (`Archives of Scientific Psychology. no. 1, 2018`).
      if (j === k + 1 || j >= s.length || !(/[A-Z\d“"‘(]/.test(s[j]!) || /^(?:no|vol|pp?)\.\s/.test(s.slice(j, j + 5))))
        continue;
    }
    if (c === '.') {
      const before = s.slice(Math.max(0, k - 8), k);
      if (/(?:^|[\s.(])[A-Z]$/.test(before) || (k === 1 && /[A-Z]/.test(s[0]!)) || ABBREVIATION.test(before)) continue;
      return k;
    }
    if (last || ELEMENT_START.test(s.slice(k + 1).trimStart())) return k + 1;
  }
  return s.length;
}

export interface BibliographyNote {
  /** The entry rewritten in note form (`Given Family, *Title*, rest`). */
  note: string;
  /** The first name as an inverted head prints it: there the family name is certain. */
  first: CslName | null;
  /** The year of first publication printed before the edition cited (`1900. Ed. & tran. …, 2010`). */
  original?: string;
  /** A film's director (`Dir. L. Malle`). */
  director?: string;
}

/**
 * Chicago and MLA bibliography entries: the first author inverted and every element closed by a full
 * stop. Rewritten into the note form (`Given Family, *Title*, rest`) the note parser already reads.
 * Titles and containers that lost their italics (plain-text conversions) are marked again here, where
 * the stops still show where they end.
 */
export function bibliographyToNote(text: string): BibliographyNote | null {
  const head = readBibHead(text);
  if (!head) return null;
  const dated = AUTHOR_DATE.exec(head.rest);
  const t = readBibTitle(dated ? head.rest.slice(dated[0].length) : head.rest, head.whole);
  if (!t) return null;
  let rest = t.rest;
  // `“On the Essence of Truth.” 1961. Basic Writings, …, 2008`: the year of first publication, then the edition cited.
  // A year standing alone is the date cited when no other follows (`Title. 2014. University of Virginia`).
  const yearFirst = ORIGINAL_YEAR.exec(rest);
  const original = yearFirst && /\b(?:1[5-9]|20)\d\d\b/.test(rest.slice(yearFirst[0].length)) ? yearFirst : null;
  if (original) {
    rest = rest.slice(original[0].length);
    if (t.plainQuoted && /^[A-Z]/.test(rest)) rest = markContainer(rest, 0);
  }
  // `Dir. L. Malle`: a film's director, not one of the elements the note form knows.
  const director = DIRECTOR.exec(rest);
  if (director) rest = rest.slice(0, director.index) + rest.slice(director.index + director[0].length);
  rest = inNoteForm(rest, dated);
  const out: BibliographyNote = {
    note: head.names ? `${head.names}, ${t.title}, ${rest}` : `${t.title}, ${rest}`,
    first: head.first,
  };
  if (original) out.original = original[1]!;
  if (director) out.director = director[1]!.trim();
  return out;
}

/** The names before the title, written as the note form prints them, and what follows them. */
interface BibHead {
  names: string;
  first: CslName | null;
  rest: string;
  /** The head is a name printed whole (`Sima Qian.`, `World Bank.`), not inverted. */
  whole: boolean;
}

/**
 * The head: an inverted name and the co-authors after it, a name printed whole, MLA's `---.` for the author
 * of the entry before, or nothing when the title comes first (`Goodbye Children. Dir. L. Malle, …`). Null
 * when the entry opens with none of them.
 */
function readBibHead(text: string): BibHead | null {
  // The inverted head is followed by a full stop within a few words.
  // MLA's `---.`: the author of the entry before, which a single entry cannot name.
  const repeated = REPEATED_AUTHOR.exec(text);
  const stop = text.indexOf('. ');
  if (!repeated && (stop === -1 || stop > 120)) return null;
  const comma = text.indexOf(',');
  let head = !repeated && comma !== -1 && comma < stop ? BIB_HEAD.exec(text) : null;
  // `Bowie, D. Blackstar. Columbia, 2016.`: a word after the initials is the title when what follows it
  // is an imprint, not a title (`Skinner, G. William. The City in …`).
  if (head && INITIALS_THEN_WORD.test(head[2]!) && IMPRINT_SENTENCE.test(text.slice(head[0].length))) {
    head = BIB_HEAD_INITIALS.exec(text);
  }
  // `Sima Qian.`, `World Bank.`, `Canada Council for the Arts.`: a name printed as it is, nothing to invert.
  let whole =
    head || repeated
      ? null
      : (UNINVERTED_HEAD.exec(text) ??
        (stop !== -1 && ISSUER_WORD.test(text.slice(0, stop)) ? BIB_HEAD_BODY.exec(text) : null));
  if (whole && ABBREVIATION.test(whole[1]!)) whole = null;
  // `Goodbye Children. Dir. L. Malle, …`: what follows names a role, so the head was the title.
  if (whole && ROLE_AFTER.test(text.slice(whole[0].length))) whole = null;
  // `Goodbye Children. Dir. L. Malle, …`, `Happiness. Dir. S. Cutts, Vimeo, 2017.`: no author, the title first.
  const titleFirst =
    !head &&
    !whole &&
    !repeated &&
    ROLE_WORD.test(text) &&
    /^[A-Z“"]/.test(text) &&
    ROLE_AFTER.test(text.slice(plainTitleEnd(text) + 1).trimStart());
  if (!head && !whole && !repeated && !titleFirst) return null;
  const rest = titleFirst ? text : text.slice((head ?? whole ?? repeated)![0].length);
  if (!head) return { names: whole ? whole[1]! : '', first: null, rest, whole: whole !== null };
  const [, family, given, suffix, others, etAl, role] = head;
  const first: CslName = { family: family!, given: given!.trim() };
  if (suffix) first.suffix = suffix.replace(/\.$/, '');
  const names = `${first.given} ${family}${suffix ? ` ${suffix}` : ''}${others ?? ''}${etAl ?? ''}${role ? `${role.replace(/\.$/, '')}.` : ''}`;
  return { names, first, rest, whole: false };
}

/** The title, marked as the note form marks it (`*Book*`, `“Article”`), and what follows it. */
interface BibTitle {
  title: string;
  rest: string;
  /** A quoted title in an entry without emphasis marks: its container is marked here. */
  plainQuoted: boolean;
}

/**
 * The title after the head: in emphasis, in quotation marks, or — without any marks — the first sentence.
 * `whole`: the head was a name printed whole, which needs more than a title after it.
 */
function readBibTitle(after: string, whole: boolean): BibTitle | null {
  // Without emphasis marks (an address's underscores are none).
  const marks = after.replace(/(?:https?|ftp):\/\/\S+/g, '');
  const plain = marks.indexOf('*') === -1 && marks.indexOf('_') === -1;
  if (after.startsWith('*')) {
    const close = after.indexOf('*', 1);
    if (close < 0) return null;
    return { title: after.slice(0, close + 1), rest: after.slice(close + 1), plainQuoted: false };
  }
  if (after.startsWith('“') || after.startsWith('"')) {
    const close = after.slice(1).search(/[”"]/) + 1;
    if (close < 1) return null;
    const title = `“${after.slice(1, close).replace(/[.,]$/, '')}”`;
    let rest = after.slice(close + 1);
    if (plain && !ORIGINAL_YEAR.test(rest)) {
      // `“Title.” Modern China 19, no. 2 (1993)`, `“Title.” In Book, edited by …`: the container is marked.
      const m = /^\s*[.,]?\s*(In\s+)?(?=[A-Z])/.exec(rest);
      if (m) rest = markContainer(rest, m[0].length);
    }
    return { title, rest, plainQuoted: plain };
  }
  if (!plain || !/^[A-Z\d]/.test(after)) return null;
  const end = plainTitleEnd(after);
  // An uninverted head is a name only when more than a title follows (`Stanford University. Department
  // of Civil Engineering.` is one body's name in two parts).
  if (whole && end >= after.replace(/[.\s]+$/, '').length) return null;
  return { title: `*${after.slice(0, end).replace(/\.$/, '')}*`, rest: after.slice(end), plainQuoted: false };
}

/**
 * The elements after the title in the note form: sentence stops become commas; `Translated by` / `Edited by`
 * become the note's `trans.` / `ed.`; an author-date entry's year goes where the note form prints it; MLA's
 * volume and issue joined by a stop are split.
 */
function inNoteForm(after: string, dated: RegExpExecArray | null): string {
  // A stop after an initial (`Gary G. Hamilton`, `M. B. DeBevoise`) stays.
  let rest = after
    .replace(/\bEd\.\s*(?:&|and)\s*tran?s?\.\s/g, 'ed. and trans. ')
    .replace(/^\s*[.,]?\s*/, '')
    .replace(/(?<!(?:^|[\s.])[A-Z]|\b(?:Eds?|eds?|Trans|trans|Dir|Vol|vol|No|no|pp?))\.\s+(?=[A-Z*“"])/g, ', ')
    .replace(/\b[Ee]dited and translated by\b/g, 'ed. and trans.')
    .replace(/\b[Tt]ranslated by\b/g, 'trans.')
    .replace(/\b[Ee]dited by\b/g, 'ed.');
  if (dated) {
    // The year goes where the note form prints it: in the journal's numbering, or closing the imprint.
    const vip = VOL_ISSUE_PAGES.exec(rest);
    rest = vip
      ? rest.replace(vip[0], `${vip[1]}, no. ${vip[2]} (${dated[1]}): ${vip[3]}`)
      : `${rest.replace(/\.\s*$/, '')}, ${dated[1]}`;
  }
  // `Journal 31. 1 (2018): 17–39`, `31.1 (2018)`: MLA's volume and issue joined by a stop.
  return rest
    .replace(VOLUME_DOT_ISSUE, '$1, no. $2 ($3)')
    .replace(/\b(?:Eds?)\.\s/g, 'ed. ')
    .replace(/\bTrans\.\s/g, 'trans. ');
}
