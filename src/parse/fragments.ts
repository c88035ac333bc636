import type { Lang, ParsedReference } from '../model/citation.js';
import type { CslItem } from '../model/csl.js';
import { dateParts } from './dates.js';

/**
 * Element examples without a title, as GB/T 7714 lists them: a responsibility statement alone
 * (`李时珍.`, `昂温 G, 昂温 P S.`), an imprint (`北京: 人民出版社, 2013.`), a year, an edition, a
 * journal's numbering. They are read, every field marked `guessed`, and the item has no title.
 */

// `李时珍.` / `钱学森, 刘再复.` / `昂温 G, 昂温 P S.`.
const NAMES_LATIN =
  /^(?:\p{Lu}[\p{Lu}'’-]+(?:\s\p{Lu}[\p{Lu}'’-]+)?(?:\s\p{Lu}(?:\s\p{Lu})*|\s\p{Lu}\p{Ll}+)?)(?:,\s*\p{Lu}[\p{Lu}'’-]+(?:\s\p{Lu}(?:\s\p{Lu})*)?)*(?:,\s*et al)?\.$/u;
const NAMES_CJK =
  /^[\u3400-\u9fff·]{2,20}(?:\s[A-Z](?:\s[A-Z])*)?(?:,\s*[\u3400-\u9fff·]{2,20}(?:\s[A-Z](?:\s[A-Z])*)?)*(?:,\s*等)?[.．]$/u;
// `EINSTEIN A`, `DE MORGAN A`: GB/T prints Western family names in capitals before the initials.
const INVERTED = /^(\p{Lu}[\p{Lu}'’-]+(?:\s\p{Lu}[\p{Lu}'’-]+)?)\s+(\p{Lu}(?:\s\p{Lu})*|\p{Lu}\p{Ll}+)$/u;

const IMPRINT = /^(?:([^:：,，]{1,30})\s*[:：]\s*)?([^:：,，]{2,60})[,，]\s*(\d{4})$/u;
const CITY = /^[\u3400-\u9fff]{2,3}$/u;
const YEAR_ONLY = /^(\d{4})(?:\s*[（(][^）)]*[）)])?(?:\s*印刷)?$/u;
const EDITION = /^((?:新\s*)?\d+\s*版|\d+(?:st|nd|rd|th) ed|Rev\. ed)$/iu;
const PUBLISHER_ONLY =
  /^[^\s,，.:：]{2,30}(?:出版社|书局|印书馆|出版公司|Press)$|^[A-Z][\p{L}&'’ .-]{1,60}\s(?:Publishers?|Press|Verlag|Publishing(?: Company| House)?)$/u;
// `Cambridge, Mass.`, `Cambridge, Eng.`, `Bristol, PA`: a place with its state or country, as imprints
// print it (the AP abbreviations of US states, two-letter postal codes, Eng./Scot.).
const PLACE_QUALIFIED =
  /^[A-Z][a-z]+(?:\s[A-Z][a-z]+)*,\s(?:(?:Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|Okla|Ore|Pa|Tenn|Vt|Va|Wash|Wis|Wyo|Eng|Scot)\.?|(?:N\.[HJMYCD]|R\.I|S\.[CD]|W\.Va|D\.C)\.?|[A-Z]{2})$/;
// `American Chemical Society.`, `Stanford University. Department of Civil Engineering.`: a body alone is
// a responsibility statement; a journal's name alone (`J Math & Phys.`) is a periodical.
const BODY_ONLY = /^[A-Z][\p{L}&'’.-]*(?:\.?\s[\p{L}&'’.-]+){1,12}$/u;
const BODY_WORD =
  /\b(?:Society|University|Institute|Association|Department|Academy|Laborator(?:y|ies)|Council|Committee|Cent(?:er|re)|Foundation|Agency|Ministry|Commission|Bureau|Office)\b/;
// `北京师范大学学报 (自然科学版)`: a Chinese journal's name alone, with its edition in brackets.
const JOURNAL_ZH =
  /^[\u3400-\u9fff][\u3400-\u9fff\s]{1,30}(?:学报|杂志|期刊|月刊|季刊|通讯|丛刊)(?:\s*[（(][\u3400-\u9fff]{2,10}[）)])?$/u;
const JOURNAL_WORD = /\b(?:Journal|J|Review|Quarterly|Bulletin|Annals|Transactions|Letters|Acta)\b/;
// `2013-01-08`: a newspaper's date (GB/T 7714 prints it so); `(2012-05-03)`: an online item's update date.
const ISO_DATE = /^(\(?)(\d{4})-(\d{2})-(\d{2})\)?$/;
// `Open University Press, 2011: 105[2014-06-16]. http://…`: the imprint of an online book, cited page, access date and link.
const ONLINE_IMPRINT =
  /^(?:([A-Z][A-Za-z .']{1,30}):\s*)?([A-Z][^:,[\]]{1,60}),\s*(\d{4})(?::\s*([\d-]+))?\[(\d{4})-(\d{2})-(\d{2})\]\.\s*(https?:\/\/\S+)$/;
const NUMBERING = /^(\d{4})(?:[,，]\s*(\d+))?\s*(?:\(([^)]+)\))?\s*[:：]\s*([\d-]+)$/u;
// `c1988`, `[1936]`: a copyright or a supplied year alone.
const BARE_YEAR = /^(?:c|\[)(\d{4})\]?$/u;
// `2013-03-16(1)`: a newspaper's date and page.
const DATED_PAGE = /^(\d{4})-(\d{2})-(\d{2})\((\d+)\)$/u;

const SPACES = /\s+/g;

const language = (lang: Lang) => (lang === 'zh' ? 'zh-CN' : 'en-US');

function guessedEverywhere(item: CslItem): ParsedReference['confidence'] {
  const out: ParsedReference['confidence'] = {};
  for (const k of Object.keys(item)) if (k !== 'id' && k !== 'language') out[k] = 'guessed';
  return out;
}

/** A responsibility statement alone (`李时珍.`): a name list, nothing else. */
export function nameListOnly(text: string, lang: Lang, prefix: string | null): ParsedReference | null {
  if (text.length >= 160 || !/[.．]$/u.test(text) || !(NAMES_CJK.test(text) || NAMES_LATIN.test(text))) return null;
  // `中国标准出版社.` is a publisher alone, not a responsibility statement.
  if (PUBLISHER_ONLY.test(text.replace(/[.．]$/u, ''))) return null;
  const author = text
    .replace(/[.．]$/u, '')
    .replace(/,\s*(?:等|et al)$/u, '')
    .split(',')
    .map((n) => n.trim())
    .map((n) => {
      const m = INVERTED.exec(n);
      return m ? { family: m[1]!, given: m[2]! } : { literal: n };
    });
  const item: CslItem = { id: '', type: 'book', language: language(lang), author };
  return {
    item,
    lang,
    kind: 'full',
    prefix,
    locator: null,
    locatorRaw: null,
    confidence: guessedEverywhere(item),
    spans: {},
  };
}

// `New York: Academic Press, 2012`: place, publisher and year, nothing else.
const LATIN_IMPRINT = /^[A-Z][A-Za-z .']{1,30}:\s*[^:,]{2,60},\s*\d{4}$/;

/** True for a title-less imprint that a form parser would otherwise read as a title. */
export function isImprintOnly(text: string): boolean {
  return text.length < 200 && (LATIN_IMPRINT.test(text) || ONLINE_IMPRINT.test(text));
}

/** Other title-less elements: an imprint, a year, an edition, a journal's numbering. */
export function elementOnly(text: string, lang: Lang, prefix: string | null): ParsedReference | null {
  const base = { id: '', language: language(lang) };
  let item: CslItem | null = null;
  let m: RegExpExecArray | null;
  if ((m = IMPRINT.exec(text))) {
    item = {
      ...base,
      type: 'book',
      ...(m[1] ? { 'publisher-place': m[1].trim(), publisher: m[2]!.trim() } : { publisher: m[2]!.trim() }),
      issued: dateParts(m[3]!),
    };
    if (!m[1] && CITY.test(m[2]!.trim())) {
      // `哈尔滨, 2013`: a bare city is the place.
      item['publisher-place'] = m[2]!.trim();
      delete item.publisher;
    }
  } else if ((m = YEAR_ONLY.exec(text) ?? BARE_YEAR.exec(text))) {
    item = { ...base, type: 'book', issued: dateParts(m[1]!) };
  } else if ((m = EDITION.exec(text))) {
    item = { ...base, type: 'book', edition: m[1]! };
  } else if (PUBLISHER_ONLY.test(text)) {
    item = { ...base, type: 'book', publisher: text };
  } else if ((m = ONLINE_IMPRINT.exec(text))) {
    item = {
      ...base,
      type: 'book',
      publisher: m[2]!.trim(),
      issued: dateParts(m[3]!),
      accessed: dateParts(m[5]!, m[6], m[7]),
      URL: m[8]!.replace(/[.]$/, ''),
    };
    if (m[1]) item['publisher-place'] = m[1].trim();
    if (m[4]) item.page = m[4];
  } else if (PLACE_QUALIFIED.test(text)) {
    item = { ...base, type: 'book', 'publisher-place': /,\s[A-Z]{2}$/.test(text) ? text : `${text}.` };
  } else if (
    (!/\d/.test(text) && JOURNAL_WORD.test(text) && /^[A-Z]/.test(text) && text.length < 120) ||
    JOURNAL_ZH.test(text)
  ) {
    item = { ...base, type: 'article-journal', 'container-title': text };
  } else if (BODY_ONLY.test(text) && BODY_WORD.test(text)) {
    item = { ...base, type: 'book', author: [{ literal: text }] };
  } else if ((m = ISO_DATE.exec(text))) {
    item = { ...base, type: m[1] ? 'webpage' : 'article-newspaper', issued: dateParts(m[2]!, m[3], m[4]) };
  } else if ((m = NUMBERING.exec(text))) {
    item = { ...base, type: 'article-journal', issued: dateParts(m[1]!) };
    if (m[2]) item.volume = m[2];
    if (m[3]) item.issue = m[3].replace(SPACES, '');
    item.page = m[4];
  } else if ((m = DATED_PAGE.exec(text))) {
    item = { ...base, type: 'article-newspaper', issued: dateParts(m[1]!, m[2], m[3]), page: m[4] };
  }
  if (!item) return null;
  return {
    item,
    lang,
    kind: 'full',
    prefix,
    locator: null,
    locatorRaw: null,
    confidence: guessedEverywhere(item),
    spans: {},
  };
}
