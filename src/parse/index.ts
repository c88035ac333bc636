import type { Lang, ParsedReference } from '../model/citation.js';
import type { CslItem } from '../model/csl.js';
import { parseEn } from './en/notes.js';
import { matchIbid } from './ibid.js';
import { indexTop } from './scan.js';
import { stripMarkup } from './markup.js';
import { splitPrefix } from './prefix.js';
import { hasTypeCode, parseGbt } from './zh/gbt7714.js';
import { parseZh, type Partial } from './zh/notes.js';

const CJK = /[\u3400-\u9fff]/u;

/** Language of a reference: Chinese when its core (prefix and URL aside) has Chinese characters. */
export function detectLang(s: string): Lang {
  if (!CJK.test(s)) return 'en';
  if (s.indexOf('等') === -1 && s.indexOf('译') === -1 && s.indexOf('://') === -1) return 'zh';
  // 等 and 译 alone do not make an English reference Chinese (`A. Smith 等` is a mixed-up English one).
  return CJK.test(s.replace(/(?:https?|ftp):\/\/\S+/g, '').replace(/[等译]/gu, '')) ? 'zh' : 'en';
}

// A remark before the signal (`对此的讨论，参见…`, `On this point, see …`) is commentary, not reference.
const SIGNAL = /参见|参看|详见|另见|转引自|[Ss]ee |[Cc]f\. /u;
const LEAD = /^([^《“"*]{1,200}?[。，,.;；:：]\s*)(?=参见|参看|详见|另见|转引自|(?:See also|see also|See|see|Cf\.|cf\.)\s)/u;

/** Separates commentary around the reference: a lead-in before 参见/See, and sentences after the first `。`. */
function splitCommentary(s: string): { text: string; commentary: string | null; start: number } {
  const parts: string[] = [];
  let text = s;
  let start = 0;
  const lead = SIGNAL.test(text) ? LEAD.exec(text) : null;
  if (lead) {
    parts.push(lead[1]!.trim());
    start = lead[1]!.length;
    text = text.slice(start);
  }
  // `…，第5页。这一说法有误` — a full stop outside titles and quotes ends the reference.
  const stop = indexTop(text, '。');
  if (stop !== -1 && stop < text.length - 1) {
    parts.push(text.slice(stop + 1).trim());
    text = text.slice(0, stop);
  }
  return { text, commentary: parts.length ? parts.join(' ') : null, start };
}

// `李时珍.` / `钱学森, 刘再复.` / `昂温 G, 昂温 P S.`: GB/T's element examples, a responsibility statement alone.
const GBT_NAMES_LATIN = /^(?:\p{Lu}[\p{Lu}'’-]+(?:\s\p{Lu}[\p{Lu}'’-]+)?(?:\s\p{Lu}(?:\s\p{Lu})*|\s\p{Lu}\p{Ll}+)?)(?:,\s*\p{Lu}[\p{Lu}'’-]+(?:\s\p{Lu}(?:\s\p{Lu})*)?)*(?:,\s*et al)?\.$/u;
const GBT_NAMES = /^[\u3400-\u9fff·]{2,20}(?:\s[A-Z](?:\s[A-Z])*)?(?:,\s*[\u3400-\u9fff·]{2,20}(?:\s[A-Z](?:\s[A-Z])*)?)*(?:,\s*等)?[.．]$/u;

function nameList(text: string, lang: Lang, prefix: string | null): ParsedReference {
  const author = text.replace(/,\s*(?:等|et al)$/u, '').split(/\s*,\s*/).map((n) => {
    // `EINSTEIN A`, `DE MORGAN A`: GB/T prints Western family names in capitals before the initials.
    const m = /^(\p{Lu}[\p{Lu}'’-]+(?:\s\p{Lu}[\p{Lu}'’-]+)?)\s+(\p{Lu}(?:\s\p{Lu})*|\p{Lu}\p{Ll}+)$/u.exec(n);
    return m ? { family: m[1]!, given: m[2]! } : { literal: n };
  });
  return {
    item: { id: '', type: 'book', language: lang === 'zh' ? 'zh-CN' : 'en-US', author },
    lang, kind: 'full', prefix, locator: null, locatorRaw: null, confidence: { author: 'guessed', type: 'guessed' }, spans: {},
  };
}

/**
 * Element examples without a title (GB/T 7714 lists them: `北京: 人民出版社, 2013.`, `3 版.`,
 * `1947（民国三十六年）.`, `2012, 22(增刊 2): 81-86.`): the elements are read, the item has no title, and
 * every field is marked guessed.
 */
function fragment(text: string, lang: Lang, prefix: string | null): ParsedReference | null {
  const base = { id: '', language: lang === 'zh' ? 'zh-CN' : 'en-US' };
  let item: CslItem | null = null;
  let m: RegExpExecArray | null;
  if ((m = /^(?:([^:：,，]{1,30})\s*[:：]\s*)?([^:：,，]{2,60})[,，]\s*(\d{4})$/u.exec(text))) {
    item = { ...base, type: 'book', ...(m[1] ? { 'publisher-place': m[1].trim(), publisher: m[2]!.trim() } : { publisher: m[2]!.trim() }), issued: { 'date-parts': [[Number(m[3])]] } };
    if (!m[1] && /^[\u3400-\u9fff]{2,3}$/u.test(m[2]!.trim())) {
      // `哈尔滨, 2013`: a bare city is the place.
      item['publisher-place'] = m[2]!.trim();
      delete item.publisher;
    }
  } else if ((m = /^(\d{4})(?:\s*[（(][^）)]*[）)])?(?:\s*印刷)?$/u.exec(text))) {
    item = { ...base, type: 'book', issued: { 'date-parts': [[Number(m[1])]] } };
  } else if ((m = /^((?:新\s*)?\d+\s*版|\d+(?:st|nd|rd|th) ed|Rev\. ed)$/iu.exec(text))) {
    item = { ...base, type: 'book', edition: m[1]! };
  } else if ((m = /^(\d{4})[,，]\s*(\d+)\s*\(([^)]+)\)\s*[:：]\s*([\d-]+)$/u.exec(text))) {
    item = { ...base, type: 'article-journal', issued: { 'date-parts': [[Number(m[1])]] }, volume: m[2], issue: m[3]!.replace(/\s+/g, ''), page: m[4] };
  }
  if (!item) return null;
  const confidence = Object.fromEntries(Object.keys(item).filter((k) => k !== 'id' && k !== 'language').map((k) => [k, 'guessed' as const]));
  return { item, lang, kind: 'full', prefix, locator: null, locatorRaw: null, confidence, spans: {} };
}

function failed(raw: string, lang: Lang, prefix: string | null, why: string): ParsedReference {
  return {
    item: { id: '', type: 'document', language: lang === 'zh' ? 'zh-CN' : 'en-US', title: raw, note: `not parsed: ${why}` },
    lang, kind: 'full', prefix, locator: null, locatorRaw: null, confidence: {}, spans: {}, failure: why,
  };
}

/**
 * Parses one citation (a footnote citation or a reference-list item) into CSL-JSON with its cited
 * pages kept apart. Never throws: what it cannot read comes back as a `document` saying why.
 */
/** Longer than any reference: such a string is prose, and the patterns below need not scan it. */
const MAX_REFERENCE = 4000;

export function parseReference(text: string, options: { lang?: Lang } = {}): ParsedReference {
  if (text.length > MAX_REFERENCE) return failed(text.slice(0, 200), options.lang ?? detectLang(text.slice(0, 200)), null, `longer than ${MAX_REFERENCE} characters`);
  try {
    return parseOne(text, options);
  } catch (err) {
    // A parser fault must not stop a check: the citation is kept, unparsed, with the reason.
    return failed(text, options.lang ?? 'zh', null, `internal parser error: ${(err as Error).message}`);
  }
}

function parseOne(text: string, options: { lang?: Lang }): ParsedReference {
  // A reference-list label (`[12] `, `12. `) is not part of the reference.
  const trimmed = text.trim().replace(/^(?:\[\d{1,4}\]|\d{1,4}[.．、](?!\d))\s*/u, '').replace(/[。；;]+$/u, '');
  if (!trimmed) return failed(text, options.lang ?? 'zh', null, 'empty citation');
  const { text: core, commentary, start } = splitCommentary(trimmed);
  const pre = splitPrefix(core);
  const { prefix, rest } = pre;
  const offset = start + pre.offset;
  const clean = stripMarkup(rest);
  const lang = options.lang ?? detectLang(clean);

  const ibid = matchIbid(clean);
  if (ibid) {
    return {
      item: { id: '', type: 'document', language: lang === 'zh' ? 'zh-CN' : 'en-US' },
      lang, kind: 'ibid', prefix, locator: ibid.locator, locatorRaw: ibid.locatorRaw, confidence: {}, spans: {},
      ibidForm: ibid.form, ...(ibid.noteRef ? { ibidNoteRef: ibid.noteRef } : {}),
    };
  }

  const short = clean.length < 160 && /[.．]$/u.test(clean);
  if (short && (GBT_NAMES.test(clean) || GBT_NAMES_LATIN.test(clean)) && !hasTypeCode(clean)) return nameList(clean.replace(/[.．]$/u, ''), lang, prefix);
  let p: Partial;
  if (hasTypeCode(clean)) p = parseGbt(clean.replace(/[.．]$/u, ''), offset, lang === 'zh');
  else if (lang === 'zh') p = parseZh(clean, offset);
  else p = parseEn(clean.replace(/\.$/, ''), offset);
  if (p.failure) return fragment(clean.replace(/[.．]$/u, ''), lang, prefix) ?? failed(trimmed, lang, prefix, p.failure);
  const item = p.item;
  return {
    item, lang, kind: 'full', prefix, locator: p.locator, locatorRaw: p.locatorRaw, confidence: p.confidence, spans: p.spans,
    ...(commentary ? { commentary } : {}),
  };
}
