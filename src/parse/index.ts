import type { Lang, ParsedReference } from '../model/citation.js';
import type { CslItem } from '../model/csl.js';
import { findCore } from './commentary.js';
import { settleConfidence } from './confidence.js';
import { parseEn } from './en/notes.js';
import { elementOnly, isImprintOnly, nameListOnly } from './fragments.js';
import { matchIbid, type IbidMatch } from './ibid.js';
import { parseEnNames, parseZhNames } from './names.js';
import { detectLang } from './lang.js';
import { stripMarkup } from './markup.js';
import { splitPrefix } from './prefix.js';
import { settleSpans } from './spans.js';
import type { Draft } from './types.js';
import { hasTypeCode, parseGbt } from './zh/gbt7714.js';
import { parseZh } from './zh/notes.js';

export { detectLang } from './lang.js';

export interface ParseOptions {
  /** The language when the caller knows it (a note's context); detected from the script otherwise. */
  lang?: Lang;
  /**
   * A reader for the strings the rules give up on: the learned parser (`learnedFallback` of learn/reading.ts),
   * passed in by the caller so that the rules alone — what `check` runs — load none of it; absent, the rules
   * alone parse. Its reading is used when it has one.
   */
  fallback?: (text: string, lang: Lang) => ParsedReference | null;
}

/** Longer than any reference: such a string is prose, and the patterns need not scan it. */
const MAX_REFERENCE = 4000;

// A reference-list label (`[12] `, `12. `) and the closing stop are not part of the reference.
const LABEL = /^\s*(?:(?:\[\d{1,4}\]|\d{1,4}[.．、](?!\d))\s*)?/u;
const TAIL_CHARS = ' \t\r\n\u3000\u00a0。；;';
const FINAL_STOP = /[.．]$/u;

function endOfContent(s: string, from: number): number {
  let e = s.length;
  while (e > from && TAIL_CHARS.includes(s[e - 1]!)) e--;
  return e;
}

const language = (lang: Lang) => (lang === 'zh' ? 'zh-CN' : 'en-US');

function failed(raw: string, lang: Lang, prefix: string | null, why: string): ParsedReference {
  return {
    item: { id: '', type: 'document', language: language(lang), title: raw, note: `not parsed: ${why}` },
    lang,
    kind: 'full',
    prefix,
    locator: null,
    locatorRaw: null,
    confidence: {},
    spans: {},
    failure: why,
  };
}

/**
 * Parses one citation (a footnote citation or a reference-list item, already split from its
 * neighbours) into CSL-JSON, with the cited pages kept apart as `locator`. Never throws: what it
 * cannot read comes back as a `document` holding the raw text and saying why.
 */
/**
 * A repeat or back-reference. Its item holds what the marker itself names — nothing for 同上/Ibid., the
 * author for `前引黄再胜文` / `Harvey, op. cit.`, the whole short form for `前引黄再胜：《书》` — so that the
 * linking stage can find the antecedent.
 */
function repeat(
  ibid: IbidMatch,
  clean: string,
  toSource: (i: number) => number,
  lang: Lang,
  prefix: string | null,
  commentary: { commentary?: string },
  options: ParseOptions,
): ParsedReference {
  const base = {
    lang,
    kind: 'ibid' as const,
    prefix,
    ibidForm: ibid.form,
    ...(ibid.noteRef ? { ibidNoteRef: ibid.noteRef } : {}),
    ...commentary,
  };
  if (ibid.rest) {
    const at = clean.length - ibid.rest.length;
    const inner = parseOne(ibid.rest, options);
    const spans: ParsedReference['spans'] = {};
    for (const [field, span] of Object.entries(inner.spans))
      spans[field] = { start: toSource(at + span.start), end: toSource(at + span.end - 1) + 1 };
    return { ...inner, ...base, spans };
  }
  const spans: ParsedReference['spans'] = {};
  if (ibid.locatorRaw) {
    const k = clean.lastIndexOf(ibid.locatorRaw);
    if (k !== -1) spans.locator = { start: toSource(k), end: toSource(k + ibid.locatorRaw.length - 1) + 1 };
  }
  const item: CslItem = { id: '', type: 'document', language: language(lang) };
  const confidence: ParsedReference['confidence'] = {};
  if (ibid.author) {
    // `Harvey, op. cit.`: a single word before the marker is a surname.
    item.author =
      lang === 'zh'
        ? parseZhNames(ibid.author).names
        : parseEnNames(ibid.author).names.map((n) =>
            n.literal && n.literal.indexOf(' ') === -1 ? { family: n.literal } : n,
          );
    confidence.author = 'parsed';
    const k = clean.indexOf(ibid.author);
    if (k !== -1) spans.author = { start: toSource(k), end: toSource(k + ibid.author.length - 1) + 1 };
  }
  return { ...base, item, locator: ibid.locator, locatorRaw: ibid.locatorRaw, confidence, spans };
}

export function parseReference(text: string, options: ParseOptions = {}): ParsedReference {
  if (typeof text !== 'string') return failed(String(text), options.lang ?? 'en', null, 'not a string');
  if (text.length > MAX_REFERENCE) {
    return failed(
      text.slice(0, 200),
      options.lang ?? detectLang(text.slice(0, 200)),
      null,
      `longer than ${MAX_REFERENCE} characters`,
    );
  }
  try {
    const r = parseOne(text, options);
    return options.fallback && gaveUp(r) ? (options.fallback(text, r.lang) ?? r) : r;
  } catch (err) {
    // A parser fault must not stop a check: the citation is kept, unparsed, with the reason.
    return failed(text, options.lang ?? detectLang(text), null, `internal parser error: ${(err as Error).message}`);
  }
}

/** What a reading needs to be one: a fragment (a name list, an imprint alone) is read when it has one of them. */
const READ_FIELDS = ['title', 'container-title', 'author', 'editor', 'publisher', 'issued'] as const;

/**
 * The rules could not read the string, or read nothing of a full citation: neither a title nor a container,
 * and no names, publisher or date either (`[75] 中国科学院物理研究所.`, a name list alone, is read).
 */
function gaveUp(r: ParsedReference): boolean {
  return r.kind === 'full' && (Boolean(r.failure) || READ_FIELDS.every((f) => r.item[f] === undefined));
}

/** The form-specific parser: GB/T 7714 when a type code is printed, else by language. */
function formParse(clean: string, typed: boolean, lang: Lang): Draft {
  if (typed) return parseGbt(clean.replace(FINAL_STOP, ''), 0, lang === 'zh');
  if (lang === 'zh') return parseZh(clean, 0);
  return parseEn(clean.replace(FINAL_STOP, ''), 0);
}

function parseOne(text: string, options: ParseOptions): ParsedReference {
  // Offsets are tracked from here on so that spans point into `text` itself.
  const from = LABEL.exec(text)![0].length;
  const to = endOfContent(text, from);
  const trimmed = text.slice(from, to);
  if (!trimmed) return failed(text, options.lang ?? detectLang(text), null, 'empty citation');

  const core = findCore(trimmed);
  const pre = splitPrefix(trimmed.slice(core.start, core.end));
  const { prefix } = pre;
  const start = from + core.start + pre.offset;
  const body = trimmed.slice(core.start + pre.offset, core.end);
  const { text: clean, map } = stripMarkup(body);
  const toSource = map ? (i: number) => start + map[Math.min(i, map.length - 1)]! : (i: number) => start + i;
  let lang = options.lang ?? detectLang(clean);
  const commentary = core.commentary ? { commentary: core.commentary } : {};

  const ibid = matchIbid(clean);
  if (ibid) return repeat(ibid, clean, toSource, lang, prefix, commentary, options);

  const typed = hasTypeCode(clean);
  if (!typed) {
    const names = nameListOnly(clean, lang, prefix);
    if (names) return names;
    if (isImprintOnly(clean.replace(FINAL_STOP, ''))) {
      const imprint = elementOnly(clean.replace(FINAL_STOP, ''), lang, prefix);
      if (imprint) return imprint;
    }
  }
  let draft = formParse(clean, typed, lang);
  // A language given by the caller (the manuscript's) may not be the reference's own: an English note in
  // a Chinese paper is read, and labelled, as English when the Chinese parser finds nothing.
  if (draft.failure && options.lang) {
    const script = detectLang(clean);
    if (script !== lang) {
      const retry = formParse(clean, typed, script);
      if (!retry.failure) {
        draft = retry;
        lang = script;
      }
    }
  }
  // Japanese and Chinese references written in the English form (`図書館用語辞典編集委員会, ed., 最新図書館用語大辞典,
  // 東京: 柏書房株式会社, 2004, p. 154.`) carry no 《》 or quotation marks for the Chinese parser to hang on.
  if (
    draft.failure &&
    !typed &&
    lang === 'zh' &&
    clean.indexOf('《') === -1 &&
    clean.indexOf('“') === -1 &&
    clean.indexOf('「') === -1
  ) {
    const retry = parseEn(clean.replace(FINAL_STOP, ''), 0);
    if (
      !retry.failure &&
      retry.item.title &&
      retry.item.issued &&
      (retry.item.publisher || retry.item.author || retry.item.editor)
    )
      draft = retry;
  }
  if (draft.failure) {
    return (
      elementOnly(clean.replace(FINAL_STOP, ''), lang, prefix) ?? {
        ...failed(trimmed, lang, prefix, draft.failure),
        ...commentary,
      }
    );
  }
  const item = draft.item;
  item.language = language(lang);
  return {
    item,
    lang,
    kind: 'full',
    prefix,
    locator: draft.locator,
    locatorRaw: draft.locatorRaw,
    confidence: settleConfidence(item, draft.confidence, clean),
    spans: settleSpans(clean, toSource, item, draft.spans, draft.locatorRaw),
    ...commentary,
  };
}
