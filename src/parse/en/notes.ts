import type { CslItem } from '../../model/csl.js';
import type { Draft } from '../types.js';
import { findEnPages, normalizePages } from '../locators.js';
import { namesBeforeTitle, parseEnNames } from '../names.js';
import { parsePlain } from './plain.js';
import { bibliographyToNote, parseApa } from './sentences.js';
import { anyOf } from '../../util/regexp.js';
import { PARSE_WORDS } from '../words.js';
import { ISSUER_WORDS, legalType, NEWSPAPER, refinePlainType } from './kinds.js';

const ITALIC = /(?:\*{1,2}|_)([^*_]+?)(?:\*{1,2}|_)/;
const IMPRINT =
  /(?:^\s*|[.,(]\s*)([A-Z][A-Za-z.' -]{1,40}?(?:,\s*(?:[A-Z]{2}|[A-Z][a-z]{1,4}\.|[A-Z]\.\s?[A-Z]\.))?)\s*:\s*([^,():;]+?)\s*,\s*((?:1\d|20)\d\d)\b/;
// Magazines known by name (data/parse-words.json; papers: NEWSPAPER); anything else with a volume is a journal.
const MAGAZINES = new RegExp(`^(?:The )?(?:${anyOf(PARSE_WORDS.magazineNames)})$`);
// A host named as a meeting's makes its parts conference papers.
const PROCEEDINGS = new RegExp(`\\b(?:${anyOf(PARSE_WORDS.meetingWords)})\\b`);
// A body named as the author (`United Nations Department of …`): what it issues without a host is a report.
const ISSUING_BODY = new RegExp(`\\b(?:${ISSUER_WORDS})\\b`);
const YEAR = /\b((?:1\d|20)\d\d)\b/g;
const DAY_DATE =
  /\b\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{4}\b|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},\s+\d{4}\b/;
const BLUEBOOK =
  /,\s+(\d{1,4})\s+([A-Z][\w.'’& ]{0,60}?)\s+(\d{1,5})(?:,\s*(\d{1,5}(?:\s*[-–]\s*\d{1,5})?))?\s+\(([^()]*?)\s*((?:1[5-9]|20)\d\d)\)$/;
const GERMAN_JOURNAL =
  /,\s+([A-Z][A-Za-z.-]{1,15})\s+(\d{1,4})\s+\(((?:1[5-9]|20)\d\d)\)(?:,\s*(\d+(?:\s*[-–]\s*\d+)?))?$/;
const VENUE_ONLY = /^\s*,\s*([A-Z][\p{L} .'-]+,\s[A-Z]{2},\s[A-Z][\p{L} ]+)\.?\s*$/u;
// The reporters and statute books of United States law, by their abbreviations.
const REPORTER =
  /^(?:U\.\s?S\.|S\.\s?Ct\.|L\.\s?Ed\.(?:\s?2d)?|F\.(?:\s?Supp\.)?(?:\s?[234]d)?|F\.\s?App'x|[A-Z][a-z]{0,4}\.\s?[234]d|[A-Z]\.[A-Z]\.[234]d|Stat\.|U\.S\.C\.|C\.F\.R\.|F\.R\.|Fed\.\s?Reg\.|Cong\.\s?Rec\.|[A-Z][a-z]{1,5}\.\s?Stat\.)$/;
// Statute books among the reporters: what they hold is legislation.
const STATUTE_BOOK = /\b(?:Stat|U\.S\.C|C\.F\.R|F\.R|Reg|Rec)\./;
const BOOK_CUES = ['publisher', 'publisher-place', 'edition', 'editor', 'translator', 'volume', 'ISBN'] as const;
const GLUED_PAGES = /\.\s+(\d{1,5}(?:\s*[-–]\s*\d{1,5})?)$/;
// A lone figure that could be a year (`…, 2013.`) is the year, not a page.
const SHORT_FORM_PAGE = /^\s*,\s*(?!(?:1[5-9]|20)\d\d\s*\.?\s*$)(\d{1,5}(?:\s*[-–]\s*\d{1,5})?)\s*\.?\s*$/;
const AFTER_YEAR_PAGES = /(?:^|[\s,])(?:1[5-9]|20)\d\d\s*,\s*([A-Z]?\d{1,6}(?:\s*[-–]\s*[A-Z]?\d{1,6})?)\.?\s*$/;
const LINK = /(?:https?|ftp):\/\/[^\s<>，。]+/i;
const BARE_LINK =
  /,\s*((?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|edu|gov|int|io|co|uk|de|fr|cn|jp|info)(?:\/[^\s，。]*)?)\.?$/;
const DOI_LINK = /doi\.org\/(10\.\d{4,9}\/\S+)/i;
const DOI_FIELD = /\bdoi:\s*(10\.\d{4,9}\/[^\s,;]+)/i;
const DOI_BARE = /\b(10\.\d{4,9}\/[^\s,;]+)/;
// Cheap pre-check for the access-date phrase below, which is costly to search for in every note.
const ACCESS_WORD = /ccessed|etrieved|iewed/i;
const ACCESSED =
  /\b(?:accessed|retrieved|viewed)\s+(?:on\s+)?([A-Z][a-z]+\.? \d{1,2}, \d{4}|\d{1,2} [A-Z][a-z]+ \d{4}|\d{4}-\d{2}-\d{2})/i;

const LINK_TAIL = /[.,;)]+$/;
// `<URL>，January 3, 2025`: the date after a link.
const READ_AFTER_LINK = /^[，,]\s*((?:[A-Z][a-z]+\.?\s+\d{1,2},\s*|\d{1,2}\s+[A-Z][a-z]+\.?\s+)(\d{4}))\.?/;
const EDITORS_ROLE = /(?:,\s*|\s+)\(?(eds?\.?|editors?)\)?$/i;

// After a quoted title. `in A and B, eds., Book` / `in A (ed.), Book`: the role word closes the editors' names;
// in Chicago's `in Book, ed. A and B` it opens them, with no comma after it.
const IN_EDITORS =
  /^\s*[,.]?\s*(?:trans\.\s+[^,]+,\s*)?[Ii]n:?\s+(.*?)\s*(?:,\s*)?(?:\((?:eds?\.|editors?)\)\s*,?|(?:eds?\.|editors?),)\s*/;
const IN_LEAD = /^\s*[,.]?\s*[Ii]n:?\s+/;
const BARE_IN = /^\s*[,.]?\s*[Ii]n\s+(?=[A-Z])/;
const HOST_TRANSLATOR = /^\s*[,.]?\s*trans\.\s+([^,]+),/;
// What a host read as a book gives the part.
const HOST_FIELDS = ['publisher', 'publisher-place', 'issued', 'volume', 'URL'] as const;
const SITE_BEFORE_DATE = /^\s*[,.]?\s*([A-Z][^,()]*?)\s*,\s*(?:[A-Z][a-z]+\.?\s+\d{1,2},\s*)?(?:1[5-9]|20)\d\d\b/;
const MONTH_DAY = /^[A-Z][a-z]+\.?\s+\d{1,2}$/;
const DEGREE =
  "((?:Unpublished\\s+)?(?:Doctoral Dissertation|PhD (?:diss(?:ertation)?\\.?|thesis)|Ph\\.D\\. (?:diss(?:ertation)?\\.?|thesis)|Master[’']s Thesis|MA thesis|M\\.A\\. thesis))";
// `,” PhD diss., University of Chicago, 2010`: the degree, the school and the year.
const THESIS_AFTER_TITLE = new RegExp(
  `^\\s*[,.]?\\s*${DEGREE},\\s*([^,]+(?:,\\s*[A-Z][a-z]+)?),\\s*((?:1[5-9]|20)\\d\\d)`,
  'i',
);
const THESIS_ISSUER = new RegExp(`^${DEGREE},\\s*(.+)$`, 'i');
const TRANSLATOR_BEFORE_PERIODICAL = /^\s*[,.]?\s*trans\.\s+([^,]+?)(?=,\s)/;
const PLACED_IMPRINT =
  /^\s*[,.]?\s*[A-Z][\p{L} .'-]{1,40}(?:,\s*[A-Z][\p{L}.]{1,6})?:\s*[^():]+?,\s*(?:1[5-9]|20)\d\d\b/u;
// A periodical's name, up to its volume, issue, year in brackets, pages or full date.
const PLAIN_PERIODICAL =
  /^\s*[,.]?\s*(?!in\s)([A-Z][^()]*?)\s*(?:,\s*(?:vol\.|Vol\.|Volume|no\.|No\.)|,?\s*\d+\s*\(|\s+\d+,\s*no\.|\s*\((?:[A-Z][a-z]+\.?\s+)?(?:\d{1,2},?\s+)?\d{4}\)|,\s*pp?\.|,\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},\s+\d{4}\b|,\s*\d{1,2}\s(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{4}\b|,\s*(?:1[5-9]|20)\d\d\s*,\s*pp?\.)/;
const PERIODICAL_ALONE = /^\s*[,.]?\s*([A-Z][^(),]*?)\.?$/;
const DATED_IMPRINT =
  /^\s*[,.]?\s*([A-Z][^()]*?),\s*((?:1[5-9]|20)\d\d)(?:\s*[-–]\s*(?:1[5-9]|20)\d\d)?(?:,\s*pp?\.\s*[\d-–]+)?\.?$/;
const NOTHING_LEFT = /^\s*[.,]?\s*$/;
const YEAR_FIRST = /^\s*[,.]?\s*((?:1[5-9]|20)\d\d)\b/;
const REPORT_SERIES =
  /^((?:Working|Discussion|Policy|Technical|Research|Occasional) Papers?(?: Series)?)\s+(?:no\.|No\.)\s*([\w.-]+),\s*(.+)$/;
const PLACE_THEN_BODY = /^([A-Z][\p{L} .'-]+?(?:,\s*[A-Z][\p{L}.]{1,6})?)\s*:\s*(.+)$/u;
const MLA_HOST =
  /^\s*,\s*ed\.\s+([^,]+?)(?:,\s*(?:trans\.|translated by)\s+([^,]+?))?(?:,\s*(?:\d+(?:st|nd|rd|th)|[A-Z][a-z]+ \d{4}) ed\.)?(?:,\s*vol\.\s*(\d+))?,\s*([^,]+?),\s*((?:1[5-9]|20)\d\d)\b/;
const EXTENT_ONLY = /^\s*,\s*(\d+\s*[-–]\s*\d+)\.?\s*$/;
const EDITORS_BEFORE_IMPRINT = /^\s*,\s*(?:ed\.|eds\.|edited by)\s+([^()]+?)\s*(?=\()/;
const EDITORS_THEN_PAGES = /^\s*,\s*(?:ed\.|eds\.|edited by)\s+([^()]+?),\s*(\d+\s*[–-]\s*\d+)\s*(?=,)/;

// Marked elements of the rest.
const EDITOR_AND_TRANSLATOR = /(?:ed\.\s+and\s+trans\.|edited and translated by)\s+([^,;()]+?)(?=,\s|\s*\(|\.?$)/i;
const TRANSLATOR = /(?:trans\.|translated by|tr\.)\s+([^,;()]+?)(?=,\s|\s*\(|\.?$)/i;
const EDITION = /(?:^|,)\s*(?:(\d+)(?:st|nd|rd|th)|(rev\.|revised))\s+ed(?:\.|ition|(?=,))/i;
const EDITOR = /(?:^|,)\s*(?:ed\.|edited by)\s+([^,;()]+?)(?=,\s|\s*\(|\.?$)/i;
const CHICAGO_NUMBERING =
  /^\s*,?\s*(?:(\d+)|(?=,\s*no\.))(?:,?\s*no\.\s*(\d+))?\s*\((?:[A-Z][a-z]+\.?\s+)?(\d{4})\)(?::\s*([\d–-]+))?/;
const PAGE_AFTER_IMPRINT = /\(\s*[^()]*\d{4}\s*\),\s*(\d+(?:\s*[-–]\s*\d+)?)\s*\.?$/;
const VOLUME = /\b(?:Vol\.|vol\.|Volume|volume)\s*(\d+)/;
const ISSUE = /\b(?:No\.|no\.|Issue|issue|Nr\.)\s*(\d+(?:[-–/]\d+)?)/;
const APA_NUMBERING = /,\s*(\d+)\s*\((\d+(?:[-–]\d+)?)\)/;
const NAMED_PUBLISHER =
  /(?:^|[,(])\s*([^,():]*?(?:Press|Publishers?|Books|Verso|Routledge|Penguin|Wiley|Springer|Blackwell|Macmillan|UP|U of [^,():]+ P))\s*,/;
const PUBLISHER_BEFORE_YEAR = /(?:^|,)\s*([A-Z][^,():]{1,60}?)\s*,\s*(?:1[5-9]|20)\d\d\b/;
const NOT_A_PUBLISHER = /^(?:vols?\.|no\.|trans\.|ed\.|eds\.|\d)/i;
const NUMBER_LIKE = /^[A-Z]{1,4}\d|^[A-Z]?\d/;
const EXTENT_AT_END = /(?:\)|\d),\s*(\d+\s*[-–]\s*\d+)\s*\.?\s*$/;

// `(Cambridge, MA: Harvard University Press, 1984)`, `(Princeton University Press, 2000)`.
const BRACKETED_IMPRINT =
  /\s\(((?:[^()]*?:\s*[^()]+?|[^()]*?\b(?:Press|UP|Books|Publishers?|Publishing)\b[^()]*?),\s*(?:1[5-9]|20)\d\d)\)(?:,\s*(\d+(?:\s*[-–]\s*\d+)?)(?=\.?$|[,;]))?/;

function openImprint(text: string): string {
  const m = BRACKETED_IMPRINT.exec(text);
  if (!m) return text;
  const pages = m[2] ? `, ${/[-–]/.test(m[2]) ? 'pp.' : 'p.'} ${m[2]}` : '';
  return `${text.slice(0, m.index)}, ${m[1]}${pages}${text.slice(m.index + m[0].length)}`;
}

interface Quoted {
  index: number;
  /** The quotation with its marks. */
  0: string;
  /** What is between the marks, without a comma or stop before the closing mark. */
  1: string;
}

/**
 * The first quotation (`“Title,”`, `"Title"`): a scan, not a lazy pattern, because an unclosed opening
 * mark would make the pattern retry from every later mark (quadratic on hostile input). British single
 * quotes (`‘A Theory of Play’`) count where no double quote opens first.
 */
function findQuoted(s: string): Quoted | null {
  return findDoubleQuoted(s) ?? findSingleQuoted(s);
}

function findDoubleQuoted(s: string): Quoted | null {
  for (
    let i = s.indexOf('“') === -1 && s.indexOf('"') === -1 && s.indexOf('«') === -1 ? s.length : 0;
    i < s.length;
    i++
  ) {
    const c = s[i];
    if (c !== '“' && c !== '"' && c !== '«') continue;
    // French guillemets (`« Le droit de la mer »`) close only with their own mark.
    const closing = c === '«' ? '»' : null;
    let j = i + 1;
    while (j < s.length && (closing ? s[j] !== closing : s[j] !== '”' && s[j] !== '"')) j++;
    if (j >= s.length) return null;
    // `“”` is no quotation; the closing mark may open the next one.
    if (j === i + 1) continue;
    return quotation(s, i, j);
  }
  return null;
}

// `’` is also the apostrophe (`Bateson’s`, `O’Brien`): it closes a quotation only where no letter follows.
const LETTER = /\p{L}/u;
// `‘` opens a quotation at the start or after a space or an opening bracket, never inside a word.
const OPENS_AFTER = /[\s([{—–-]/u;

/** The first British quotation (`‘The Uneventful Event’, *Irish Times*`), its closing mark told from an apostrophe. */
function findSingleQuoted(s: string): Quoted | null {
  for (let i = s.indexOf('‘'); i !== -1; i = s.indexOf('‘', i + 1)) {
    if (i > 0 && !OPENS_AFTER.test(s[i - 1]!)) continue;
    let j = s.indexOf('’', i + 1);
    while (j !== -1 && LETTER.test(s[j + 1] ?? '')) j = s.indexOf('’', j + 1);
    if (j === -1) return null;
    if (j > i + 1) return quotation(s, i, j);
  }
  return null;
}

function quotation(s: string, i: number, j: number): Quoted {
  let inner = s.slice(i + 1, j).trim();
  if (inner.length > 1 && (inner.endsWith(',') || inner.endsWith('.'))) inner = inner.slice(0, -1);
  return { index: i, 0: s.slice(i, j + 1), 1: inner };
}

/**
 * English notes and bibliographies as Chinese journals print them (Chicago-like) and in Chicago, APA and
 * MLA: `Author, *Book*, Place: Publisher, 2013, p. 131`, `Author, “Article”, *Journal*, Vol. 19, No. 1,
 * 2019`, `Author, “Chapter”, in Eds (eds.), *Book*, …`, `Author, “Page”, <URL>`.
 */
export function parseEn(s: string, base: number): Draft {
  const out: Draft = {
    item: { id: '', type: 'book', language: 'en-US' },
    confidence: {},
    spans: {},
    locator: null,
    locatorRaw: null,
  };
  const it = out.item;
  // Reference-list forms with full stops between elements: APA, then Chicago/MLA bibliography.
  if (parseApa(s, out)) return out;
  const bib = bibliographyToNote(s);
  parseNote(bib ? bib.note : s, base, out);
  if (bib?.first) {
    // The inverted head said which word is the family name (`Skinner, G. William`); the rewritten note
    // cannot say it again.
    const list = it.author ?? it.editor;
    if (list?.length) list[0] = bib.first;
  }
  // `“Brown v. Board of Education.” U.S., vol. 347`: a law report or a statute book holds cases and acts.
  const reported = it.type !== 'chapter' ? reportedType(it) : null;
  if (reported) {
    it.type = reported;
    out.confidence.type = 'guessed';
  }
  // What a plain note says through its words (a record label, a studio, a case name) a bibliography says too.
  if (bib && it.type === 'book') {
    if (it.URL && !it.publisher && !it['publisher-place']) it.type = 'webpage';
    else refinePlainType(it);
  }
  // `New York, NY: Liveright Publishing Corporation. 55-56.`: the pages after the imprint are the cited ones.
  const glued = it.publisher ? GLUED_PAGES.exec(it.publisher) : null;
  if (glued) {
    it.publisher = it.publisher!.slice(0, glued.index);
    if (!out.locator) {
      out.locator = normalizePages(glued[1]!);
      out.locatorRaw = glued[1]!;
    }
  }
  // An italic title with nothing that makes it a book (imprint, edition, editor, translator, volume) is a book
  // by default only: a film, a record or an artwork prints the same way (`*Logan’s Run*, Action, Sci-Fi, (1976)`).
  if (it.type === 'book' && !BOOK_CUES.some((f) => it[f] !== undefined)) out.confidence.type = 'guessed';
  // A journal read from its position (no italics in a converted document) is a journal still when a volume or an
  // issue follows it: those settle the type.
  if (it.type === 'article-journal' && it['container-title'] && (it.volume || it.issue)) delete out.confidence.type;
  if (bib?.original) it['original-date'] = { 'date-parts': [[Number(bib.original)]] };
  if (bib?.director) {
    it.director = parseEnNames(bib.director).names;
    // A director makes the work a film, whatever its imprint looked like.
    if (it.type === 'book') it.type = 'motion_picture';
  }
  return out;
}

/** A case or an act by its title, or by the law report or statute book it is printed in; null for anything else. */
function reportedType(it: Draft['item']): Draft['item']['type'] | null {
  const container = it['container-title'] ?? '';
  if (!REPORTER.test(container)) return null;
  return legalType(it.title ?? '', it.author) ?? (STATUTE_BOOK.test(container) ? 'legislation' : 'legal_case');
}

/**
 * Citations that end in their source's numbering — Bluebook's `73 Yale Law Journal 733 (1964)`, German
 * `ZStW 129 (2017)` — carry what stands before the numbering as a plain note: authors and title.
 */
function numberedTail(head: string, out: Draft, base: number): void {
  parsePlain(head, out, base);
  delete out.item.publisher;
  delete out.item['publisher-place'];
  out.confidence.type = 'guessed';
}

/**
 * A note read from the outside in: the link, DOI and access date come off first; then the title (the first
 * quotation or emphasis) and the names before it; then, after a quoted title, the host or the periodical
 * that carries it; and last the marked elements of the rest — roles, numbering, imprint, date and pages.
 */
function parseNote(s: string, base: number, out: Draft): Draft {
  let text = takeDoiAndAccess(takeLink(s, out.item), out.item);
  // Without italics a Chicago imprint in brackets would be read as part of the title:
  // `Title (New Haven: Yale University Press, 1998), 4–6` is read as `Title, New Haven: …, 1998, pp. 4–6`.
  if (text.indexOf('(') !== -1 && text.indexOf('*') === -1 && text.indexOf('_') === -1) text = openImprint(text);
  const q = findQuoted(text);
  const i = ITALIC.exec(text);
  const quotedFirst = q && (!i || q.index < i.index);
  const titleMatch = quotedFirst ? q : i;
  if (!titleMatch) return readUntitled(text, out, base);
  readTitleAndNames(text, titleMatch, out, base);
  let rest = text.slice(titleMatch.index + titleMatch[0].length);
  // A short form (`Bateson, ‘A Theory of Play and Fantasy’, 185.`, `Myers, *Bio Art*, 192–95.`): names, title and
  // the page cited, nothing that tells the work's type.
  const cited = SHORT_FORM_PAGE.exec(rest);
  if (cited) {
    out.locator = normalizePages(cited[1]!);
    out.locatorRaw = cited[1]!;
    out.confidence.type = 'guessed';
    return out;
  }
  if (quotedFirst) {
    const after = readAfterQuotedTitle(rest, titleMatch.index + titleMatch[0].length, out, base);
    if (after === null) return out;
    rest = after;
  }
  rest = readNumbering(readRoles(rest, out), out);
  readImprint(rest, out);
  // `*New York Times*, 10 October 2004`, `*Wired UK*, 17 October 2012, https://…`: a periodical cited by its day
  // and without volume or issue is a paper or a magazine, not a journal.
  const it = out.item;
  if (it.type === 'article-journal' && !it.volume && !it.issue && it['container-title'] && DAY_DATE.test(rest)) {
    it.type = NEWSPAPER.test(it['container-title']) ? 'article-newspaper' : 'article-magazine';
    out.confidence.type = 'guessed';
  }
  readPages(rest, out);
  return out;
}

/** The address (`https://…`, or MLA's `theintercept.com/…` without its scheme) and the date it was read, taken out. */
function takeLink(s: string, it: CslItem): string {
  let text = s;
  // MLA prints addresses without their scheme (`theintercept.com/2020/05/08/…`), last in the entry.
  const bare = text.indexOf('://') === -1 ? BARE_LINK.exec(text) : null;
  if (bare) {
    it.URL = bare[1]!;
    text = text.slice(0, bare.index);
  }
  const url = text.indexOf('://') === -1 ? null : LINK.exec(text);
  if (url) {
    it.URL = url[0].replace(LINK_TAIL, '');
    // `<URL>，January 3, 2025`: the date after a link is when it was read.
    const seen = READ_AFTER_LINK.exec(text.slice(url.index + url[0].length));
    if (seen) it.accessed = { 'date-parts': [[Number(seen[2])]], raw: seen[1] as string };
    text = text.slice(0, url.index) + text.slice(url.index + url[0].length + (seen ? seen[0].length : 0));
  }
  return text;
}

/** The DOI (from the address, a `doi:` field or bare) and an access-date phrase, the phrase taken out. */
function takeDoiAndAccess(s: string, it: CslItem): string {
  let text = s;
  const doi =
    text.indexOf('10.') === -1 && !it.URL
      ? null
      : (DOI_LINK.exec(it.URL ?? '') ?? DOI_FIELD.exec(text) ?? DOI_BARE.exec(text));
  if (doi) {
    it.DOI = doi[1]!.replace(LINK_TAIL, '');
    // Its digits are no year or page (`doi:10.1007/BF01256548` is not 1007).
    if (doi.input === text) text = text.slice(0, doi.index) + text.slice(doi.index + doi[0].length);
  }
  const accessed = ACCESS_WORD.test(text) ? ACCESSED.exec(text) : null;
  if (accessed) {
    const y = /\d{4}/.exec(accessed[1]!)![0];
    it.accessed = { 'date-parts': [[Number(y)]], raw: accessed[1] as string };
    text = text.replace(accessed[0], '');
  }
  return text;
}

/**
 * A note with neither quotation nor emphasis. Bluebook: `Roe v. Wade, 410 U.S. 113 (1973)`, `Charles A. Reich,
 * The New Property, 73 Yale Law Journal 733 (1964)`: volume, reporter or journal, first page, pinpoint, and the
 * court and year in brackets. German: `Benjamin Vogel, Rechtsgüterschutz und Normgeltung, ZStW 129 (2017), 1-20`:
 * journal, volume, (year), pages. Anything else is read piece by piece.
 */
function readUntitled(text: string, out: Draft, base: number): Draft {
  const it = out.item;
  const unstopped = text.replace(/\.$/, '');
  const bb = /\)$/.test(unstopped) ? BLUEBOOK.exec(unstopped) : null;
  if (bb) {
    numberedTail(text.slice(0, bb.index), out, base);
    it.volume = bb[1];
    it['container-title'] = bb[2]!.trim();
    it.page = bb[3];
    if (bb[4]) {
      out.locator = normalizePages(bb[4]);
      out.locatorRaw = bb[4];
    }
    it.issued = { 'date-parts': [[Number(bb[6])]] };
    if (bb[5]) it.authority = bb[5].trim();
    it.type = reportedType(it) ?? (/ v\. /.test(it.title ?? '') ? 'legal_case' : 'article-journal');
    return out;
  }
  const de = GERMAN_JOURNAL.exec(unstopped);
  if (de) {
    numberedTail(text.slice(0, de.index), out, base);
    it.type = 'article-journal';
    it['container-title'] = de[1];
    it.volume = de[2];
    it.issued = { 'date-parts': [[Number(de[3])]] };
    if (de[4]) it.page = normalizePages(de[4]);
    return out;
  }
  return parsePlain(unstopped, out, base);
}

/** The title found, and the names before it: authors, or editors when a role word closes them. */
function readTitleAndNames(text: string, titleMatch: Quoted | RegExpExecArray, out: Draft, base: number): void {
  const it = out.item;
  const who = namesBeforeTitle(text.slice(0, titleMatch.index));
  it.title = titleMatch[1].trim().replace(/[,.]$/, '');
  out.spans.title = { start: base + titleMatch.index + 1, end: base + titleMatch.index + 1 + titleMatch[1].length };
  out.confidence.title = 'parsed';
  if (!who) return;
  const edited = EDITORS_ROLE.exec(who);
  const names = parseEnNames(edited ? who.slice(0, edited.index) : who).names;
  if (names.length) {
    it[edited ? 'editor' : 'author'] = names;
    out.confidence[edited ? 'editor' : 'author'] = 'guessed';
    out.spans[edited ? 'editor' : 'author'] = { start: base, end: base + who.length };
  }
}

/**
 * What follows a quoted title: the host it is a part of (`in A and B, eds., *Book*`), the periodical that
 * carries it, a thesis's degree and school, or a report's issuing body. `at` is where `rest` starts in the
 * note. Null when a host read as a book has settled the note.
 */
function readAfterQuotedTitle(rest0: string, at: number, out: Draft, base: number): string | null {
  const it = out.item;
  let rest = rest0;
  const inMatch = IN_EDITORS.exec(rest);
  const container = ITALIC.exec(rest);
  // `…,” in R. I. Rotberg and T. K. Rabb, eds., Hunger and History, Cambridge, Mass.: CUP, 1983, pp. 55-88`
  // without italics: the host is read like a book whose title is the container.
  // `,” in Proceedings of …, Online: ACL, 2020, pp. 100-110`: a host without editors.
  const bareIn = !inMatch && !container ? BARE_IN.exec(rest) : null;
  const hostAt = inMatch ?? bareIn;
  if (hostAt && !container) {
    readBookHost(rest, hostAt, inMatch, out, base);
    return null;
  }
  typeAfterQuotedTitle(rest, inMatch, container, out);
  // Plain-text conversions lose the italics: the container is then what stands before `vol.`/`no.`/the
  // date; a translator may come first (`,” trans. J. Bliss and H. Furth, Human Development, vol. 15`).
  const thesis = !container && THESIS_AFTER_TITLE.exec(rest);
  if (thesis) {
    it.type = 'thesis';
    it.genre = thesis[1];
    it.publisher = thesis[2]!.trim();
    it.issued = { 'date-parts': [[Number(thesis[3])]] };
    rest = rest.slice(thesis.index + thesis[0].length);
  } else if (!container && !it.URL && it.type === 'article-journal') rest = readPlainPeriodical(rest, out);
  return container ? readContainer(rest, container, at, out, base) : rest;
}

/**
 * `,” in A and B, eds., Book, Place: Publisher, Year, pp. 55-88` without italics: a chapter whose host is read
 * as a book, its title the container.
 */
function readBookHost(
  rest: string,
  hostAt: RegExpExecArray,
  inMatch: RegExpExecArray | null,
  out: Draft,
  base: number,
): void {
  const it = out.item;
  const tr = HOST_TRANSLATOR.exec(rest);
  if (tr) it.translator = parseEnNames(tr[1]!).names;
  it.type = 'chapter';
  if (inMatch) {
    it.editor = parseEnNames(inMatch[1]!).names;
    out.confidence.editor = 'parsed';
  }
  const host: Draft = {
    item: { id: '', type: 'book' },
    confidence: {},
    spans: {},
    locator: null,
    locatorRaw: null,
  };
  parsePlain(rest.slice(hostAt.index + hostAt[0].length).replace(/\.$/, ''), host, base, true);
  if (host.item.title) it['container-title'] = host.item.title;
  if (host.item.title && PROCEEDINGS.test(host.item.title)) it.type = 'paper-conference';
  for (const f of HOST_FIELDS) if (host.item[f] !== undefined) (it as Record<string, unknown>)[f] = host.item[f];
  // `in Book, ed. A and B (…)`: the editors the host names after its title.
  if (!it.editor && host.item.editor) it.editor = host.item.editor;
  if (!it.translator && host.item.translator) it.translator = host.item.translator;
  if (host.locator && /-/.test(host.locator)) it.page = host.locator;
  else if (host.locator) {
    out.locator = host.locator;
    out.locatorRaw = host.locatorRaw;
  }
}

/** A quoted title's type from what follows it: a host, an italic container, a DOI, a link, or nothing. */
function typeAfterQuotedTitle(
  rest: string,
  inMatch: RegExpExecArray | null,
  container: RegExpExecArray | null,
  out: Draft,
): void {
  const it = out.item;
  if (inMatch && container && inMatch.index + inMatch[0].length <= container.index + 1) {
    it.type = 'chapter';
    it.editor = parseEnNames(inMatch[1]!).names;
    out.confidence.editor = 'parsed';
  } else if (IN_LEAD.test(rest) && container) {
    it.type = 'chapter';
  } else if (container) {
    it.type = 'article-journal';
  } else if (it.DOI) {
    // A quoted title with a DOI and nothing else: a DOI names a published article as a rule, and whatever
    // it names should give its container and year.
    it.type = 'article-journal';
  } else if (it.URL) {
    it.type = 'webpage';
    // `,” Harvard Business Review, 2020, https://…`: the site's name before the date.
    const site = SITE_BEFORE_DATE.exec(rest);
    if (site && !MONTH_DAY.test(site[1]!)) {
      it['container-title'] = site[1]!.trim();
      out.confidence['container-title'] = 'guessed';
    }
  } else {
    it.type = 'article-journal';
    out.confidence.type = 'guessed';
  }
}

/**
 * After a quoted title and without italics: the periodical is what stands before its numbering or date
 * (`,” Human Development, vol. 15`, `,” The New York Times, March 3, 2021, p. A1`); with an imprint and no
 * periodical the item is a report or a thesis; with only a date, a report.
 */
function readPlainPeriodical(rest0: string, out: Draft): string {
  const it = out.item;
  let rest = rest0;
  const tr = TRANSLATOR_BEFORE_PERIODICAL.exec(rest);
  if (tr) {
    it.translator = parseEnNames(tr[1]!).names;
    rest = rest.slice(tr[0].length);
  }
  // `,” Springfield: U.S. Department of Commerce, 1990, p. 25`: a place and a publisher make an imprint,
  // never a journal.
  const placed = PLACED_IMPRINT.test(rest);
  // … or before a full date (`The New York Times, March 3, 2021, p. A1`).
  const plain = !placed && PLAIN_PERIODICAL.exec(rest);
  const bare = !plain && PERIODICAL_ALONE.exec(rest);
  if (bare && bare[1]!.trim()) {
    // `…,” Psychonomic Bulletin & Review.`: a journal and nothing else (online first).
    it['container-title'] = bare[1]!.trim();
    out.confidence['container-title'] = 'guessed';
  }
  const imprint = !plain && !bare && DATED_IMPRINT.exec(rest);
  if (plain) {
    it['container-title'] = plain[1]!.trim();
    out.confidence['container-title'] = 'guessed';
    out.confidence.type = 'guessed';
    if (NEWSPAPER.test(plain[1]!)) it.type = 'article-newspaper';
    else if (MAGAZINES.test(plain[1]!)) it.type = 'article-magazine';
    rest = rest.slice(plain.index + plain[0].indexOf(plain[1]!) + plain[1]!.length);
  } else if (
    !imprint &&
    !it.DOI &&
    NOTHING_LEFT.test(rest) &&
    it.author?.length &&
    it.author.every((n) => n.literal && ISSUING_BODY.test(n.literal))
  ) {
    // `United Nations Department of Economic and Social Affairs, “E-Government Survey 2024.”`: a body's
    // titled paper with nothing after it is a report it issued.
    it.type = 'report';
    out.confidence.type = 'guessed';
  } else if (!imprint && !it.DOI && YEAR_FIRST.test(rest)) {
    // `“Title,” 2011, pp. 8-9`: no journal at all, only a date — a report or paper, not an article to
    // be faulted for its missing journal.
    it.type = 'report';
    out.confidence.type = 'guessed';
  } else if (imprint) readIssuer(imprint[1]!.trim(), out);
  return rest;
}

/**
 * `Org, “Title,” Issuing Body, 2018`: a report, the body its publisher; `Working Paper no. 123, National Bureau
 * of Economic Research`: the series and number, then the body; a degree and a school: a thesis.
 */
function readIssuer(issuer: string, out: Draft): void {
  const it = out.item;
  const thesis = THESIS_ISSUER.exec(issuer);
  if (thesis) {
    it.type = 'thesis';
    it.genre = thesis[1];
    it.publisher = thesis[2]!.trim();
  } else {
    it.type = 'report';
    let body = issuer;
    const series = REPORT_SERIES.exec(issuer);
    if (series) {
      it.genre = series[1];
      it.number = series[2];
      body = series[3]!;
    }
    const pp = PLACE_THEN_BODY.exec(body.trim());
    if (pp) it['publisher-place'] = pp[1];
    it.publisher = (pp ? pp[2]! : body).trim();
  }
  out.confidence.type = 'guessed';
}

/**
 * The italic container after a quoted title, and what its host prints next: MLA's `*Book*, edited by A and
 * B, Publisher, 1980, pp. 28-35`, Chicago's `in *Book*, ed. A, B, and C (Cambridge: CUP, 1985), 3–37`. `at` is
 * where `rest` starts in the note.
 */
function readContainer(rest0: string, container: RegExpExecArray, at: number, out: Draft, base: number): string {
  const it = out.item;
  it['container-title'] = container[1]!.trim();
  out.confidence['container-title'] = 'parsed';
  const cStart = at + container.index;
  out.spans['container-title'] = { start: base + cStart + 1, end: base + cStart + 1 + container[1]!.length };
  let rest = rest0.slice(container.index + container[0].length);
  const mla = MLA_HOST.exec(rest);
  if (mla) rest = readMlaHost(rest, mla, it);
  // Chicago: `in *Book*, ed. A, B, and C (Cambridge: CUP, 1985), 3–37`: the editors stand before the imprint.
  // Chicago bibliography: `In *Book*, edited by A, B, and C, 3–37. Cambridge: CUP, 1985`: the chapter's pages.
  const eds =
    !mla && it.type === 'chapter' && !it.editor && (EDITORS_BEFORE_IMPRINT.exec(rest) ?? EDITORS_THEN_PAGES.exec(rest));
  if (eds) {
    it.editor = parseEnNames(eds[1]!).names;
    out.confidence.editor = 'parsed';
    if (eds[2]) it.page = normalizePages(eds[2]);
    rest = rest.slice(eds[0].length);
  }
  return rest;
}

/**
 * MLA: `“Chapter.” *Book*, edited by A and B, Publisher, 1980, pp. 28-35.`, `…, edited by Hannah Arendt,
 * translated by Harry Zohn, Schocken Books, 1969`; an edition and a volume of the book may stand between its
 * editors and its publisher.
 */
function readMlaHost(rest: string, mla: RegExpExecArray, it: CslItem): string {
  it.type = 'chapter';
  it.editor = parseEnNames(mla[1]!).names;
  if (mla[2]) it.translator = parseEnNames(mla[2]).names;
  if (mla[3]) it.volume = mla[3];
  it.publisher = mla[4]!.trim();
  it.issued = { 'date-parts': [[Number(mla[5])]] };
  const left = rest.slice(mla[0].length);
  // `…, SAGE Publications, 2005, 27–40.`: the chapter's pages after the date.
  const extent = EXTENT_ONLY.exec(left);
  if (!extent) return left;
  it.page = normalizePages(extent[1]!);
  return '';
}

/** A venue, editors, translators and the edition after the title; what is left of `rest` without them. */
function readRoles(rest0: string, out: Draft): string {
  const it = out.item;
  let rest = rest0;
  // `…, Milwaukee, WI, United States`: where a talk or a poster was given, and nothing else after the title.
  const venue = it.type === 'book' && !it.publisher ? VENUE_ONLY.exec(rest) : null;
  if (venue) {
    it['publisher-place'] = venue[1]!;
    it.type = 'speech';
    out.confidence.type = 'guessed';
    rest = '';
  }
  // `ed. and trans. Burton Watson`: one person in both roles.
  const both = EDITOR_AND_TRANSLATOR.exec(rest);
  if (both) {
    it.editor = parseEnNames(both[1]!).names;
    it.translator = it.editor.map((n) => ({ ...n }));
    out.confidence.editor = 'parsed';
    out.confidence.translator = 'parsed';
    rest = rest.replace(both[0], '');
  }
  const trans = TRANSLATOR.exec(rest);
  if (trans) {
    it.translator = parseEnNames(trans[1]!).names;
    out.confidence.translator = 'parsed';
    rest = rest.replace(trans[0], '');
  }
  // `2nd ed.`, `rev. ed.` after the title: the edition, never an editor.
  const edition = it.type === 'book' && EDITION.exec(rest);
  if (edition) {
    it.edition = edition[1] ?? 'rev.';
    out.confidence.edition = 'parsed';
    rest = rest.replace(edition[0], '');
  }
  if (it.type === 'book') {
    const ed = EDITOR.exec(rest);
    if (ed) {
      it.editor = parseEnNames(ed[1]!).names;
      rest = rest.replace(ed[0], '');
    }
  }
  return rest;
}

/** A journal's volume, issue and year, and the page cited after an imprint in brackets. */
function readNumbering(rest0: string, out: Draft): string {
  const it = out.item;
  let rest = rest0;
  // Chicago: `*New Left Review* 119, no. 2 (2019): 5–38`.
  // `*The China Journal*, no. 57 (2007): 1–22`: an issue number without a volume.
  const chicago = it.type === 'article-journal' ? CHICAGO_NUMBERING.exec(rest) : null;
  if (chicago) {
    if (chicago[1]) it.volume = chicago[1];
    if (chicago[2]) it.issue = chicago[2];
    it.issued = { 'date-parts': [[Number(chicago[3])]] };
    if (chicago[4]) it.page = normalizePages(chicago[4]);
    rest = rest.slice(chicago[0].length);
  }
  // `(London: Verso, 2015), 86.`: a bare number after the imprint is the cited page.
  const after = PAGE_AFTER_IMPRINT.exec(rest);
  if (after && !out.locator) {
    out.locator = normalizePages(after[1]!);
    out.locatorRaw = after[1]!;
  }
  const vol = VOLUME.exec(rest);
  if (vol) it.volume = vol[1];
  // `no.` numbers an issue only in a periodical; in a report it is the report's number.
  const no = ISSUE.exec(rest);
  if (no && it.type !== 'report') it.issue = no[1];
  const apa = !vol && APA_NUMBERING.exec(rest);
  if (apa && it.type === 'article-journal') {
    it.volume = apa[1];
    it.issue = apa[2];
  }
  return rest;
}

/** `Place: Publisher, Year`; else a publisher by its name or its place before the year, and the first year. */
function readImprint(rest: string, out: Draft): void {
  const it = out.item;
  const imprint = IMPRINT.exec(rest);
  if (imprint && it.type !== 'article-journal') {
    it['publisher-place'] = imprint[1]!.trim();
    it.publisher = imprint[2]!.trim();
    it.issued = { 'date-parts': [[Number(imprint[3])]] };
    out.confidence.publisher = 'parsed';
    out.confidence['publisher-place'] = 'parsed';
    out.confidence.issued = 'parsed';
    return;
  }
  const pub = it.type !== 'article-journal' && NAMED_PUBLISHER.exec(rest);
  if (pub) it.publisher = pub[1]!.trim();
  // MLA and the notes of Chinese journals give the publisher alone before the year (`Knopf, 1987`): a
  // book's last named element before its year is its publisher.
  // … after whatever numbers precede it (`5th ed., vol. 1, John Wiley & Sons, 2010`, `TC022704, ETS TestLink, 2000`).
  const before = !pub && it.type === 'book' && PUBLISHER_BEFORE_YEAR.exec(rest);
  if (before && !NOT_A_PUBLISHER.test(before[1]!) && !NUMBER_LIKE.test(before[1]!)) {
    it.publisher = before[1]!.trim();
    out.confidence.publisher = 'guessed';
  }
  const years = [...rest.matchAll(YEAR)].filter(
    (m) => !/\d[-–]$/.test(rest.slice(0, m.index)) && !/p\.?\s*$/.test(rest.slice(Math.max(0, m.index - 4), m.index)),
  );
  if (years.length && !it.issued) {
    it.issued = { 'date-parts': [[Number(years[0]![1])]] };
    out.confidence.issued = 'parsed';
  }
}

/** Pages: an article's `pp.` range is its extent; a later `p.` or a book's pages are the cited locator. */
function readPages(rest: string, out: Draft): void {
  const it = out.item;
  const pages = findEnPages(rest);
  if (pages) {
    // French prints a range after `p.` too (`p. 15-47`).
    const isExtent =
      (it.type === 'article-journal' || it.type === 'article-magazine' || it.type === 'article-newspaper') &&
      /^pp?\./i.test(pages.raw) &&
      /-/.test(pages.value);
    if (isExtent) {
      it.page = pages.value;
      const again = findEnPages(rest.slice(pages.end));
      if (again) {
        out.locator = again.value;
        out.locatorRaw = again.raw;
      }
    } else {
      out.locator = pages.value;
      out.locatorRaw = pages.raw;
    }
  } else if (AFTER_YEAR_PAGES.test(rest)) {
    // MLA: `…, SAGE Publications, 2005, 27–40.`, `U.S., vol. 347, 1954, 483.`: pages after the date, unmarked —
    // a part's extent, or where a case or an act begins.
    const printed = AFTER_YEAR_PAGES.exec(rest)![1]!;
    if (it.type === 'book') {
      out.locator = normalizePages(printed);
      out.locatorRaw = printed;
    } else it.page = normalizePages(printed);
  } else if (it.type === 'article-journal') {
    // APA/MLA: `126(1), 1–51` — the range after volume/issue is the article's extent.
    const range = EXTENT_AT_END.exec(rest);
    if (range) it.page = range[1]!.replace(/\s+/g, '').replace('–', '-');
  }
}
