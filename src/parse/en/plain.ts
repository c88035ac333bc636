import type { CslItem, CslName } from '../../model/csl.js';
import { normalizePages } from '../locators.js';
import { parseEnNames } from '../names.js';
import { BRACKET, splitAll } from '../scan.js';
import type { Draft } from '../types.js';
import { HEARING, legalType, refinePlainType, VIDEO_PLATFORM } from './kinds.js';

const AND_SPLIT = /\s+(?:and|&)\s+/g;

/**
 * English references that lost their italics (plain-text conversions, Chinese journals' English
 * notes): `A. Author and B. Author, Title: Subtitle, trans. X, Publisher, 2016, pp. 3-5`. The pieces
 * between commas are classified from both ends — names first, then year, publisher and the other
 * marked elements from the right — and the title is what remains, commas included.
 */

const INITIALS_NAME =
  /^(?:and\s+)?(?:[A-Z]\.\s?(?:-?[A-Z]\.\s?)*)(?:\s(?:de|da|van|von|der|den|del|della|di|du|le|la))*(?:\s*(?:De|Da|Van|Von|Del|Della|Le|La|Di|Mc|O’|O')?\s?[A-Z][\p{L}'’-]+)+(?:\s(?:Jr\.|Sr\.|II|III))?$/u;
// Video sites publish rather than host a post: `Title, YouTube, 2016` is a film with its publisher.
const PLATFORM =
  /^(?:Twitter|X|Instagram|Facebook|TikTok|LinkedIn|Reddit|Weibo|微博|WeChat|Tumblr|Pinterest|Flickr|SlideShare)$/;
const POST_PATH = /^https?:\/\/[^/]+\/(?:[^?#]*\/)?(?:status|statuses|posts?|p|videos?|reel|photos?)\/[\w-]/i;
// `図書館用語辞典編集委員会, ed.`: a body named in Chinese or Japanese before its role.
const CJK_BODY = /^[\u3040-\u30ff\u3400-\u9fff]{2,30}$/;
const CJK_NAME = /^(?:and\s+)?[\u3400-\u9fff]{2,4}$/;
const FULL_NAME_PLAIN = /^(?:and\s+)?[A-Z][\p{L}'’-]+(?:\s(?:[A-Z]\.|[A-Z][\p{L}'’-]+)){1,2}(?:\s(?:Jr\.|Sr\.))?$/u;
// `Ludwig van Beethoven`, `Simone de Beauvoir`: particles in lower case before the family name.
const FULL_NAME_PARTICLE =
  /^(?:and\s+)?[A-Z][\p{L}'’-]+(?:\s(?:[A-Z]\.|[A-Z][\p{L}'’-]+)){0,2}(?:\s(?:van|von|de|der|den|da|di|du|del|della|le|la|ter)){1,2}\s[A-Z][\p{L}'’-]+(?:\s(?:Jr\.|Sr\.))?$/u;
const FULL_NAME = {
  test: (s: string) =>
    FULL_NAME_PLAIN.test(s) || (s.indexOf(' ') !== -1 && /\s[a-z]/.test(s) && FULL_NAME_PARTICLE.test(s)),
};
const ORG =
  /^(?:[A-Z]{2,6}|.*\([A-Z]{2,8}\)|(?:[A-Z][\p{L}.-]*\s)*(?:Institute|Association|Society|Commission|Committee|Council|Organi[sz]ation|Agency|Department|Ministry|Bureau|Centers?|Centres?|Foundation|Federation|Group|Academy|Office|Administration|Board|Authority)\b.*)$/u;
// Blogs say so in their address: `blogs.plos.org`, `….blogspot.com`, `/blog/`.
const BLOG = /^https?:\/\/(?:[^/]*\bblogs?\b|[^/]*\.(?:blogspot|wordpress|substack)\.com|[^?#]*\/blogs?\/)/i;
const ROLE = /^(eds?\.|editors?|\(eds?\.\))$/i;
// `2016`, `(May 22, 2019)`, and a span of years (`2002–2008`, `1826–1827`: a series, a painting's making).
const YEAR_PIECE =
  /^\(?(?:(?:[A-Z][a-z]+\.?\s)?(?:\d{1,2},?\s)?)?((?:1[5-9]|20)\d\d)(?:\s?[-–]\s?(?:1[5-9]|20)\d\d)?[a-z]?\)?\.?$/;
const YEAR_SPAN = /^((?:1[5-9]|20)\d\d)\s?[-–]\s?((?:1[5-9]|20)\d\d)\.?$/;
// What stands in a publisher's slot of an audiovisual or web source rather than a person: a company word,
// a list of companies (`WingNut Films; The Saul Zaentz Company`), a broadcaster's acronym (`NPR`, `HBO`).
const PUBLISHER_LIKE = /;|^[A-Z]{2,5}(?:\s[A-Z][a-z]+)?$/;
const PUBLISHER_WORDS =
  /\b(?:Press|Books|Publish(?:ing|ers?)|Verlag|Editions?|Co\.|Company|Inc\.?|Ltd\.?|Group|House|Media|Records|Recordings?|Films?|Studios?|Productions?|Pictures|Entertainment|Association|Institute|University|Society|Routledge|Springer|Wiley|Elsevier|Sage|Penguin|Macmillan|Blackwell|Verso|Norton|Knopf|Vintage|Academic)\b/;
// `1979，1（1）—` / `1883, 1(1)-`: a serial's first issue and an open range — its holdings, not its title.
const HOLDINGS = /^(?:1[5-9]|20)\d\d\s*[，,]\s*\d+\s*[（(]\s*\d+\s*[）)]\s*[—–-]+/;
const STOP =
  /^(?:Band\s|Bd\.\s|\d+\.\s*Aufl\.|\d+e\s+éd\.|trans\.|translated by|ed\.|edited by|edited and translated by|vol\.|vols\.|volume|no\.|\d+(?:st|nd|rd|th) ed\.|rev\. ed\.|pp?\.|https?:\/\/|doi:|retrieved)/i;

const SINGLE_WORD = /^\p{Lu}[\p{L}'’.-]+$/u;
const AND_LEAD = /^and\s/;
const ACCOUNT = /\[@[^\]]+\]$/;
const ACRONYM_END = /\([A-Z]{2,8}\)$/;
const FOREIGN_EDITORS = /\s\((?:Hrsg|Hg|dir|éd|coord)\.\)$/;
const FOREIGN_EDITORS_SPLIT = /^(.*?)\s*\((?:Hrsg|Hg|dir|éd|coord)\.\)$/;
const CLOSING_ROLE = /(?:^|\s)(?:et al\.\s)?eds?\.$/;
const CLOSING_ROLE_SPLIT = /^(.*?)\s*((?:et al\.\s)?eds?\.)$/;
const ET_AL_LEAD = /^et al\.\s/;
const EDITION_ED = /^(?:\d+(?:st|nd|rd|th)|rev\.|revised|new|enl\.|abr\.)\s+ed\.$/i;
const PAGE_RANGE_PIECE = /^[\d.]+\s*[-–]\s*[\d.]+\.?$/;
const LINK_PIECE = /^(?:https?:\/\/|doi:)/i;
const PAGES_PIECE = /^pp?\.\s*\S/;
const MONTH_DAY_PIECE = /^(?:[A-Z][a-z]+\.?\s\d{1,2}|\d{1,2}\s[A-Z][a-z]+\.?)$/;
const STATE_CODE = /^[A-Z]{2,3}$/;
const CITY_NAME = /^[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2}$/;
const ROLE_NAMES = /^(ed\.\s+and\s+trans\.|edited and translated by|trans\.|translated by|ed\.|edited by)\s+(.+)$/i;
const PLACE_PUBLISHER = /^([A-Z\u3400-\u9fff][\p{L} .'-]*?(?:,\s*[A-Z][\p{L}.]{1,6})?)\s*:\s*(.+)$/u;

interface Piece {
  text: string;
  start: number;
}

/** Splits at `, ` outside brackets and quotes (a comma inside a figure such as `100,000` stays). */
function pieces(s: string): Piece[] {
  return mergeImprint(split(s));
}

/**
 * Re-joins what a comma split but is one element: `Cambridge, Mass.: MIT Press`, `Washington, D.C.: …`,
 * `Rowman & Littlefield Publishing Group, Inc.`, `Peebles, Jr.`.
 */
function mergeImprint(ps: Piece[]): Piece[] {
  const out: Piece[] = [];
  for (const p of ps) {
    const prev = out[out.length - 1];
    if (
      prev &&
      (/^(?:[A-Z][a-z]{0,4}\.|[A-Z]\.[A-Z]\.|[A-Z]{2})\s*:\s*\S/.test(p.text) ||
        /^(?:Inc|Ltd|Co|LLC|Jr|Sr)\.?$/.test(p.text))
    ) {
      prev.text = `${prev.text}, ${p.text}`;
      continue;
    }
    out.push({ ...p });
  }
  return out;
}

function split(s: string): Piece[] {
  const out: Piece[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const b = BRACKET[s.charCodeAt(i)];
    if (b === 1) depth++;
    else if (b === 2 && depth > 0) depth--;
    else if (depth === 0 && s[i] === ',' && /\s/.test(s[i + 1] ?? '')) {
      out.push({ text: s.slice(from, i).trim(), start: from });
      from = i + 1;
    }
  }
  out.push({ text: s.slice(from).trim(), start: from });
  return out.filter((p) => p.text);
}

function isPublisherLike(text: string): boolean {
  return PUBLISHER_WORDS.test(text) || PUBLISHER_LIKE.test(text) || VIDEO_PLATFORM.test(text) || PLATFORM.test(text);
}

function isName(text: string, first: boolean, full = false): boolean {
  // `Peyton Z. Peebles, Jr.` is judged without its suffix.
  const p = text.replace(/,?\s+(?:Jr|Sr)\.?$/, '');
  // A Chinese or Japanese name in a list written the English way (`史国华, 樊金宇, …, and 高峰`).
  if (full && CJK_NAME.test(p)) return true;
  if (INITIALS_NAME.test(p) || (full && FULL_NAME.test(p))) return true;
  full ||= first;
  // `B. Christian and T. Griffiths` in one piece.
  if (/\s(?:and|&)\s/.test(p)) {
    const parts = splitAll(p, AND_SPLIT);
    if (parts.every((x) => INITIALS_NAME.test(x) || (full && FULL_NAME.test(x)))) return true;
  }
  // A bare two- or three-word name is a person only at the head, and not an article-led title.
  return first && FULL_NAME.test(p) && !/^(?:The|A|An|On|In|Of)\s/.test(p) && !/[:?!]/.test(p);
}

// What opens a sentence of prose rather than a name.
const PROSE_HEAD =
  /^(?:However|Thus|See|Also|But|And|Yet|So|Then|Still|Here|There|This|That|These|Those|It|In|On|For|As|If|When|While|Although|Moreover|Indeed|Cf|Ibid|Id|Note|Compare|Contra)\b/;
const SHORT_HEAD = /^(?!(?:The|A|An)\s)\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+){0,2}$/u;
const SHORT_PAGE = /^(?:pp?\.\s*)?\d{1,4}(?:\s*[-–]\s*\d{1,4})?\.?$/;

/**
 * Chicago's and the Chinese journals' short notes name only the author, the title and the page:
 * `Weber, Protestant Ethic, 31`, `Merriam-Webster, Self-Report`, `Peter Brooks: Troubling Confessions, p. 24`.
 * The title must read as one (title case, no year); anything else is left to the full parser.
 */
function shortForm(ps: Piece[]): { head: string; title: string; page: string | null } | null {
  if (ps.length > 3) return null;
  let parts = ps.map((p) => p.text);
  const colon = /^([^:]{2,60}?):\s+(\S.*)$/.exec(parts[0] ?? '');
  if (colon && (SHORT_HEAD.test(colon[1]!) || INITIALS_NAME.test(colon[1]!)))
    parts = [colon[1]!, colon[2]!, ...parts.slice(1)];
  const page =
    parts.length === 3 && SHORT_PAGE.test(parts[2]!) && !/\b(?:1[5-9]|20)\d\d\b/.test(parts[2]!) ? parts[2]! : null;
  if (parts.length !== (page ? 3 : 2)) return null;
  const [head, title] = parts as [string, string];
  if (!(SHORT_HEAD.test(head) || INITIALS_NAME.test(head)) || PROSE_HEAD.test(head) || ORG.test(head)) return null;
  if (!/^[\p{Lu}“"‘]/u.test(title) || /\b(?:1[5-9]|20)\d\d\b/.test(title) || /https?:|\bpp?\.\s/.test(title))
    return null;
  // One word after a name is more often its given name (`Smith, John`) or a place (`Berkeley, Calif.`).
  if (!/\s|\p{L}-\p{L}/u.test(title.trim())) return null;
  const words = title
    .replace(/[“”"‘’]/g, '')
    .split(/\s+/)
    .filter((w) => w.replace(/\W/g, '').length >= 4);
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  if (words.length === 0 || capitalised * 2 < words.length) return null;
  return { head, title, page };
}

/**
 * A plain reference being read: its pieces, and the bounds found so far. The names are `ps[0..i)`, the
 * title starts at `i` and ends before `titleEnd`; `end` is where a link and cited pages at the end begin.
 */
interface Plain {
  ps: Piece[];
  i: number;
  who: string[];
  /** The head was taken for a name on its shape alone (`Goodbye Children`), not on initials or a role. */
  headGuess: boolean;
  role: 'author' | 'editor';
  end: number;
  /** The piece holding the year; -1 when there is none, -2 when a place was read before it. */
  yearAt: number;
  titleEnd: number;
}

export function parsePlain(text: string, out: Draft, base: number, host = false): Draft {
  const it = out.item;
  const ps = pieces(text);
  if (ps.length === 0) {
    out.failure = it.URL ? 'only a link' : 'empty reference';
    it.type = 'document';
    return out;
  }
  if (!host && !it.URL && readShortForm(ps, out)) return out;
  if (!host) splitRoleWords(ps);
  const st: Plain = { ps, i: 0, who: [], headGuess: false, role: 'author', end: ps.length, yearAt: -1, titleEnd: 0 };
  if (!host) readHead(st, it);
  // A reference has a title: a guessed head name with nothing after it but a year (`Somewhere Else, 2018`),
  // or only a publisher and a year (`Happiness, Vimeo, 2017`, `Lemons, Wilmore Films; …; ABC Studios, 2017`),
  // is the title itself.
  if (st.headGuess && onlyImprintAfter(ps.slice(st.i))) {
    st.who.length = 0;
    st.i = 0;
  }
  if (st.i < ps.length && ROLE.test(ps[st.i]!.text)) {
    st.role = 'editor';
    st.i++;
  }
  if (st.who.length) {
    it[st.role] = headNames(st.who);
    out.confidence[st.role] = 'guessed';
  }
  readTail(st, out);
  readYear(st, out);
  st.titleEnd = st.yearAt === -1 ? st.end : st.yearAt;
  readPlace(st, it);
  const firstStop = readMarked(st, it);
  readPublisher(st, out);
  st.titleEnd = Math.min(st.titleEnd, firstStop);
  if (st.titleEnd <= st.i && st.headGuess && st.i === 1) {
    // Nothing left for a title after a guessed head name (`Public Library Quarterly, 1979，1（1）—, …`):
    // the head was the title.
    if (st.role === 'author') {
      delete it.author;
      delete out.confidence.author;
    } else {
      delete it.editor;
      delete out.confidence.editor;
    }
    st.i = 0;
    st.titleEnd = 1;
  }
  if (st.titleEnd <= st.i) st.titleEnd = Math.min(st.i + 1, ps.length);
  if (it.URL && !host && it.type === 'book') readSite(st, out);
  // Prose is not a reference: without a name, a year, an imprint or a link there is nothing to go on —
  // unless the words themselves name a law or a case (`U.S. Const. Amend. XIX`).
  if (
    !host &&
    !st.who.length &&
    !it.issued &&
    !it.URL &&
    !it.publisher &&
    !legalType(joined(ps, st.i, st.titleEnd), undefined)
  ) {
    out.failure = 'no author, year, publisher or link found';
    it.type = 'document';
    return out;
  }
  return readTitle(st, out, base);
}

/** The pieces from `from` to `to`, joined again as printed. */
function joined(ps: Piece[], from: number, to: number): string {
  return ps
    .slice(from, to)
    .map((p) => p.text)
    .join(', ');
}

/** `p. 24`, `pp. 3-5.`, `192–95`: the pages cited. */
function citePages(out: Draft, printed: string): void {
  out.locator = normalizePages(printed.replace(/^pp?\.\s*/, '').replace(/\.$/, ''));
  out.locatorRaw = printed.replace(/\.$/, '');
}

/** A short note (`Weber, Protestant Ethic, 31`): author, title and page. False when the pieces are not one. */
function readShortForm(ps: Piece[], out: Draft): boolean {
  const short = shortForm(ps);
  if (!short) return false;
  const it = out.item;
  const single = SINGLE_WORD.test(short.head);
  it.author = single ? [{ literal: short.head }] : parseEnNames(short.head).names;
  it.title = short.title.replace(/\.$/, '');
  out.confidence.author = 'guessed';
  out.confidence.title = 'guessed';
  out.confidence.type = 'guessed';
  if (short.page) citePages(out, short.page);
  return true;
}

/**
 * `William Deverell & David Igler eds.`, `Lynette Torres, Fiona Salisbury, et al. eds.`: the role closes the
 * last name's piece; it is split off so that the names stand alone. German and French editors (`Ralf
 * Dreier/Stanley Paulson (Hrsg.)`, `R. Lapieuvre (dir.)`) are rewritten the English way.
 */
function splitRoleWords(ps: Piece[]): void {
  const foreign = ps.findIndex((p, j) => j < 6 && FOREIGN_EDITORS.test(p.text));
  if (foreign !== -1) {
    const m = FOREIGN_EDITORS_SPLIT.exec(ps[foreign]!.text)!;
    ps.splice(
      foreign,
      1,
      { text: m[1]!.replace(/\s*\/\s*/g, ' and '), start: ps[foreign]!.start },
      { text: 'eds.', start: ps[foreign]!.start + m[1]!.length + 1 },
    );
  }
  const k = ps.findIndex(
    (p, j) => j < 12 && CLOSING_ROLE.test(p.text) && !ROLE.test(p.text) && !EDITION_ED.test(p.text),
  );
  if (k === -1) return;
  const m = CLOSING_ROLE_SPLIT.exec(ps[k]!.text)!;
  if (m[1])
    ps.splice(
      k,
      1,
      { text: m[1], start: ps[k]!.start },
      { text: m[2]!.replace(ET_AL_LEAD, ''), start: ps[k]!.start + m[1].length + 1 },
    );
  else ps[k] = { text: m[2]!.replace(ET_AL_LEAD, ''), start: ps[k]!.start };
}

/** The names at the head: the pieces up to a role word, an account, a one-word name, a list closed by `and …`, or names by their shape. */
function readHead(st: Plain, it: CslItem): void {
  const { ps, who } = st;
  // `A, B, C, and D, eds., Title`: up to a role word every piece is a name, full names included.
  const roleAt = ps.findIndex((p, k) => k > 0 && k < 12 && ROLE.test(p.text));
  if (
    roleAt > 0 &&
    ps
      .slice(0, roleAt)
      .every((p) => isName(p.text, false, true) || AND_LEAD.test(p.text) || ORG.test(p.text) || CJK_BODY.test(p.text))
  ) {
    while (st.i < roleAt) who.push(ps[st.i++]!.text);
  } else if (ACCOUNT.test(ps[0]!.text)) {
    // `APA Education [@APAEducation], Post text, Twitter, 2018`: the account is the author.
    who.push(ps[st.i++]!.text);
  } else if (
    (ps.length >= 3 || (it.URL && ps.length === 2)) &&
    SINGLE_WORD.test(ps[0]!.text) &&
    !YEAR_PIECE.test(ps[1]!.text)
  ) {
    // A one-word name at the head (`Aristotle`, `Merriam-Webster`, `Google`) is an author: a one-word
    // title would stand alone before its imprint.
    who.push(ps[st.i++]!.text);
    st.headGuess = true;
  } else if (closedNameList(ps)) {
    while (!AND_LEAD.test(ps[st.i]!.text)) who.push(ps[st.i++]!.text);
    who.push(ps[st.i++]!.text);
  } else {
    while (st.i < ps.length - 1 && isName(ps[st.i]!.text, st.i === 0)) who.push(ps[st.i++]!.text);
    // Only a guess when the head is a bare full name (`Goodbye Children`): initials are a person's.
    st.headGuess = who.length === 1 && !INITIALS_NAME.test(who[0]!);
    // A body as author: `ISO, Audit Data Collection, 2019`, `International Electrotechnical Commission (IEC), …`;
    // with a link, the body and the page's title are enough (`Zotero, [Zotero Download], https://…`).
    // An acronym in brackets marks a body even with nothing but a title after it (`… (AIAA), Guide to …`).
    if (
      st.i === 0 &&
      (ps.length > 2 || (ps.length === 2 && (it.URL || ACRONYM_END.test(ps[0]!.text)))) &&
      ORG.test(ps[0]!.text)
    )
      who.push(ps[st.i++]!.text);
  }
}

/** `Ryuki Tachibana, Shuhichi Shimizu, …, and Taiga Nakamura, Title`: a list closed by `and …` is names. */
function closedNameList(ps: Piece[]): boolean {
  const last = ps.findIndex((p, k) => k > 0 && k < 20 && AND_LEAD.test(p.text));
  return last > 0 && last < ps.length - 1 && ps.slice(0, last + 1).every((p) => isName(p.text, false, true));
}

/** Only a year, or a publisher and a year, after the head: then the head was the title. */
function onlyImprintAfter(after: Piece[]): boolean {
  const yearOnly = after.length === 1 && YEAR_PIECE.test(after[0]!.text);
  const imprintOnly = after.length === 2 && YEAR_PIECE.test(after[1]!.text) && isPublisherLike(after[0]!.text);
  return yearOnly || imprintOnly;
}

/** The head's names: a body or a one-word name kept whole; bodies may be two joined by `and`. */
function headNames(who: string[]): CslName[] {
  const single = who.length === 1 && (ORG.test(who[0]!) || /\[@/.test(who[0]!) || SINGLE_WORD.test(who[0]!));
  // Bodies may be two joined by `and` (`Institute For Art And Architecture and Academy Of Fine Arts Vienna`).
  const bodies = single && ORG.test(who[0]!) ? parseEnNames(who[0]!).names : null;
  if (bodies && bodies.every((n) => n.literal)) return bodies;
  return single ? [{ literal: who[0]! }] : parseEnNames(who.join(', ')).names;
}

/** From the right: cited pages (a range, `p. 24`) and a link, which end `end`. */
function readTail(st: Plain, out: Draft): void {
  const { ps, i } = st;
  for (let k = ps.length - 1; k >= i + 1; k--) {
    const t = ps[k]!.text;
    if (
      PAGE_RANGE_PIECE.test(t) &&
      !(k === ps.length - 1 && YEAR_SPAN.test(t) && !ps.slice(i, k).some((p) => YEAR_PIECE.test(p.text)))
    ) {
      out.locator = normalizePages(t.replace(/\.$/, ''));
      out.locatorRaw = t;
      st.end = k;
      continue;
    }
    if (LINK_PIECE.test(t)) {
      out.item.URL = t.replace(/[.,]$/, '');
      st.end = k;
      continue;
    }
    if (PAGES_PIECE.test(t)) {
      citePages(out, t);
      st.end = k;
      continue;
    }
    break;
  }
}

/** The last year before `end`, with a month and day before it, and a platform that hosts a post. */
function readYear(st: Plain, out: Draft): void {
  const { ps, i } = st;
  const it = out.item;
  for (let k = st.end - 1; k > i; k--) {
    const y = YEAR_PIECE.exec(ps[k]!.text.replace(/\.$/, ''));
    if (y) {
      it.issued = { 'date-parts': [[Number(y[1])]] };
      out.confidence.issued = 'parsed';
      st.yearAt = k;
      break;
    }
  }
  // `May 22, 2019`: the month and day stand in their own piece before the year.
  if (st.yearAt > i + 1 && MONTH_DAY_PIECE.test(ps[st.yearAt - 1]!.text)) {
    ps.splice(st.yearAt - 1, 2, {
      text: `${ps[st.yearAt - 1]!.text}, ${ps[st.yearAt]!.text}`,
      start: ps[st.yearAt - 1]!.start,
    });
    st.yearAt--;
    st.end--;
  }
  // A platform before the year (`…, Twitter, 2018`) hosts a post.
  if (st.yearAt > i + 1 && PLATFORM.test(ps[st.yearAt - 1]!.text)) {
    it['container-title'] = ps[st.yearAt - 1]!.text;
    it.type = 'post';
    ps.splice(st.yearAt - 1, 1);
    st.yearAt--;
    st.end--;
  }
}

/**
 * A presentation's venue (`Milwaukee, WI, United States, 2017`) and a thesis's department after the year
 * (`2016, Department of Psychology, University of Wisconsin`) are places, not publishers.
 */
function readPlace(st: Plain, it: CslItem): void {
  const { ps, i, yearAt } = st;
  if (yearAt !== -1 && yearAt + 1 < st.end) {
    it['publisher-place'] = joined(ps, yearAt + 1, st.end).replace(/\.$/, '');
  } else if (yearAt > i + 2) {
    // The code follows a city's name (`Milwaukee, WI`), not a title's words (`…? Think Age-Positive, CNN`).
    const code = ps.findIndex(
      (p, k) => k > i + 1 && k < yearAt && STATE_CODE.test(p.text) && CITY_NAME.test(ps[k - 1]!.text),
    );
    if (code !== -1) {
      it['publisher-place'] = joined(ps, code - 1, yearAt);
      st.titleEnd = code - 1;
      st.yearAt = -2;
    }
  }
}

/**
 * Marked elements between the title and the year: translator, editor, volume, edition. Returns the first
 * piece marked so, where the title ends at the latest; a serial's holdings straight after the head
 * (`Public Library Quarterly, 1979，1（1）—, …`) end it there too.
 */
function readMarked(st: Plain, it: CslItem): number {
  const { ps, i, titleEnd } = st;
  let firstStop = i < titleEnd && HOLDINGS.test(ps[i]!.text) ? i : titleEnd;
  for (let k = i + 1; k < titleEnd; k++) {
    const t = ps[k]!.text;
    if (HOLDINGS.test(t)) firstStop = Math.min(firstStop, k);
    if (!STOP.test(t)) continue;
    firstStop = Math.min(firstStop, k);
    const role = ROLE_NAMES.exec(t);
    if (role) k = readRoleNames(ps, k, titleEnd, role, it);
    readNumberedPiece(t, it);
  }
  return firstStop;
}

/**
 * `ed. Peter B. Evans, Dietrich Rueschemeyer, and Theda Skocpol`: the names run on over the commas, up to
 * the one led by `and`; without it the next piece may be a city or a publisher. Returns the last piece read.
 */
function readRoleNames(ps: Piece[], at: number, titleEnd: number, role: RegExpExecArray, it: CslItem): number {
  let k = at;
  let names = role[2]!;
  let j = k + 1;
  while (j < titleEnd && !AND_LEAD.test(ps[j]!.text) && isName(ps[j]!.text, false, true)) j++;
  if (j < titleEnd && AND_LEAD.test(ps[j]!.text)) while (k < j) names += `, ${ps[++k]!.text}`;
  const list = parseEnNames(names).names;
  if (/^(?:ed\.|edited)/i.test(role[1]!)) it.editor = list;
  if (/trans/i.test(role[1]!)) it.translator = list;
  return k;
}

/** `vol. 2`, `2nd ed.`, `Band I`, `4. Aufl. 2006` (the German edition with its year), `4e éd.`. */
function readNumberedPiece(t: string, it: CslItem): void {
  const vol = /^vols?\.\s*(\S+)/i.exec(t);
  if (vol) it.volume = vol[1]!.replace(/\.$/, '');
  const edn = /^(?:(\d+)(?:st|nd|rd|th)|(rev\.))\sed\./i.exec(t);
  if (edn) it.edition = edn[1] ?? 'rev.';
  const band = /^(?:Band|Bd\.)\s+(\S+)$/.exec(t);
  if (band) it.volume = band[1];
  const aufl = /^(\d+)(?:\.\s*Aufl\.|e\s+éd\.)(?:\s+((?:1[5-9]|20)\d\d))?$/.exec(t);
  if (aufl) {
    it.edition = aufl[1];
    if (aufl[2]) it.issued = { 'date-parts': [[Number(aufl[2])]] };
  }
}

/**
 * The piece just before the year is the imprint (`Place: Publisher` or the publisher), unless it is a marked
 * element or the title itself. A hearing's title names the committee, commas and all (`…: Hearing before the
 * Committee on Health, Education, Labor & Pensions`).
 */
function readPublisher(st: Plain, out: Draft): void {
  const { ps, i, yearAt } = st;
  const it = out.item;
  if (yearAt <= i + 1 || HEARING.test(joined(ps, i, yearAt))) return;
  const t = ps[yearAt - 1]!.text;
  if (STOP.test(t) || AND_LEAD.test(t) || it['publisher-place']) return;
  const place = PLACE_PUBLISHER.exec(t);
  if (place) {
    it['publisher-place'] = place[1];
    it.publisher = place[2];
  } else it.publisher = t;
  out.confidence.publisher = PUBLISHER_WORDS.test(t) ? 'parsed' : 'guessed';
  st.titleEnd = yearAt - 1;
}

/**
 * On the web the name after the title is the site's (`…, HuffPost, 2018, https://…`, `…, U.S. Department of
 * Commerce, https://…`): a container, not a publisher — unless it names a publisher or comes with a place.
 */
function readSite(st: Plain, out: Draft): void {
  const { ps, i } = st;
  const it = out.item;
  if (it.publisher && !it['publisher-place'] && !PUBLISHER_WORDS.test(it.publisher)) {
    it['container-title'] = it.publisher;
    delete it.publisher;
    it.type = 'webpage';
  } else if (
    !it.publisher &&
    st.yearAt === -1 &&
    st.titleEnd - i >= 2 &&
    st.titleEnd === st.end &&
    !STOP.test(ps[st.titleEnd - 1]!.text)
  ) {
    it['container-title'] = ps[st.titleEnd - 1]!.text.replace(/\.$/, '');
    st.titleEnd--;
    // On a social platform an address that names a status, post or video is a post; a profile is a page.
    it.type = PLATFORM.test(it['container-title']) && POST_PATH.test(it.URL!) ? 'post' : 'webpage';
  }
  if (it['container-title']) out.confidence['container-title'] = 'guessed';
}

/** The title is what is left between the names and `titleEnd`, commas included; then the type it settles. */
function readTitle(st: Plain, out: Draft, base: number): Draft {
  const { ps, i } = st;
  const it = out.item;
  const title = joined(ps, i, st.titleEnd);
  if (!title) {
    out.failure = 'no title found';
    return out;
  }
  it.title = title.replace(/[.]$/, '');
  out.confidence.title = 'guessed';
  out.spans.title = { start: base + ps[i]!.start, end: base + ps[i]!.start + title.length };
  if (it.URL && !it.publisher && it.type === 'book') it.type = 'webpage';
  if (it.type === 'webpage' && BLOG.test(it.URL ?? '')) it.type = 'post-weblog';
  // Legal sources announce themselves: `Brown v. Board of Education`, `Civil Rights Act of 1964`,
  // `U.S. Const. Amend. XIX`, `Exec. Order No. 13,676`, `S. Res. 438`.
  refinePlainType(it);
  return out;
}
