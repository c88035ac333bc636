import { dateParts } from '../dates.js';
import { parseZhNames } from '../names.js';
import { closeOf, type Piece } from '../scan.js';
import type { Draft } from '../types.js';
import { partType } from './refine.js';

/**
 * The elements after a Chinese title, one comma-separated piece at a time: `周大昕译`, `北京：人民出版社`,
 * `2018年`, `人民出版社2009年版`, `载某某主编：《书》`, `博士学位论文`, `北京师范大学历史系`… Each test
 * is guarded by a cheap look at the piece's first or last character, so a piece meets only the
 * patterns that can match it.
 */

const PUBLISHER = /(?:出版社|出版公司|出版集团|书局|书店|印书馆|书社|出版中心|文献出版社|三联书店|Press)$/u;
const HOST = /^(?:载|见|收入|收录于)\s*(.*)$/u;
const EDITED_HOST = /^(?:(.+?)(?:主编|编著|编选|编)\s*[：:]\s*)?《/u;
const HOST_VOLUME = /第\s*(\d+)\s*[卷册]/u;
const PART_VOLUME =
  /^\s*(?:[（(][^）)]*[）)])?\s*(?:第\s*(\d+)\s*([卷册辑])|卷\s*(\d+)|([一二三四五六七八九十百]+部))/u;
const STANDARD_NO = /^(?:GB|GB\/T|GB\/Z|[A-Z]{2}\/T|[A-Z]{2}|ISO|IEC|ISO\/IEC)\s?[\d.]+(?:\.\d+)*\s*[—–-]\s*\d{2,4}$/u;
const DOCUMENT_NO = /^[\u3400-\u9fff]{1,8}[〔［[(（]\d{4}[〕］\])）]\s*第?\s*\d+\s*号$/u;
const ARTICLE = /^第\s*[\d一二三四五六七八九十百]+\s*条(?:\s*第\s*[\d一二三四五六七八九十]+\s*[款项])*$/u;
const IDENTIFIER = /^(ISBN|ISSN|DOI)[:：]?\s*(\S.*)$/iu;
const TRANSLATED = /^(.+?)\s*(?:译|译注|编译|译校)$/u;
const EDITED = /^(.+?)\s*(?:主编|编)$/u;
const IMPRINT = /^([^：:]{1,20})[：:]\s*(.+)$/u;
const YEAR_EDITION =
  /^(\d{4})\s*年\s*((?:影|石|铅|排|刻|标点|点校|校注|修订|增订|重|再)?印?本|新?[1-9一二三四五六七八九十]?版)$/u;
const UNKNOWN = /^(?:出版(?:时间|年份|地|者)|出版社)不详$/u;
const YEAR_RUN = /^(\d{4})\s*[—–-]\s*(?:\d{4})?\s*年$/u;
const PUBLISHER_YEAR = /^(.*?)\s*(\d{4})\s*年(?:\s*(\d{1,2})\s*月)?\s*(版|印本|印)?$/u;
const DATE = /^(\d{4})(?:\s*年(?:\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?)?)?\s*(?:版)?$/u;
const THESIS = /^(博士|硕士|学士)学位论文$/u;
const THESIS_AT = /^(.{2,30}?(?:大学|学院|研究院|研究所|党校|科学院))\s*(\d{4})\s*年\s*((?:博士|硕士|学士)学位论文)$/u;
const CARRIED_BY = /^载\s*([^\d，,]{2,30}?)?\s*(?:(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日)?$/u;
const ADOPTED_ON =
  /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*(?:在)?.{2,60}(?:通过|公布|发布|施行|修正|修订|批准|会议上)$/u;
const FRONT_MATTER = /^(?:序言?|前言|扉页|自序|跋|导言|导论|后记|附录|第\d+版自?序)\s*[\dⅰ-ⅹivx\-—–]*$/u;
const LINK = /^(?:https?:\/\/|doi)/iu;
const VOLUME = /^第\s*(\d+)\s*[卷册辑]$/u;
const EDITION = /^（?第\s*(\d+)\s*版）?$/u;
const MEETING = /会议|论坛|研讨会|年会/u;
const CITY = /^[\u3400-\u9fff]{2,4}$/u;
const ARCHIVE = /档案|藏$|馆藏/u;
const ACCESS_NOTE = /访问日期|引用日期|查询日期|浏览日期/u;
const FINAL_STOP = /[。.]$/u;
const LEADING_DIGIT = /^\d/;
const ARCHIVE_NUMBER = /^(?:档号|卷宗号|全宗号|档案号)\s*[：:]?\s*(\S.*)$/u;
const ARCHIVE_HOLDER = /(?:档案馆|图书馆|博物馆|档案室|研究所|资料室)藏$/u;
const COLON_END = /[：:，,]\s*$/u;
const ADOPTED = /(?:通过|公布|施行|批准)$/u;

const hasColon = (s: string) => s.indexOf('：') !== -1 || s.indexOf(':') !== -1;
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;

/** The piece being read, with what the tests look at first, and what reading the pieces has found. */
interface Element {
  out: Draft;
  pieces: Piece[];
  /** The piece's index: a test that takes the next piece as well moves it on. */
  k: number;
  /** The piece, without its final stop once the tests for a host are past, and without a place once read. */
  text: string;
  /** The code of the piece's first character as printed. */
  first: number;
  last: string;
  colon: boolean;
  hasYear: boolean;
  /** The work is a part of a host (`载…《书》`). */
  part: boolean;
}

/**
 * Reads each piece through the tests in order; the first that recognises it takes it. A piece no test
 * takes is kept as a note.
 */
export function readElements(pieces: Piece[], out: Draft): void {
  const it = out.item;
  const e: Element = { out, pieces, k: 0, text: '', first: 0, last: '', colon: false, hasYear: false, part: false };
  for (; e.k < pieces.length; e.k++) {
    e.text = pieces[e.k]!.text;
    e.first = e.text.charCodeAt(0);
    if (readArchive(e) || readHost(e)) continue;
    if (FINAL_STOP.test(e.text)) e.text = e.text.slice(0, -1);
    e.last = e.text[e.text.length - 1] ?? '';
    if (readEditedHost(e) || readNumber(e)) continue;
    e.colon = hasColon(e.text);
    if (readRole(e)) continue;
    // `北京：人民出版社`: the place comes off; the publisher is read below.
    const m = e.colon ? IMPRINT.exec(e.text) : null;
    if (m) {
      it['publisher-place'] = m[1]!.trim();
      e.text = m[2]!.trim();
      out.confidence['publisher-place'] = 'parsed';
    }
    e.hasYear = e.text.indexOf('年') !== -1;
    if (readYear(e) || readDated(e) || readThesis(e) || readImprintPart(e) || readEvent(e)) continue;
    // Unrecognised piece: kept as a note rather than guessed into a field.
    it.note = it.note ? `${it.note}，${e.text}` : e.text;
  }
  if (e.part) it.type = partType(it['container-title']);
}

/** `档号03-9431-048`, `北京大学图书馆藏`: an archival document, where it is kept and under which number. */
function readArchive(e: Element): boolean {
  const { out, text } = e;
  const it = out.item;
  const m = ARCHIVE_NUMBER.exec(text);
  if (m) {
    it.archive_location = m[1]!.trim();
    it.type = 'manuscript';
    out.confidence.archive_location = 'parsed';
    return true;
  }
  if (text.length > 2 && text.endsWith('藏') && ARCHIVE_HOLDER.test(text)) {
    it.archive = text.slice(0, -1);
    it.type = 'manuscript';
    out.confidence.archive = 'parsed';
    return true;
  }
  return false;
}

/** `载某某主编：《书》第2卷` / `见《书》`: the work is a part of that book. */
function readHost(e: Element): boolean {
  const { out, text, first } = e;
  const it = out.item;
  const m =
    (first === 0x8f7d /* 载 */ || first === 0x89c1 /* 见 */ || first === 0x6536) /* 收 */ && text.indexOf('《') !== -1
      ? HOST.exec(text)
      : null;
  if (!m) return false;
  e.part = true;
  const inner = m[1]!;
  const o = inner.indexOf('《');
  const who = inner.slice(0, o).replace(COLON_END, '').trim();
  if (who) {
    const { names } = parseZhNames(who);
    if (names.length) {
      it.editor = names;
      out.confidence.editor = 'parsed';
    }
  }
  const c = closeOf(inner, o);
  it['container-title'] = inner.slice(o + 1, c === -1 ? undefined : c);
  out.confidence['container-title'] = 'parsed';
  const v = c === -1 ? null : HOST_VOLUME.exec(inner.slice(c + 1));
  if (v) it.volume = v[1];
  return true;
}

/** `编者主编：《书》` or a bare `《书》第9册` after the title: the work is a part of that book. */
function readEditedHost(e: Element): boolean {
  const { out, text } = e;
  const it = out.item;
  const m = it.title && text.indexOf('《') !== -1 ? EDITED_HOST.exec(text) : null;
  if (!m) return false;
  // The host's 《 is the one the pattern stopped at: an editor may be named with marks of its own
  // (`《环球科学》杂志社主编：《认识记忆力》`).
  const o = m[0].length - 1;
  const c = closeOf(text, o);
  if (c === -1) return false;
  const inner = text.slice(o + 1, c);
  if (!it['container-title']) {
    e.part = true;
    it['container-title'] = inner;
    out.confidence['container-title'] = 'parsed';
    if (m[1]) {
      it.editor = parseZhNames(m[1]).names;
      out.confidence.editor = 'parsed';
    }
    const v = PART_VOLUME.exec(text.slice(c + 1));
    if (v) it.volume = v[2] === '册' ? `第${v[1]}册` : (v[1] ?? v[3] ?? v[4]);
  } else if (!it['collection-title']) it['collection-title'] = inner;
  return true;
}

/** A standard's number, a law's article, an official document's number, an ISBN, ISSN or DOI. */
function readNumber(e: Element): boolean {
  const { text, first } = e;
  const it = e.out.item;
  // `GB/T 7714—2015`, `NB/T 10386—2020`: a standard's number; `国发〔2007〕19号`: an official document's.
  if (STANDARD_NO.test(text)) {
    it.number = text;
    if (it.type === 'book') it.type = 'standard';
    return true;
  }
  // `第 27 条第 2 款第 3 项`: the article of a law cited.
  if (first === 0x7b2c /* 第 */ && ARTICLE.test(text)) {
    it.section = text;
    if (it.type === 'book' && !it.publisher) it.type = 'legislation';
    return true;
  }
  if (text.endsWith('号') && DOCUMENT_NO.test(text)) {
    it.number = text;
    if (it.type === 'book') it.type = 'legislation';
    return true;
  }
  const m = first === 0x49 || first === 0x44 || first === 0x69 || first === 0x64 ? IDENTIFIER.exec(text) : null;
  if (!m) return false;
  it[m[1]!.toUpperCase()] = m[2]!.trim();
  return true;
}

/** `周大昕译`, `李四编`: translators and editors after the title. */
function readRole(e: Element): boolean {
  const { out, text, last } = e;
  if (e.colon) return false;
  let m: RegExpExecArray | null;
  if ((last === '译' || last === '注' || last === '校') && (m = TRANSLATED.exec(text))) {
    out.item.translator = parseZhNames(m[1]!).names;
    out.confidence.translator = 'parsed';
    return true;
  }
  if (last === '编' && (m = EDITED.exec(text))) {
    out.item.editor = parseZhNames(m[1]!).names;
    out.confidence.editor = 'parsed';
    return true;
  }
  return false;
}

/** `人民出版社2009年版`, `1957—1990年` (a serial's run, dated by its first year), `2018年`, `出版时间不详`. */
function readYear(e: Element): boolean {
  const { out, text, hasYear } = e;
  const it = out.item;
  let m: RegExpExecArray | null;
  if (hasYear && isDigit(text.charCodeAt(0)) && (m = YEAR_EDITION.exec(text))) {
    it.issued = dateParts(m[1]!);
    it.edition = m[2];
    out.confidence.issued = 'parsed';
    return true;
  }
  if (text.endsWith('不详') && UNKNOWN.test(text)) return true;
  if (hasYear && isDigit(text.charCodeAt(0)) && (m = YEAR_RUN.exec(text))) {
    it.issued = dateParts(m[1]!);
    out.confidence.issued = 'parsed';
    return true;
  }
  if (hasYear && (m = PUBLISHER_YEAR.exec(text)) && m[1]) {
    it.publisher = m[1].trim();
    it.issued = dateParts(m[2]!);
    out.confidence.publisher = 'parsed';
    out.confidence.issued = 'parsed';
    return true;
  }
  if (isDigit(text.charCodeAt(0)) && (m = DATE.exec(text))) {
    it.issued = dateParts(m[1]!, m[2], m[3]);
    out.confidence.issued = 'parsed';
    return true;
  }
  return false;
}

/** Pieces that carry a date with something else: a thesis's school, a site that carried the piece, a law's adoption. */
function readDated(e: Element): boolean {
  const { out, text, first, last } = e;
  const it = out.item;
  let m: RegExpExecArray | null;
  // `中国政法大学2015年博士学位论文`: the university, the year and the degree in one piece (法学引注手册).
  if (last === '文' && (m = THESIS_AT.exec(text))) {
    it.type = 'thesis';
    it.publisher = m[1]!.trim();
    it.issued = dateParts(m[2]!);
    it.genre = m[3];
    out.confidence.publisher = 'parsed';
    return true;
  }
  // `载人民网2004年1月10日`, `载新华网`: a site or an account named without 《》, and the day it carried the piece.
  if (first === 0x8f7d /* 载 */ && text.indexOf('《') === -1 && (m = CARRIED_BY.exec(text))) {
    if (m[1]) it['container-title'] = m[1].trim();
    if (m[2]) it.issued = dateParts(m[2], m[3], m[4]);
    if (it.URL && it.type === 'book') it.type = 'webpage';
    return true;
  }
  // `1991年9月4日第七届全国人大常委会第二十一次会议通过`: a law or a decision, dated by its adoption.
  if (isDigit(first) && (m = ADOPTED_ON.exec(text))) {
    it.issued = dateParts(m[1]!, m[2], m[3]);
    it.note = it.note ? `${it.note}，${text}` : text;
    if (it.type === 'book' && ADOPTED.test(text)) it.type = 'legislation';
    return true;
  }
  return false;
}

/** `博士学位论文` and the school in the next piece; front matter cited instead of a page (`序2-3`, `扉页`). */
function readThesis(e: Element): boolean {
  const { out, text, last } = e;
  const it = out.item;
  if (last === '文' && THESIS.test(text)) {
    it.type = 'thesis';
    it.genre = text;
    const inst = e.pieces[e.k + 1]?.text;
    if (inst && !LEADING_DIGIT.test(inst)) {
      it.publisher = inst;
      out.confidence.publisher = 'parsed';
      e.k++;
    }
    return true;
  }
  // Front matter cited instead of a page: `序2-3`, `扉页`, `第1版自序`.
  if (!out.locator && FRONT_MATTER.test(text)) {
    out.locator = text;
    out.locatorRaw = text;
    return true;
  }
  return false;
}

/** A publisher (by its name, or after a place), a link, a volume, an edition. */
function readImprintPart(e: Element): boolean {
  const { out, text } = e;
  const it = out.item;
  const named = PUBLISHER.test(text);
  if (named || (it['publisher-place'] && !it.publisher)) {
    it.publisher = text;
    out.confidence.publisher = named ? 'parsed' : 'guessed';
    return true;
  }
  if (LINK.test(text)) return true;
  let m: RegExpExecArray | null;
  if ((m = VOLUME.exec(text))) {
    it.volume = m[1];
    out.confidence.volume = 'parsed';
    return true;
  }
  if ((m = EDITION.exec(text))) {
    it.edition = m[1];
    return true;
  }
  return false;
}

/** A meeting and the city it met in, an archive, an access-date note. */
function readEvent(e: Element): boolean {
  const { text } = e;
  const it = e.out.item;
  if (MEETING.test(text)) {
    it.type = 'paper-conference';
    it['event-title'] = text;
    // `…研讨会论文，天津，2000年6月`: the city after the meeting is where it met.
    const city = e.pieces[e.k + 1]?.text;
    if (city && CITY.test(city)) {
      it['publisher-place'] = city;
      e.k++;
    }
    return true;
  }
  if (ARCHIVE.test(text)) {
    it.type = 'manuscript';
    it.archive = text;
    return true;
  }
  return ACCESS_NOTE.test(text);
}
