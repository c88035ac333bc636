import type { CslItem, CslName } from '../../model/csl.js';
import { dateParts } from '../dates.js';
import { normalizePages } from '../locators.js';
import { markEtAl, parseEnNames, parseZhNames } from '../names.js';
import { splitAll } from '../scan.js';
import { emptyDraft, type Draft } from '../types.js';
import { canonicalGbt, restorePrinted } from './gbt-punctuation.js';
import { HEARING, kindByMaker, legalType } from '../en/kinds.js';
import { anyOf } from '../../util/regexp.js';
import { PARSE_WORDS } from '../words.js';

/**
 * GB/T 7714 reference-list entries (numeric or author-year, 2015 and 2025): `主要责任者. 题名[M]. 出版地:
 * 出版者, 出版年: 引文页码.`, `…[J]. 刊名, 年, 卷(期): 页码.`, `…[M]//编者. 书名. 出版地: 出版者, 年: 页码.`,
 * electronic resources with `[EB/OL]`, access dates `[2021-03-04]`, DOIs. The type code is the cue the
 * whole entry hangs on; the title is the sentence before it.
 *
 * A monograph's trailing page is the cited page (引文页码) and becomes the locator; an article's or a
 * part's is its extent and stays `page`.
 */

// `[Z/four-disc special extended ed. on DVD]`: a carrier described in words after the slash.
const TYPE_CODE = /\[(M|J|C|N|D|R|S|P|G|A|Z|CM|DB|DS|CP|EB|PP|DT|CA)(?:\/(OL|DK|MT|CD|[A-Za-z][^\][]{1,40}))?\]/;
export const TYPES: Record<string, CslItem['type']> = {
  M: 'book',
  G: 'book',
  C: 'book',
  J: 'article-journal',
  N: 'article-newspaper',
  D: 'thesis',
  R: 'report',
  S: 'standard',
  P: 'patent',
  A: 'manuscript',
  Z: 'document',
  CM: 'map',
  DB: 'dataset',
  DS: 'dataset',
  CP: 'software',
  EB: 'webpage',
  PP: 'article',
  DT: 'dataset',
  CA: 'document',
};
// `//` joins a part to its host; the `//` of a URL does not.
const ANALYTIC = /(?<![:/])\/\/(?!\/)/;
const SENTENCE_STOP = /[.．]\s/gu;
const LEADING_STOP = /^\s*[.．]\s*/u;
const FINAL_STOP = /[.．]$/u;
const LINK = /(?:https?|ftp):\/\/\S+/i;
const LINK_TAIL = /[.,]$/;
const DOI_FIELD = /DOI:\s*(10\.\S+?)\.?$/i;
const DOI_LINK = /doi\.org\/(10\.\S+)/i;
const ACCESS_DATE = /\[(\d{4})-(\d{2})-(\d{2})\]/;
const LINKS_AND_DOIS = /(?:DOI:\s*\S+|(?:https?|ftp):\/\/\S+)/gi;
const HOST_IMPRINT = /[:：]\s*[^:：]+[,，]\s*c?\d{4}/u;
const LEADING_DIGIT = /^\d/;
const HOST_STATEMENT = /^[^.．:：,，]{1,24}(?:版|本|ed)$/u;
const HOST_ROLE = /\s*(?:主编|编|ed|eds)\.?$/u;
const STATEMENT = /^\s*((?:Rev\.|Revised|New|Abridged)\s+ed|[^.．:：,，]{1,24}(?:版|本|ed))[.．]\s*/u;
// `谢远涛, 译.`; English entries write `PARSONS T, trans.` (GB/T 7714 gives the role in the entry's language).
// Other responsible persons after the title: `ROTH G, WITTICH C, ed.`, `王五, 编.`, `李四, 等编.`.
const EDITORS = /^([^.．]+?)(?:[,，]\s*(?:等\s*)?|[,，]?\s*等\s*|[,，]\s*et al\.?[,，]?\s*)(?:主编|编|eds?)[.．]\s*/u;
// A list cut short ends `等译.` / `et al, trans.`: the names before it are the translators printed.
const TRANSLATORS = /^([^.．]+?)(?:[,，]\s*(?:等\s*)?|[,，]?\s*等\s*|[,，]\s*et al\.?[,，]?\s*)(?:译|trans)[.．]\s*/u;
// A journal's name may hold a comma (`Work, Employment and Society`): the year closes it.
const PERIODICAL =
  /^(.+?)[,，]\s*(\d{4})(?:[-\d]*)?(?:[,，]\s*(\d+))?\s*(?:\(([^)]+)\))?\s*(?::\s*([\w.-]+(?:[,，]\s?[\w.-]+)*))?/u;
// A serial described as a whole: `1984, 1(1)-. 武汉: 中华医学会湖北分会, 1984-.`
const SERIAL_RUN =
  /^(?:\d{4}(?:\/\[?\d{4}\]?)?[,，]\s*)?\d{4}(?:[,，]\s*\d+)?\s*\(\d+\)\s*[-—–]\s*(?:\d{4}\s*\(\d+\))?[.．]\s*/u;
// `Place: Publisher, Year: pages` — a place may hold a comma (`Cambridge, Mass.`), a publisher too
// (`Farrar, Straus and Giroux`, `…, Inc.`); the year (`c1980`) closes the publisher.
const IMPRINT =
  /^(?:([^:：]{1,40}?)\s*[:：]\s*)?([^:：]+?)[,，]\s*c?(\d{4})[a-z]?(?:[-–—]\d*){0,2}(?:\s*[:：]\s*([\w.\-\u3400-\u9fff]+(?:[,，]\s*[\w.-]+)*))?(?=\s*(?:\[|[.．]|$|[(（]))/u;
const YEAR_PAGES = /^(\d{4})(?:-\d{1,2}-\d{1,2})?\s*[:：]\s*([\w.-]+(?:[,，]\s*[\w.-]+)*)/u;
const ANY_YEAR = /((?:1[5-9]|20)\d\d)/;
// A full date printed for the item itself: a newspaper's issue, a web page's `(2020-01-02)`, a patent's announcement.
const FULL_DATE = /(?<![\d[])((?:1[5-9]|20)\d\d)-(\d{1,2})-(\d{1,2})(?![\d\]])/;
const ET_AL = /[,，]?\s*(?:等|et al\.?)\s*$/u;
// Author-year lists (著者-出版年制) print the year after the names (`刘国钧, 郑如斯, 1979.`, `SMITH J, 2010a.`)
// and leave it out of the imprint (`北京: 中国青年出版社: 15.`) and the periodical (`科学通报, 55(34): 3219.`).
// The year may be inferred (`[2025]`), a run (`1957/1990`, `2015-2020`), or missing (`n.d.`, `无日期`).
const AUTHOR_YEAR =
  /[,，]\s*(?:\[((?:1[5-9]|20)\d\d)[a-z]?\]|((?:1[5-9]|20)\d\d)[a-z]?(?:\s*[/\-–—]\s*(?:1[5-9]|20)\d\d[a-z]?)?|n\.\s?d\.?(?:-[a-z])?|无日期(?:-[a-z])?|出版年不详)$/u;
// Pages after an author-year entry's publisher (`American Psychological Association: 287-314`) or alone (`2.`).
const TRAILING_PAGES =
  /\s*[:：]\s*([A-Za-z]?\d[\w.–-]*(?:[,，]\s*[A-Za-z]?\d[\w.–-]*)*|(?:第\d+版)?(?:自序|序|前言|扉页|后记|跋|凡例)[\d–-]*)$/u;
const PAGES_ONLY = /^[A-Za-z]?\d[\w.–-]*(?:[,，]\s*[A-Za-z]?\d[\w.–-]*)*$/u;
const PLACE_AND_PUBLISHER = /^(?:([^:：]{1,40}?)\s*[:：]\s*)?([^:：]+)$/u;
// An unknown author is left out rather than recorded as one named `Anon` (a style's stand-in; 佚名 is kept,
// as Chinese catalogues record it).
const ANONYMOUS = /^(?:Anon\.?|Anonymous)$/u;
const BRACKETED = /^[([]/;
const PERIODICAL_NO_YEAR = /^(.+?)(?:[,，]\s*(\d+)?)?\s*(?:\(([^)]+)\))?\s*(?::\s*([\w.-]+(?:[,，]\s?[\w.-]+)*))?$/u;
const COMMA_SPLIT = /\s*,\s*/g;
const NAME_SUFFIX = /^(?:Jr|Sr|Inc|Ltd|Co)\.?$/;
const PERSONAL_SUFFIX = /^(?:Jr|Sr)/;
// A patent holder or a body in capitals (`GOOGLE LLC`, `SAMSUNG ELECTRONICS CO LTD`) is no inverted personal name:
// its name ends in a company's legal form (data/parse-words.json).
const COMPANY_FORM = new RegExp(`\\s(?:${anyOf(PARSE_WORDS.companyForms)})\\.?$`, 'i');
// GB/T writes Western names inverted, family first, initials without stops: `HARRISON J`, `PEEBLES P Z`.
// Initials are one or two letters each (`D J`, `JN`): a longer word in capitals is still the family name (`DES MARAIS D J`).
const INVERTED = /^(\p{Lu}[\p{L}'’ -]*?\p{L})\s+(\p{Lu}{1,2}\.?(?:[ -]\p{Lu}{1,2}\.?)*)$/u;
// `DES MARAIS`, `VAN DER WAALS`: each word of a family name in capitals.
const CAPITAL_WORD = /\b(\p{Lu})(\p{Lu}+)\b/gu;
// `MOVSHOVITZ-ATTIAS`, `O'NEIL`: a family name in capitals may be joined by a hyphen or an apostrophe.
const CAPITALS = /^[A-Z][A-Z'’-]*[A-Z]$/;
// Lower-case particles of a family name, printed before it (`de Beauvoir S`) or after the initials (`VEEN P H van der`).
const PARTICLE_RUN =
  '((?:van|von|de|der|den|da|di|du|le|la|ter|ten)(?:\\s+(?:van|von|de|der|den|da|di|du|le|la|ter|ten))*)';
const LEADING_PARTICLE = new RegExp(`^${PARTICLE_RUN}\\s+(?=\\p{Lu})`, 'u');
const TRAILING_PARTICLE = new RegExp(`\\s+${PARTICLE_RUN}$`);
const TITLE_INFO_AT = /: |：/u;
const PART =
  /^(?:第\s*(\d+)\s*卷(?:\s+(.+))?|(第\s*\d+\s*册|[上中下]册?|[一二三四五六七八九十百\d]+[卷部]|[子丑寅卯辰巳午未申酉戌亥甲乙丙丁]集[上中下]?(?:(?:\s*[:：]\s*|\s+).+)?)|(?:제)\s*(\d+)\s*권|(?:卷|[vV]ol\.|[vV]\.)\s*(\d+)(?:\s+.+)?)$/u;
// `Season 3, Episode 12`: where a broadcast's episode stands in its series.
const EPISODE = /^(?:Season|Series|Episode|Part)\s*\d+(?:,\s*(?:Episode|Part)\s*\d+)?$/;
const SERIAL_NUMBER = /^(?!(?:1[5-9]|20)\d\d[-—–])\d{1,4}[-—–]\d{1,5}$/;
const REPORT_NUMBER = /^(?!(?:1[5-9]|20)\d\d$)[\dA-Z][\w./\-—–]*$/;
const ARCHIVE_PLACE = /档案|全宗|^Box\s*\d|^\d{2,}(?:[-—–]\d+)+$/u;
// A map's scale stands as a sentence of its own before the type code (`地质图. 1:25000[CM]`).
const DIMENSIONS = /[.．]\s*(\d+(?:\.\d+)?\s*(?:cm|mm)?\s*[×xX]\s*\d+(?:\.\d+)?\s*(?:cm|mm))[.．]?\s*$/;
const MEETING_PLACE = /^(?:[\u3400-\u9fff]{2,4}|[A-Z][a-z]+(?: [A-Z][a-z]+)?(?:, [A-Z]{2})?)$/u;
const SCALE = /^1\s*:\s*[\d,]+$/;
// GB/T 7714—2025 prints a standard's number before its title (`GB/T 3792—2021 信息与文献 资源描述[S]`).
const STANDARD_CODE = '(?:[A-Z]{2,6}(?:\\/[A-Z]{1,6})*)(?:\\s[A-Z]?[\\w.\\/:()\\-—–]*\\d[\\w.\\/:()\\-—–]*)+';
const STANDARD_NUMBER = new RegExp(`^(${STANDARD_CODE})\\s+(?=\\S)`, 'u');
const STANDARD_NUMBER_ONLY = new RegExp(`^${STANDARD_CODE}$`, 'u');
// `Publisher(2024-07-19)`: GB/T 7714—2025's publisher and date of an electronic resource; `V1.0.` its version.
const PUBLISHED_ON =
  /^(?:([Vv]{1,2}[\d.]+)[.．]\s*)?(?!\d{4}\s*\()([^()[\]]+?)\s*\((\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?\)/;
// A place and a publisher without a year (`上海: 有正书局.`): an old imprint that prints none.
const PLACE_PUBLISHER = /^(?!\d)([^:：,，.]{1,20})\s*[:：]\s*(?!\d)([^:：,，.()[\]]{2,60})$/u;
// `U.S. adults`: the stop of a dotted abbreviation ends no sentence.
// … nor do abbreviations of legal and other sources (`Brown v. Board`, `Exec. Order`, `U.S. Const. art. I`,
// `S. Res. 438`, `Mr. Burns`); `et al.` and `Jr.` do end the names.
const DOTTED =
  /[A-Z]\.[A-Z]$|(?:^|[\s(])(?:Vol|vol|No|no|Pt|pt|Suppl|suppl|v|Exec|Const|art|amend|para|paras|sec|ch|cl|Res|Rep|Stat|Rec|Cong|Mr|Mrs|Ms|Dr|St)$|(?:^|\.\s)[A-Z]$/;
// `Gaiman N. 100,000+ Rohingya … season. My fellow …`: inverted names with their initials, or a handle,
// close the names at the first stop; a post's text may hold more.
const EN_NAME_LIST =
  /^(?:\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)*\s\p{Lu}{1,2}(?:[\s-]\p{Lu}{1,2})*(?:[,，]\s*|$))+(?:et al)?$|\[@[^\]]+\]$/u;
const YEARLY_PART = /^\d{4}\s*年卷$/u;
const NAMED_PART = /^[\u3400-\u9fff]{1,4}卷$/u;
const CJK = /[\u3400-\u9fff]/u;
// `GB 3100~3102—93`: a run of standards is joined by a tilde.
const NUMBER_SHAPE = /^[\dA-Z][\dA-Z./\-—–:~～]*(?:\s[\dA-Z][\dA-Z./\-—–:~～]*)?$/u;
const LONG_DIGITS = /\d{6,}/;
const LATIN = /[A-Za-z]/;
const DOCUMENT_NUMBER = /\d+\s*号$/u;
const SPACES = /\s+/g;

const MONOGRAPH = new Set<CslItem['type']>(['book', 'thesis', 'report', 'standard', 'map', 'manuscript', 'document']);

export function hasTypeCode(s: string): boolean {
  return s.indexOf('[') !== -1 && TYPE_CODE.test(s);
}

function names(s: string, zh: boolean): CslName[] {
  const cleaned = s.replace(ET_AL, '').trim();
  if (zh) return parseZhNames(cleaned.replace(COMMA_SPLIT, '，')).names;
  const parts = splitAll(cleaned, COMMA_SPLIT).filter(Boolean);
  const suffixes: Array<string | undefined> = parts.map(() => undefined);
  // `PEEBLES P Z, Jr` and `Online Computer Library Center, Inc.`: the part after the comma belongs to the name.
  for (let k = parts.length - 1; k > 0; k--) {
    if (!NAME_SUFFIX.test(parts[k]!)) continue;
    const personal = PERSONAL_SUFFIX.test(parts[k]!);
    suffixes.splice(k - 1, 2, personal ? parts[k] : undefined);
    parts.splice(k - 1, 2, personal ? parts[k - 1]! : `${parts[k - 1]}, ${parts[k]}`);
  }
  return parts.map((n, k) => {
    const name = invertedName(n);
    if (suffixes[k] && name.family) name.suffix = suffixes[k];
    return name;
  });
}

/** `HARRISON J`, `DES MARAIS D J`, `VEEN P H van der`, a body (`GOOGLE LLC`) as one name. */
function invertedName(n: string): CslName {
  if (COMPANY_FORM.test(n.trim()) || n.indexOf('[@') !== -1) return { literal: n.trim() };
  // `VEEN P H van der`: the particle printed after the initials.
  const lead = LEADING_PARTICLE.exec(n.trim());
  const particle = lead ?? TRAILING_PARTICLE.exec(n.trim());
  const m = INVERTED.exec(
    lead ? n.trim().slice(lead[0].length) : particle ? n.trim().slice(0, particle.index) : n.trim(),
  );
  if (!m) return parseEnNames(n).names[0] ?? { literal: n };
  const family = CAPITALS.test(m[1]!.replace(SPACES, ''))
    ? m[1]!.replace(CAPITAL_WORD, (_, a: string, b: string) => a + b.toLowerCase())
    : m[1]!;
  const name: CslName = { family, given: m[2]! };
  if (particle) name['non-dropping-particle'] = particle[1]!;
  return name;
}

/**
 * A responsibility statement's names as `role`; a list cut short (`刘裕国, 杨柳, 张洋, 等`, `…, et al., trans.`)
 * is recorded in `x-et-al`. `rest` is what followed the names in the statement (`, 等译`).
 */
function setNames(it: CslItem, role: 'author' | 'editor' | 'translator', who: string, zh: boolean, rest = ''): void {
  it[role] = names(who, zh);
  if (ET_AL.test(who) || /等|et al/.test(rest)) markEtAl(it, role);
}

/**
 * GB/T 7714 prints other title information after `: `. A volume (`第 1 卷`, `美国卷`), a part
 * (`上`, `巳集上: 水部`) or a number (`GB/T 25100—2010`, a patent number, `京政办发［2005］37 号`) there is
 * not title; a year (`中国造纸年鉴: 2003`), an edition of the original (`第 4 版`) or a subtitle is.
 */
function splitTitleInfo(title: string, it: CslItem, host = false, analytic = false): string {
  const first = title.search(TITLE_INFO_AT);
  if (first > 0) {
    const rest = title.slice(first + (title[first] === '：' ? 1 : 2)).trim();
    const part = PART.exec(rest);
    if (part) {
      if (part[1]) {
        it.volume = part[1];
        // `中国科学技术史: 第 2 卷 科学思想史`: the volume's own title is the title cited.
        if (part[2]) return part[2].trim();
      } else if (part[3]) it.volume = part[3].replace(SPACES, '');
      else if (part[4]) it.volume = part[4];
      // `卷 690 服章部七`, `v.1 History, theory, and battlegrounds`: the volume; what follows it names the
      // volume's section, and the work cited is the one before the colon. A part's own `卷 5`
      // (`周易外传: 卷 5[M]//…`) is its title.
      else if (part[5]) {
        if (analytic && !host) return title;
        it.volume = part[5];
      }
      return title.slice(0, first).trim();
    }
  }
  // Other title information follows the last `: ` (`：`); an identifier may hold a colon itself (`ISO 15836:2009`).
  const at = Math.max(title.lastIndexOf(': '), title.lastIndexOf('：'));
  if (at <= 0) return title;
  const head = title.slice(0, at).trim();
  const info = title.slice(at + 1).trim();
  // `2011 年卷` of a yearbook or proceedings is a part the standard leaves out of the title.
  if (YEARLY_PART.test(info)) return head;
  if (NAMED_PART.test(info)) {
    if (!host) it.volume = info;
    return head;
  }
  // A number: a standard's, a patent's, a report's (`GB/T 25100—2010`, `US6915001`, `7178999X-2006BAK04A10/10.2013`).
  const bare = info.endsWith('号') ? info.slice(0, -1) : info;
  if (
    !CJK.test(bare) &&
    (LATIN.test(info) || LONG_DIGITS.test(info)) &&
    (NUMBER_SHAPE.test(info) || (it.type === 'standard' && STANDARD_NUMBER_ONLY.test(info)))
  ) {
    it.number = info;
    return head;
  }
  // A report's number (`18-2424`, `1`) and an archive's file number or fonds (`04-01-35-0399-039`,
  // `北洋档案 1011—5961`, `李劼人档案`, `Box 1032, NSC Files, …`) are where the item is found, not title.
  if (it.type === 'report' && REPORT_NUMBER.test(info)) {
    it.number = info;
    return head;
  }
  if (it.type === 'manuscript' && ARCHIVE_PLACE.test(info)) {
    it['archive_location'] = info;
    return head;
  }
  // `88-352` (a public law), `9,367,592` (a patent): numbers, not a year span or a subtitle.
  // `United States v. Dino Nastasi et al.: 3:15-cr-00213-FDW-DCK`: a case's docket number.
  if (/ v\. /.test(head) && /\d/.test(info) && !/\s/.test(info)) {
    it.number = info;
    return head;
  }
  if (
    SERIAL_NUMBER.test(info) ||
    EPISODE.test(info) ||
    (!CJK.test(head) && /^\d{1,6}$/.test(info) && !/^(?:1[5-9]|20)\d\d$/.test(info)) ||
    (it.type === 'patent' && /^\d{1,3}(?:,\d{3})+$/.test(info))
  ) {
    it.number = info;
    return head;
  }
  if (DOCUMENT_NUMBER.test(info)) {
    it.number = info;
    return head;
  }
  return title;
}

export function parseGbt(s: string, base: number, zh: boolean): Draft {
  const c = canonicalGbt(s);
  const draft = parseEntry(c ? c.text : s, base, zh);
  if (c) restorePrinted(draft, s, c, base);
  if (!zh) refineGenericType(draft);
  return draft;
}

/**
 * `[Z]` (其他), `[EB/OL]` and `[A]` say little about what an English item is; its own words may say more: a case
 * name or an act (`Brown v. Board of Education`, `Civil Rights Act of 1964`), a record label or a studio
 * as its publisher (`mcDJ; RCA`, `Blown Deadline Productions; HBO`). The same cues as plain English notes.
 */
function refineGenericType(draft: Draft): void {
  const it = draft.item;
  if (it.type !== 'document' && it.type !== 'webpage' && it.type !== 'manuscript') return;
  const legal = legalType(it.title ?? '', it.author);
  if (legal) {
    it.type = legal;
    draft.confidence.type = 'guessed';
    return;
  }
  if (it.type !== 'document' || !it.publisher) return;
  const kind = HEARING.test(it.title ?? '') ? 'hearing' : kindByMaker(it);
  if (kind) {
    it.type = kind;
    draft.confidence.type = 'guessed';
  }
}

/**
 * One entry, read around its type code: the type from the code, the responsibility and the title from
 * the sentences before it, then after it the links, the host after `//`, responsibility and edition
 * statements, and the periodical's numbering or the imprint.
 */
function parseEntry(s: string, base: number, zh: boolean): Draft {
  const out = emptyDraft(zh ? 'zh-CN' : 'en-US');
  const it = out.item;
  const code = TYPE_CODE.exec(s)!;
  const analytic = ANALYTIC.test(s);
  it.type = entryType(code[1]!, analytic);
  out.confidence.type = 'parsed';
  const authorYear = readHead(s.slice(0, code.index), analytic, zh, out, base);
  let rest = takeLinks(s.slice(code.index + code[0].length).replace(LEADING_STOP, ''), it);
  const cut = ANALYTIC.exec(rest);
  if (cut) {
    // `姜海伦, 译//《环球科学》杂志社. …`, `Sallis J, trans.//Krell D F. …`: the part's translator.
    const tr = TRANSLATORS.exec(`${rest.slice(0, cut.index).trim()}. `);
    if (tr) {
      setNames(it, 'translator', tr[1]!, zh, tr[0].slice(tr[1]!.length));
      out.confidence.translator = 'parsed';
    }
    rest = readHost(rest.slice(cut.index + 2), it, zh);
  }
  rest = readStatements(rest, zh, out);
  // A journal or newspaper described as a whole (`临床内科杂志[J]. 1984, 1(1)-. 武汉: …`) is catalogued as a book.
  const serial = it.type === 'article-journal' ? SERIAL_RUN.exec(rest) : null;
  if (serial) {
    it.type = 'book';
    rest = rest.slice(serial[0].length);
  }
  if (it.type === 'article-journal' || it.type === 'article-newspaper') readPeriodical(rest, authorYear, out);
  else readPublication(rest, authorYear, cut !== null, out);
  return out;
}

/** The type the code names: `[M]//` and `[C]//` are parts of a book or proceedings; without `//` the code names the whole. */
function entryType(main: string, analytic: boolean): CslItem['type'] {
  if (analytic && main === 'M') return 'chapter';
  if (analytic && main === 'C') return 'paper-conference';
  if (main === 'C') return 'book';
  return TYPES[main] ?? 'document';
}

/**
 * What stands before the type code: the names, an author-year entry's year, the title and a map's scale.
 * The title is the last sentence: a body's name may hold `. ` itself (`U.S. Department of …`, `Stanford
 * University. Department of …`). Returns the author-year entry's year ('' for `n.d.`), null in a numeric list.
 */
function readHead(printed: string, analytic: boolean, zh: boolean, out: Draft, base: number): string | null {
  let before = printed;
  let dot = -1;
  let prev = -1;
  for (const m of before.matchAll(SENTENCE_STOP)) {
    if (!endsSentence(before, m.index)) continue;
    prev = dot;
    dot = m.index;
    if (!zh && prev === -1 && EN_NAME_LIST.test(before.slice(0, dot))) break;
  }
  // A scale after the map's title: the title is the sentence before it.
  const scale =
    dot > 0
      ? before
          .slice(dot + 1)
          .trim()
          .replace(FINAL_STOP, '')
      : '';
  if (dot > 0 && SCALE.test(scale)) {
    out.item.scale = scale;
    before = before.slice(0, dot);
    dot = prev;
  }
  const authorYear = readAuthors(dot > 0 ? before.slice(0, dot) : '', dot, zh, out, base);
  readTitle(before, dot, analytic, out, base);
  return authorYear;
}

/** The names before the title's sentence, and the year an author-year list prints after them. */
function readAuthors(names: string, dot: number, zh: boolean, out: Draft, base: number): string | null {
  const it = out.item;
  let who = names;
  const authorYearMatch = AUTHOR_YEAR.exec(who);
  const authorYear = authorYearMatch ? (authorYearMatch[1] ?? authorYearMatch[2] ?? '') : null;
  if (authorYearMatch) {
    who = who.slice(0, authorYearMatch.index);
    if (authorYear) it.issued = dateParts(authorYear);
  }
  if (who && !ANONYMOUS.test(who.trim())) {
    setNames(it, 'author', who, zh);
    out.confidence.author = 'parsed';
    out.spans.author = { start: base, end: base + dot };
  }
  return authorYear;
}

/** The title after the stop at `dot`: a standard's number before it, other title information after it. */
function readTitle(before: string, dot: number, analytic: boolean, out: Draft, base: number): void {
  const it = out.item;
  const rawTitle = (dot > 0 ? before.slice(dot + 1) : before).trim().replace(FINAL_STOP, '');
  let titleText = rawTitle;
  const number = it.type === 'standard' ? STANDARD_NUMBER.exec(rawTitle) : null;
  if (number) {
    it.number = number[1];
    titleText = rawTitle.slice(number[0].length);
  }
  it.title = splitTitleInfo(titleText, it, false, analytic);
  const titleStart = dot > 0 ? before.indexOf(it.title, dot) : before.indexOf(it.title);
  if (titleStart !== -1) out.spans.title = { start: base + titleStart, end: base + titleStart + it.title.length };
  out.confidence.title = 'parsed';
}

/** The link, the DOI, the access date and a map's sheet size, taken out of what follows the type code. */
function takeLinks(after: string, it: CslItem): string {
  const url = LINK.exec(after);
  if (url) it.URL = url[0].replace(LINK_TAIL, '');
  const doi = DOI_FIELD.exec(after) ?? DOI_LINK.exec(after);
  if (doi) it.DOI = doi[1]!.replace(LINK_TAIL, '');
  const accessed = ACCESS_DATE.exec(after);
  if (accessed) it.accessed = dateParts(accessed[1]!, accessed[2], accessed[3]);
  const rest = after.replace(LINKS_AND_DOIS, '').replace(ACCESS_DATE, '');
  // `… 2021. 128cm×84cm.`: a map's sheet size closes the entry.
  const size = rest.indexOf('m') !== -1 ? DIMENSIONS.exec(rest) : null;
  if (!size) return rest;
  it.dimensions = size[1]!;
  return rest.slice(0, size.index);
}

/**
 * An edition or copy statement before the imprint (`修订版.`, `刻本.`, `2nd ed.`) is not the place.
 * Translators (`谢远涛, 译.`), editors and edition statements may come in either order before the imprint.
 */
function readStatements(rest0: string, zh: boolean, out: Draft): string {
  const it = out.item;
  let rest = rest0;
  for (let k = 0; k < 2; k++) {
    const statement = STATEMENT.exec(rest);
    if (statement && statement[1]!.indexOf(':') === -1 && statement[1]!.indexOf('：') === -1) {
      it.edition = statement[1];
      rest = rest.slice(statement[0].length);
    }
    const tr = TRANSLATORS.exec(rest);
    if (tr) {
      setNames(it, 'translator', tr[1]!, zh, tr[0].slice(tr[1]!.length));
      out.confidence.translator = 'parsed';
      rest = rest.slice(tr[0].length);
    }
    const ed = it.editor ? null : EDITORS.exec(rest);
    if (ed) {
      setNames(it, 'editor', ed[1]!, zh, ed[0].slice(ed[1]!.length));
      out.confidence.editor = 'parsed';
      rest = rest.slice(ed[0].length);
    }
  }
  return rest;
}

/** A journal's or a newspaper's name, year, volume, issue (a newspaper's page) and pages. */
function readPeriodical(rest: string, authorYear: string | null, out: Draft): void {
  const it = out.item;
  const j = PERIODICAL.exec(rest);
  // A newspaper may print its page without a date (`清议报(第1页)`).
  const k =
    j || !(authorYear !== null || it.type === 'article-newspaper')
      ? null
      : PERIODICAL_NO_YEAR.exec(rest.trim().replace(FINAL_STOP, ''));
  if (k) {
    it['container-title'] = k[1]!.trim();
    out.confidence['container-title'] = 'parsed';
    if (k[2]) it.volume = k[2];
    if (k[3]) it[it.type === 'article-newspaper' ? 'page' : 'issue'] = k[3];
    if (k[4]) it.page = normalizePages(k[4]);
  }
  if (!j) return;
  it['container-title'] = j[1]!.trim();
  out.confidence['container-title'] = 'parsed';
  const full = FULL_DATE.exec(rest);
  it.issued = full?.[1] !== undefined && full[1] === j[2] ? dateParts(full[1], full[2], full[3]) : dateParts(j[2]!);
  if (j[3]) it.volume = j[3];
  // In a newspaper the bracket holds the page (版次), in a journal the issue.
  if (j[4]) it[it.type === 'article-newspaper' ? 'page' : 'issue'] = j[4];
  // `601-620. DOI: …`: the stop before what follows is no part of the pages.
  if (j[5]) it.page = normalizePages(j[5].replace(FINAL_STOP, ''));
}

/** A whole work's pages are the ones cited (the locator); a part's are its extent in the host. */
function setPages(out: Draft, printed: string, cited: boolean): void {
  if (cited) {
    out.locator = normalizePages(printed);
    out.locatorRaw = printed;
  } else out.item.page = normalizePages(printed);
}

/**
 * Anything but a periodical: the imprint (`Place: Publisher, Year: pages`), GB/T 7714—2025's publisher and
 * date of an electronic resource, a place and a publisher without a year, where a meeting was held, or
 * only a year and pages. `part`: the entry is a part of a host (`//`).
 */
function readPublication(rest: string, authorYear: string | null, part: boolean, out: Draft): void {
  const it = out.item;
  const bare = rest.trim().replace(FINAL_STOP, '');
  const meetingPlace = it.type === 'paper-conference' && MEETING_PLACE.test(bare);
  const imprint = meetingPlace ? null : readImprint(rest, authorYear);
  const publishedOn = imprint ? null : PUBLISHED_ON.exec(rest.trim());
  const placePublisher = imprint || publishedOn || !MONOGRAPH.has(it.type) ? null : PLACE_PUBLISHER.exec(bare);
  if (imprint) {
    if (imprint.place) {
      it['publisher-place'] = imprint.place.trim();
      out.confidence['publisher-place'] = 'parsed';
    }
    it.publisher = imprint.publisher.trim();
    // `…, 1960-05-04`: the full date of an unpublished item.
    const full = FULL_DATE.exec(rest);
    it.issued = full && full[1] === imprint.year ? dateParts(full[1], full[2], full[3]) : dateParts(imprint.year);
    if (imprint.pages) setPages(out, imprint.pages.replace(FINAL_STOP, ''), MONOGRAPH.has(it.type) && !part);
  } else if (publishedOn) {
    if (publishedOn[1]) it.version = publishedOn[1];
    it.publisher = publishedOn[2]!.trim();
    out.confidence.publisher = 'parsed';
    it.issued = dateParts(publishedOn[3]!, publishedOn[4], publishedOn[5]);
  } else if (placePublisher) {
    it['publisher-place'] = placePublisher[1]!.trim();
    it.publisher = placePublisher[2]!.trim();
    out.confidence.publisher = 'guessed';
  } else if (meetingPlace) {
    // `//全球化与亚太区域化国际研讨会. 天津.`: where the meeting was held.
    it['publisher-place'] = bare;
  } else if (authorYear !== null && PAGES_ONLY.test(bare)) {
    // An author-year entry with nothing after the title but pages: `[C]//会议. 2.`, `[R/OL]. 8-9.`
    setPages(out, bare, MONOGRAPH.has(it.type) && !part);
  } else readYearAndPages(rest, out);
}

/** No imprint (a report, a patent): `2011: 8-9.`, or a year anywhere. */
function readYearAndPages(rest: string, out: Draft): void {
  const it = out.item;
  const yp = YEAR_PAGES.exec(rest.trim());
  if (yp) {
    const full = FULL_DATE.exec(rest.trim());
    it.issued = full && full.index === 0 ? dateParts(full[1]!, full[2], full[3]) : dateParts(yp[1]!);
    setPages(out, yp[2]!.replace(FINAL_STOP, ''), MONOGRAPH.has(it.type));
    return;
  }
  const y = ANY_YEAR.exec(rest);
  if (y) {
    const full = FULL_DATE.exec(rest);
    it.issued = full && full.index === y.index ? dateParts(full[1]!, full[2], full[3]) : dateParts(y[1]!);
  }
}

interface Imprint {
  place?: string;
  publisher: string;
  year: string;
  pages?: string;
}

/** `Place: Publisher, Year[: pages]`; in an author-year entry `Place: Publisher[: pages]` with the entry's year. */
function readImprint(rest: string, authorYear: string | null): Imprint | null {
  const m = IMPRINT.exec(rest.trim());
  if (m) return { place: m[1], publisher: m[2]!, year: m[3]!, pages: m[4] };
  const text = rest.trim().replace(FINAL_STOP, '');
  // A bracketed date (`(2023-04-28)` of a web page) is no publisher.
  if (!authorYear || !text || BRACKETED.test(text) || PAGES_ONLY.test(text) || PUBLISHED_ON.test(text)) return null;
  const pages = TRAILING_PAGES.exec(text);
  const n = PLACE_AND_PUBLISHER.exec(pages ? text.slice(0, pages.index) : text);
  return n ? { place: n[1], publisher: n[2]!.trim(), year: authorYear, pages: pages?.[1] } : null;
}

/**
 * Whether the stop at `at` (followed by a space) closes a sentence: an abbreviation's (`U.S.`, `Cong. Rec.`,
 * `S. Res.`) does not, nor does the stop of a party's name inside a case name (`Chevron U.S.A., Inc. v. …`).
 */
function endsSentence(s: string, at: number): boolean {
  // Only a stop after a Latin letter can be an abbreviation's.
  const p = s.charCodeAt(at - 1);
  if (((p >= 0x41 && p <= 0x5a) || (p >= 0x61 && p <= 0x7a)) && DOTTED.test(s.slice(Math.max(0, at - 6), at)))
    return false;
  return !s.startsWith('v. ', at + 2);
}

/** The host's next sentence, without its stop, and how much of `tail` it takes with the stop and space. */
function hostSentence(tail: string): { text: string; length: number } | null {
  for (const m of tail.matchAll(SENTENCE_STOP)) {
    if (endsSentence(tail, m.index)) return { text: tail.slice(0, m.index), length: m.index + m[0].length };
  }
  return null;
}

/**
 * The host after `//`: `[editors. ]title. imprint`, the sentences before the one holding the place's
 * colon. Returns what is left for the imprint.
 */
function readHost(host: string, it: CslItem, zh: boolean): string {
  const sentences: string[] = [];
  let tail = host;
  // Pages (`483.`) and a bracketed date (`(2019-01-13).`) end the host's sentences as an imprint does.
  for (
    let m = hostSentence(tail);
    m &&
    !HOST_IMPRINT.test(m.text) &&
    !PAGES_ONLY.test(m.text.trim()) &&
    !BRACKETED.test(m.text.trim()) &&
    sentences.length < 3;
    m = hostSentence(tail)
  ) {
    sentences.push(m.text);
    tail = tail.slice(m.length);
  }
  // `//U.S.: v.347.`, `//Fla. Stat.`: the host's title and nothing after it.
  if (sentences.length === 0) {
    const only = tail.trim().replace(FINAL_STOP, '');
    if (
      only &&
      !HOST_IMPRINT.test(only) &&
      !PAGES_ONLY.test(only) &&
      !BRACKETED.test(only) &&
      !/[:：]\s*[^:：]+[,，]|[,，]\s*c?(?:1[5-9]|20)\d\d/u.test(only)
    ) {
      // `//某学术年会: 2.`: the host and the part's pages, in an author-year list.
      const pages = TRAILING_PAGES.exec(only);
      sentences.push(pages ? only.slice(0, pages.index) : only);
      tail = pages ? pages[1]! : '';
    }
  }
  // `续问辨牍: 卷 2. 影印本.`: a title and its copy statement, no editors.
  const titleThenStatement = sentences.length === 2 && HOST_STATEMENT.test(sentences[1]!.trim());
  if (sentences.length >= 2 && !LEADING_DIGIT.test(sentences[0]!) && !titleThenStatement) {
    setNames(it, 'editor', sentences.shift()!.replace(HOST_ROLE, ''), zh);
  }
  if (sentences.length) {
    const probe: CslItem = { id: '', type: 'book' };
    it['container-title'] = splitTitleInfo(sentences.shift()!.trim(), probe, true);
    if (probe.volume) it.volume = probe.volume;
    // An edition statement left between the host title and the imprint (`修订版.`).
    tail = sentences.map((x) => `${x}. `).join('') + tail;
  }
  return tail;
}
