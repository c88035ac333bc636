import type { Lang, ParsedReference } from '../model/citation.js';
import { parseEn } from './en/notes.js';
import { matchIbid } from './ibid.js';
import { stripMarkup } from './markup.js';
import { splitPrefix } from './prefix.js';
import { hasTypeCode, parseGbt } from './zh/gbt7714.js';
import { parseZh, type Partial } from './zh/notes.js';

const CJK = /[\u3400-\u9fff]/u;

/** Language of a reference: Chinese when its core (prefix and URL aside) has Chinese characters. */
export function detectLang(s: string): Lang {
  // 等 and 译 alone do not make an English reference Chinese (`A. Smith 等` is a mixed-up English one).
  return CJK.test(s.replace(/(?:https?|ftp):\/\/\S+/g, '').replace(/[等译]/gu, '')) ? 'zh' : 'en';
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
export function parseReference(text: string, options: { lang?: Lang } = {}): ParsedReference {
  // A reference-list label (`[12] `, `12. `) is not part of the reference.
  const trimmed = text.trim().replace(/^(?:\[\d{1,4}\]|\d{1,4}[.．、](?!\d))\s*/u, '').replace(/[。；;]+$/u, '');
  if (!trimmed) return failed(text, options.lang ?? 'zh', null, 'empty citation');
  const { prefix, rest, offset } = splitPrefix(trimmed);
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

  let p: Partial;
  if (hasTypeCode(clean)) p = parseGbt(clean.replace(/[.．]$/u, ''), offset, lang === 'zh');
  else if (lang === 'zh') p = parseZh(clean, offset);
  else p = parseEn(clean.replace(/\.$/, ''), offset);
  if (p.failure) return failed(trimmed, lang, prefix, p.failure);
  const item = p.item;
  return { item, lang, kind: 'full', prefix, locator: p.locator, locatorRaw: p.locatorRaw, confidence: p.confidence, spans: p.spans };
}
