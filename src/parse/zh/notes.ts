import type { CslItem, CslName } from '../../model/csl.js';
import { dateParts } from '../dates.js';
import { findZhPages, type Found } from '../locators.js';
import { parseZhNames } from '../names.js';
import { closeOf, indexTop, isTopLevel, splitTop, type Piece } from '../scan.js';
import { emptyDraft, type Draft } from '../types.js';
import { readElements } from './elements.js';
import { applyNumbering, applyQualifier, isPeriodical, PERIODICAL_NUMBERING } from './periodical.js';
import { refineType } from './refine.js';

/**
 * Chinese footnote and reference forms of the 《中国社会科学》 and 人民出版社 families:
 * `作者：《书名》第8卷，译者译，出版地：出版者，2009年，第X页`, `作者：《篇名》，《刊名》2021年第8期`,
 * `作者：《篇名》，载编者主编：《书名》，…`, `《人民日报》2022年8月16日，第17版`, `人民出版社2009年版`.
 *
 * The string is read from the outside in: the link and the cited pages come off first (they are never
 * part of the item), then the responsibility statement before the title, the title in 《》 or “”,
 * what is printed right after the title (a volume, or a periodical's numbering), and the remaining
 * comma-separated elements.
 */

const LINK = /(?:https?|ftp):\/\/[^\s，。；、）)》]+/iu;
const DOI_IN_LINK = /doi\.org\/(10\.\d{4,9}\/\S+)/i;
const LINK_TAIL = /[.,]$/;
const ACCESS_DATE = /^[，,]\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/u;
// `编著` (compiled and written) names the work's author, as GB/T 7714 counts it among the main responsibilities.
const ROLE_EDITOR = /(?:主编|编选|编)$/u;
const ROLE_TRANSLATOR = /(?:译|编译|译注|译校|校译)$/u;
// Volume and edition printed right after the title: 《马克思恩格斯全集》（第2版）第35卷, 《书》卷9, 《书》上册.
const VOLUME_AFTER_TITLE =
  /^\s*(?:[（(]\s*第\s*(\d+|[一二三四五六七八九十]{1,3})\s*版\s*[）)])?\s*(?:第\s*(\d+)\s*(卷|册|辑)|卷\s*(\d+|[一二三四五六七八九十百]+)|([上中下])\s*(册|卷))?(?:\s*[（(]\s*([上中下])\s*[）)])?/u;
const LEADING_COMMA = /^\s*[，,]/u;
const TRANSLATOR_PIECE = /^[^《：:]{1,30}译$/u;
const BODY_END = /(?:局|部|委员会|委|院|中心|办公室|厅|署|总署|研究所|学会|协会|联合会|政府|银行)$/u;
// `《国史旧闻》（第1卷）`, `（上册）`, `（影印本第690卷）`: a volume printed in brackets, an edition maybe before it.
const BRACKETED_VOLUME = /^\s*[（(]\s*([^（）()]{0,20}?)\s*(?:第\s*(\d+)\s*(卷|册)|([上中下])\s*册)\s*[）)]/u;
// `《公司法》（2005年修订）`: the year of the revision cited.
const REVISED = /^\s*[（(]\s*(\d{4})\s*年\s*(?:修订|修正|修改|公布|施行)\s*[）)]/u;
const ARCHIVE_HEAD = /(?:档案馆|图书馆|博物馆|档案室|资料室)藏$/u;
const JOURNAL_NAME =
  /(?:学报|杂志|研究|评论|论坛|通讯|季刊|月刊|双月刊|丛刊|周刊|法学|科学|学刊|学术|Journal|Review)$/u;
const HOST_LEAD = /^(?:载|见|收入|收录于)\s*(?=《)/u;
const PAPER_NUMBER = /^第\s*\d+\s*(?:册|年\s*第\s*\d+\s*期)$/u;
const GREGORIAN_DAY = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日$/u;

/** Drops trailing commas and spaces (a manual loop: `[，,]\s*$` retries at every position). */
function trimEndCommas(s: string): string {
  let e = s.length;
  for (;;) {
    const c = s[e - 1];
    if (c === '，' || c === ',' || c === ' ' || c === '\u3000' || c === '\t') e--;
    else break;
  }
  return e === s.length ? s : s.slice(0, e);
}

function lastChar(s: string): string {
  return s[s.length - 1] ?? '';
}

export function parseZh(input: string, base: number): Draft {
  const out = emptyDraft('zh-CN');
  const it = out.item;
  const body = takeCitedPages(takeLink(input, it), out, base);
  // Japanese notes mark books with 『』 and articles with 「」, and name their authors without a colon.
  if (
    body.indexOf('《') === -1 &&
    (body.indexOf('『') !== -1 || body.indexOf('「') !== -1 || JP_JUDGMENT_START.test(body)) &&
    readJapanese(body, out)
  )
    return out;
  const t0 = indexTop(body, '《“');
  if (t0 === -1) {
    // Without title marks: a case (`包郑照诉苍南县人民政府强制拆除房屋案，浙江省高级人民法院民事判决书（1988）…号`),
    // or a web page named after its site (`中国科学院文献情报中心：中国科学院科技论文预发布平台，https://…`).
    if (readUnmarked(body, out)) return out;
    out.failure = 'no title in 《》 or “” found';
    return out;
  }
  const head = body.slice(0, t0).trim();
  const t1 = closeOf(body, t0);
  if (t1 === -1) {
    out.failure = 'unbalanced title marks';
    return out;
  }
  const title = body.slice(t0 + 1, t1).trim();
  const after = body.slice(t1 + 1);
  // 《人民日报》2022年8月16日 / 《求是》2020年第1期 with nothing before: the marks name the periodical itself.
  if (!head && readNamedPeriodical(title, after, base + t0 + 1, base + t1, out)) return out;
  const reported = head ? CASE_REPORTED.exec(head) : null;
  if (reported) {
    readReportedCase(reported[1]!, title, after, out);
    return out;
  }
  if (head) readStatement(head, out, base);
  it.title = title;
  out.spans.title = { start: base + t0 + 1, end: base + t1 };
  out.confidence.title = 'parsed';
  const { rest, volume } = readVolumes(after, out);
  const pieces = splitTop(rest, '，,', base + body.length - rest.length);
  // A section title right after a volume (`《旧唐书》卷9《玄宗纪下》`) belongs to the book, it is no container.
  if (volume && pieces[0]?.text.startsWith('《') && !LEADING_COMMA.test(rest)) {
    const sec = pieces.shift()!;
    const c = closeOf(sec.text, 0);
    it.section = sec.text.slice(1, c === -1 ? undefined : c);
  }
  // Translators may stand between an article's title and its journal: `，顾幼静译，《东方博物》2009年第1期`.
  while (pieces.length > 1 && lastChar(pieces[0]!.text) === '译' && TRANSLATOR_PIECE.test(pieces[0]!.text)) {
    it.translator = parseZhNames(pieces.shift()!.text.slice(0, -1)).names;
    out.confidence.translator = 'parsed';
  }
  if (readCarrier(pieces, rest, out)) return out;
  readElements(pieces, out);
  issuerFromNote(out);
  refineType(it);
  return out;
}

/** A link and the date it was read (`http://…，2007年9月13日`) come out before anything else is split. */
function takeLink(s: string, it: CslItem): string {
  const url = s.indexOf('://') !== -1 ? LINK.exec(s) : null;
  if (!url) return s;
  it.URL = url[0].replace(LINK_TAIL, '');
  const doi = DOI_IN_LINK.exec(it.URL);
  if (doi) it.DOI = doi[1];
  const seen = ACCESS_DATE.exec(s.slice(url.index + url[0].length));
  if (seen) it.accessed = dateParts(seen[1]!, seen[2], seen[3]);
  return trimEndCommas(s.slice(0, url.index) + s.slice(url.index + url[0].length + (seen ? seen[0].length : 0)));
}

/** Cited pages next: they are never part of the item. */
function takeCitedPages(s: string, out: Draft, base: number): string {
  const pages = s.indexOf('页') === -1 ? null : findZhPagesTop(s);
  if (!pages) return s;
  out.locator = pages.value;
  out.locatorRaw = pages.raw;
  out.spans.locator = { start: base + pages.start, end: base + pages.end };
  return trimEndCommas(s.slice(0, pages.start) + s.slice(pages.end));
}

/** `《人民日报》2022年8月16日`, `《求是》2020年第1期`: a periodical by its name and numbering. `start`, `end`: its span. */
function readNamedPeriodical(title: string, rest: string, start: number, end: number, out: Draft): boolean {
  if (LEADING_COMMA.test(rest)) return false;
  const direct = PERIODICAL_NUMBERING.exec(rest);
  if (!direct || !(direct[3] || direct[4])) return false;
  const it = out.item;
  it['container-title'] = title;
  out.spans['container-title'] = { start, end };
  out.confidence['container-title'] = 'parsed';
  applyNumbering(it, direct, rest);
  applyQualifier(it, rest);
  return true;
}

/** `陆红霞诉南通市发改委政府信息公开案，载《最高人民法院公报》2015年第11期`: the case, then where it is reported. */
function readReportedCase(name: string, reporter: string, rest: string, out: Draft): void {
  const it = out.item;
  it.title = name;
  it['container-title'] = reporter;
  out.confidence.title = 'parsed';
  out.confidence['container-title'] = 'parsed';
  const numbering = PERIODICAL_NUMBERING.exec(rest);
  if (numbering) applyNumbering(it, numbering, rest);
  // After the journal's numbering has dated it: the item is the case, not an article.
  it.type = 'legal_case';
}

/** What stands before the title. Only a statement closed by `：` names people; `乾隆《嘉定县志》` prints the edition's era. */
function readStatement(head: string, out: Draft, base: number): void {
  const end = lastChar(head);
  // `中国第一历史档案馆藏：《军机处录副奏折》`: the holder of an archive, not an author.
  if ((end === '：' || end === ':') && ARCHIVE_HEAD.test(trimEndColon(head))) {
    out.item.archive = trimEndColon(head).slice(0, -1);
    out.item.type = 'manuscript';
    out.confidence.archive = 'parsed';
  } else if (end === '：' || end === ':') responsibility(trimEndColon(head), out, base);
  // `国家能源局《水电工程…》`: a body issuing a standard or a document, named without a colon.
  else if (BODY_END.test(head)) responsibility(head, out, base);
  else out.item['x-era'] = trimEndCommas(head);
}

/**
 * Volume and edition printed right after the title: `（第1卷）`, `（2005年修订）`, `（第2版）第35卷`, `卷9`, `上册`.
 * Returns what follows them, and whether a volume was printed outside brackets.
 */
function readVolumes(after: string, out: Draft): { rest: string; volume: boolean } {
  const it = out.item;
  let rest = after;
  const bracketed = BRACKETED_VOLUME.exec(rest);
  if (bracketed) {
    it.volume = bracketed[2] ? (bracketed[3] === '册' ? `第${bracketed[2]}册` : bracketed[2]) : `${bracketed[4]}册`;
    if (bracketed[1]) it.edition = bracketed[1];
    out.confidence.volume = 'parsed';
    rest = rest.slice(bracketed[0].length);
  }
  const revised = REVISED.exec(rest);
  if (revised) {
    it.issued = dateParts(revised[1]!);
    it.type = 'legislation';
    rest = rest.slice(revised[0].length);
  }
  const ve = VOLUME_AFTER_TITLE.exec(rest)!;
  // `（第五版）` as the law handbook prints it is the same edition as `（第5版）`.
  if (ve[1]) it.edition = /^\d/.test(ve[1]) ? ve[1] : String(chineseNumber(ve[1]));
  // 卷 is numbered, 册 is a physical part and kept as printed (`第9册`, `上册`).
  const whole = ve[2] ? (ve[3] === '册' ? `第${ve[2]}册` : ve[2]) : (ve[4] ?? (ve[5] ? `${ve[5]}${ve[6]}` : undefined));
  // `《剑桥中国晚清史》（上）`: the part of a book in two or three is its volume; `第2卷（下）`: the part of
  // a volume, kept apart so that the volume's number stays a number.
  const vol = whole ?? ve[7];
  if (whole && ve[7]) it['part-number'] = ve[7];
  if (vol) {
    it.volume = vol;
    out.confidence.volume = 'parsed';
  }
  return { rest: rest.slice(ve[0].length), volume: Boolean(vol) };
}

/**
 * 《篇名》，《刊名》2021年第8期: a periodical's title followed by its numbering. 法学引注手册 puts 载 before a
 * journal as before a book: `载《中国法学》1996年第4期`. False when the first piece names no periodical.
 */
function readCarrier(pieces: Piece[], rest: string, out: Draft): boolean {
  const first0 = pieces[0];
  const lead = first0 && HOST_LEAD.exec(first0.text);
  const first =
    first0 && lead ? { text: first0.text.slice(lead[0].length), start: first0.start + lead[0].length } : first0;
  if (!first?.text.startsWith('《')) return false;
  const c1 = closeOf(first.text, 0);
  if (c1 <= 0) return false;
  const it = out.item;
  const after = first.text.slice(c1 + 1).trim();
  const m =
    PERIODICAL_NUMBERING.exec(after) ?? (after === '' && pieces[1] ? PERIODICAL_NUMBERING.exec(pieces[1].text) : null);
  // After 载 only a journal's issue (`第4期`) or a day says periodical; a year alone may be a book's.
  // … unless the name says journal (`载《铁道学报》2024年`, `载《航空学报》2024年增刊1`).
  const journalName = JOURNAL_NAME.test(first.text.slice(1, c1));
  if (
    m &&
    isPeriodical(m, pieces.length === 1 && (!lead || journalName)) &&
    (!lead || m[3] || m[4] || ((m[6] || m[1]) && journalName))
  ) {
    it['container-title'] = first.text.slice(1, c1);
    out.spans['container-title'] = { start: first.start + 1, end: first.start + c1 };
    out.confidence['container-title'] = 'parsed';
    applyNumbering(it, m, rest);
    applyQualifier(it, after);
    out.confidence.issued = 'parsed';
    if (it.issue) out.confidence.issue = 'parsed';
    return true;
  }
  return PAPER_NUMBER.test(after) && readOldPaper(pieces, first, c1, out);
}

/**
 * Late-Qing and Republican papers numbered by 册 or 年/期 and dated to the day: `《清议报》第69册，
 * 光绪二十六年十一月二十一日`, `《广益丛报》第8年第19期，1910年9月3日`. False without the day.
 */
function readOldPaper(pieces: Piece[], first: Piece, c1: number, out: Draft): boolean {
  const day = pieces.find((p, k) => k > 0 && p.text.endsWith('日'));
  if (!day) return false;
  const it = out.item;
  it.type = 'article-newspaper';
  it['container-title'] = first.text.slice(1, c1);
  out.spans['container-title'] = { start: first.start + 1, end: first.start + c1 };
  out.confidence['container-title'] = 'parsed';
  const d = GREGORIAN_DAY.exec(day.text);
  if (d) {
    it.issued = dateParts(d[1]!, d[2], d[3]);
    out.confidence.issued = 'parsed';
  }
  return true;
}

/**
 * One unrecognised piece before the year with no imprint: the body that issued it (a data centre, a
 * preprint server). Guessed, so rules do not lean on it.
 */
function issuerFromNote(out: Draft): void {
  const it = out.item;
  if (
    !it.publisher &&
    typeof it.note === 'string' &&
    !it.note.includes('，') &&
    it.issued &&
    !it['container-title'] &&
    it.type === 'book'
  ) {
    it.publisher = it.note;
    delete it.note;
    out.confidence.publisher = 'guessed';
  }
}

function trimEndColon(s: string): string {
  let e = s.length;
  for (;;) {
    const c = s[e - 1];
    if (c === '：' || c === ':' || c === '，' || c === ',' || c === ' ') e--;
    else break;
  }
  return s.slice(0, e);
}

const JP_NAMES = '([^『』「」（）]{1,60}?)';
const JP_IMPRINT = '（([^，,（）]{1,40})[，,]\\s*(\\d{4})年）';
const JP_BOOK = new RegExp(`^${JP_NAMES}?『([^』]+)』(?:${JP_IMPRINT})?$`, 'u');
const JP_ARTICLE = new RegExp(
  `^${JP_NAMES}?「([^」]+)」([^\\d「」『』（）]{1,40}?)(\\d+)[巻卷](?:(\\d+)号)?（(\\d{4})年）$`,
  'u',
);
const JP_CHAPTER = new RegExp(`^${JP_NAMES}?「([^」]+)」([^『』「」]{1,60}?)編『([^』]+)』(?:${JP_IMPRINT})?$`, 'u');
const JP_DATED = new RegExp(`^${JP_NAMES}?「([^」]+)」（(\\d{4})年）$`, 'u');
const JP_JUDGMENT_START = /^.{0,20}?(?:裁判所|大審院)\d{4}年/u;
const JP_JUDGMENT =
  /^(.{0,20}?(?:裁判所|大審院|法院))(\d{4})年(\d{1,2})月(\d{1,2})日(判決|決定)[，,、]\s*(.+?)(\d+)[輯卷巻](?:(\d+)号)?$/u;
const JP_PAGE = /(\d+(?:[-–]\d+)?)頁$/u;

/** `我妻栄=有泉亨`, `金子宏ほか`: names joined by `=`, a list cut short by ほか. */
function japaneseNames(s: string): CslName[] {
  return s
    .replace(/ほか$/u, '')
    .split('=')
    .map((n) => n.trim())
    .filter(Boolean)
    .map((literal) => ({ literal }));
}

/** Japanese note forms: a book in 『』, an article or a chapter in 「」, a court's judgment and its reporter. */
function readJapanese(body: string, out: Draft): boolean {
  const it = out.item;
  let text = trimEndCommas(body.trim().replace(/[。.]$/u, ''));
  const page = JP_PAGE.exec(text);
  if (page) text = text.slice(0, page.index);
  const judged = JP_JUDGMENT.exec(text);
  if (judged) {
    it.type = 'legal_case';
    it.authority = judged[1];
    it.issued = dateParts(judged[2]!, judged[3], judged[4]);
    it.genre = judged[5];
    it['container-title'] = judged[6]!.trim();
    it.volume = judged[7];
    if (judged[8]) it.issue = judged[8];
    if (page) it.page = page[1];
    return true;
  }
  const people = (names: string | undefined) => {
    if (!names) return;
    if (/編$/u.test(names)) it.editor = japaneseNames(names.replace(/編$/u, ''));
    else it.author = japaneseNames(names);
  };
  let m: RegExpExecArray | null;
  if ((m = JP_CHAPTER.exec(text))) {
    it.type = 'chapter';
    people(m[1]);
    it.title = m[2]!;
    it.editor = japaneseNames(m[3]!);
    it['container-title'] = m[4]!;
    if (m[5]) it.publisher = m[5];
    if (m[6]) it.issued = dateParts(m[6]);
  } else if ((m = JP_ARTICLE.exec(text))) {
    it.type = 'article-journal';
    people(m[1]);
    it.title = m[2]!;
    it['container-title'] = m[3]!.trim();
    it.volume = m[4];
    if (m[5]) it.issue = m[5];
    it.issued = dateParts(m[6]!);
  } else if ((m = JP_BOOK.exec(text))) {
    it.type = 'book';
    people(m[1]);
    it.title = m[2]!;
    if (m[3]) it.publisher = m[3];
    if (m[4]) it.issued = dateParts(m[4]);
  } else if ((m = JP_DATED.exec(text))) {
    people(m[1]);
    it.title = m[2]!;
    it.issued = dateParts(m[3]!);
  } else return false;
  out.confidence.title = 'parsed';
  // A part's pages are its extent in the host; a book's are the ones cited.
  if (page) {
    if (it.type === 'chapter' || it.type === 'article-journal') it.page = page[1];
    else {
      out.locator = page[1]!;
      out.locatorRaw = page[0];
    }
  }
  return true;
}

// A case name: `甲诉乙…案`, within one clause.
const CASE_NAME = '([^，。；,;《》]{2,80}?诉[^，。；,;《》]{1,80}?案)';
const CASE = new RegExp(`^${CASE_NAME}(?:[，,]\\s*(.+))?$`, 'u');
// `陆红霞诉南通市发改委政府信息公开案，载《最高人民法院公报》2015年第11期`: the case, then where it is reported.
const CASE_REPORTED = new RegExp(`^${CASE_NAME}[，,]\\s*载$`, 'u');
const JUDGMENT = /^(.{2,40}?(?:法院|仲裁委员会))(.{0,4}(?:判决书|裁定书|调解书|决定书))\s*(.*)$/u;
const WEB_HEAD = /^([^：:，,《》]{2,40})[：:]\s*([^，,]{2,80})$/u;
const CARRIED_ON = /^载?\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日$/u;

/** A note without 《》: a court case, or — with a link — a page named by its site. False when it is neither. */
function readUnmarked(body: string, out: Draft): boolean {
  const it = out.item;
  const text = trimEndCommas(body.trim().replace(/[。.]$/u, ''));
  const c = CASE.exec(text);
  if (c) {
    it.type = 'legal_case';
    it.title = c[1]!;
    out.confidence.type = 'parsed';
    out.confidence.title = 'parsed';
    const rest = c[2] ?? '';
    const j = JUDGMENT.exec(rest);
    if (j) {
      it.authority = j[1];
      it.genre = j[2]!.replace(/^[，,\s]+/, '');
      if (j[3]) it.number = j[3].trim();
    } else if (rest) it.note = rest;
    const y = /[（(](\d{4})[）)]|(\d{4})\s*年/u.exec(rest);
    if (y) it.issued = dateParts(y[1] ?? y[2]!);
    return true;
  }
  if (!it.URL) return false;
  const pieces = text
    .split(/[，,]/u)
    .map((p) => p.trim())
    .filter(Boolean);
  if (pieces.length === 0 || pieces.length > 3) return false;
  const head = WEB_HEAD.exec(pieces[0]!);
  if (head) {
    it.author = parseZhNames(head[1]!).names;
    it.title = head[2]!;
  } else if (pieces[0]!.length <= 40) it.title = pieces[0];
  else return false;
  for (const p of pieces.slice(1)) {
    const d = CARRIED_ON.exec(p);
    if (d) it.issued = dateParts(d[1]!, d[2], d[3]);
  }
  it.type = 'webpage';
  out.confidence.title = 'guessed';
  return true;
}

/** The responsibility statement before `：` and its role (`主编` makes editors, `译` translators). */
function responsibility(s: string, into: Draft, base: number): void {
  const role = ROLE_EDITOR.test(s) ? 'editor' : ROLE_TRANSLATOR.test(s) && !s.endsWith('著') ? 'translator' : 'author';
  const { names } = parseZhNames(s);
  if (names.length === 0) return;
  into.item[role] = names;
  into.confidence[role] = role === 'author' ? 'guessed' : 'parsed';
  into.spans[role] = { start: base, end: base + s.length };
}

/** The cited-pages phrase, but not one inside a title. */
function findZhPagesTop(s: string): Found | null {
  let from = 0;
  for (;;) {
    const m = findZhPages(s, from);
    if (!m) return null;
    if (isTopLevel(s, m.start)) return m;
    from = m.start + 1;
  }
}

/** `五` → 5, `十二` → 12, `二十` → 20: the small numbers that count editions. */
function chineseNumber(s: string): number {
  const d = (c: string | undefined) => (c ? '〇一二三四五六七八九'.indexOf(c) : -1);
  const ten = s.indexOf('十');
  if (ten === -1) return d(s[0]);
  return (ten === 0 ? 1 : d(s[0])) * 10 + (s[ten + 1] ? d(s[ten + 1]) : 0);
}
