import { findEnPages, findZhPages, normalizePages } from './locators.js';

/**
 * Repeat markers: 同上, 同上书, 同上注, 同前注12, 前引注3, 前引书, Ibid., Id. — and the back-references
 * that name the work's author instead of repeating it (`前引黄再胜文`, `黄再胜：前引书`, `Harvey, op. cit.`,
 * `supra note 3`). Which earlier citation they point to is decided by the linking stage; here they are
 * recognised, with the note number or author they give and the cited pages.
 */
export interface IbidMatch {
  /** The marker as printed: `同上书`, `同前注12`, `前引`, `Ibid.`. */
  form: string;
  /** The note referred to (`同前注12` → `12`, `前引注③` → `3`). */
  noteRef?: string;
  /** The author a back-reference names (`前引黄再胜文` → `黄再胜`). */
  author?: string;
  /**
   * For `前引黄再胜：《书》，第5页`: the reference after the marker, to be parsed as a full one (its title
   * is what the linking stage matches on).
   */
  rest?: string;
  locator: string | null;
  locatorRaw: string | null;
}

// The lookahead keeps 同上海… (a name or title that starts like a repeat) out.
const ZH =
  /^(同上书|同上注|同上文|同上|同前注|同前引|前引书|前引文|前引注|前引)\s*([0-9]+|[\u2460-\u2473])?(?=$|[，,。.\s第;；:：（(])/u;
// `前引黄再胜文`, `前引黄再胜、宋艳丽书`: the author and 文/书 — nothing else before the pages.
const ZH_NAMED = /^前引\s*([^\s，,。：:《》]{1,30}?)(文|书)(?=$|[，,。\s])/u;
// `黄再胜：前引文`, `黄再胜前引书`.
const ZH_NAME_FIRST = /^([^\s，,。：:《》]{1,30}?)[：:]?\s*(前引(?:文|书))(?=$|[，,。\s])/u;
// `前引黄再胜：《人工智能时代》`: a full short form after the marker.
const ZH_BEFORE_TITLE = /^前引\s*(?=[^《]{0,40}《)/u;
const EN = /^(Ibid\.?|ibid\.?|IBID\.?|Id\.|id\.)(?=$|[\s,.;])/;
// `Harvey, op. cit., p. 5`, `op. cit.`, `loc. cit.`.
const EN_OP_CIT = /^(?:([^,]{1,60}),\s*)?(op\.\s?cit\.|loc\.\s?cit\.)(?=$|[\s,.;])/i;
// `supra note 3`, `Harvey, supra note 3, at 5`.
const EN_SUPRA = /^(?:([^,]{1,60}),\s*)?(supra)(?:\s+note\s+(\d+))?(?=$|[\s,.;])/i;
// `Ibid., 23` (Chicago) and `Id. at 7` (legal): a bare number is the cited page.
const BARE_LOCATOR = /^\s*,?\s*((?:at\s+)?([0-9]+(?:\s*[-–—]\s*[0-9]+)?))/;

function zhPages(rest: string): Pick<IbidMatch, 'locator' | 'locatorRaw'> {
  const p = findZhPages(rest);
  return { locator: p?.value ?? null, locatorRaw: p?.raw ?? null };
}

function enPages(rest: string): Pick<IbidMatch, 'locator' | 'locatorRaw'> {
  const p = findEnPages(rest);
  if (p) return { locator: p.value, locatorRaw: p.raw };
  const at = BARE_LOCATOR.exec(rest);
  return { locator: at ? normalizePages(at[2]!) : null, locatorRaw: at ? at[1]! : null };
}

/** The repeat marker at the head of `s`, with its locator; null when `s` is not a repeat. */
export function matchIbid(s: string): IbidMatch | null {
  const first = s.charCodeAt(0);
  // Every Chinese marker starts with 同 or 前, or has 前引 after an author.
  if (first === 0x540c /* 同 */ || first === 0x524d /* 前 */ || s.indexOf('前引') !== -1) {
    const z = ZH.exec(s);
    if (z && !(z[1]!.startsWith('前引') && !z[2] && ZH_BEFORE_TITLE.test(s))) {
      const rest = s.slice(z[0].length);
      const ref = z[2] ? String(circledOrNumber(z[2])) : undefined;
      // 前引 followed by more than pages names a work (`前引黄再胜文`): read below.
      if (!(z[1]!.startsWith('前引') && !ref && hasWords(rest))) {
        return { form: z[0].trim(), ...(ref ? { noteRef: ref } : {}), ...zhPages(rest) };
      }
    }
    const named = ZH_NAMED.exec(s);
    if (named) return { form: '前引', author: named[1]!, ...zhPages(s.slice(named[0].length)) };
    const nameFirst = ZH_NAME_FIRST.exec(s);
    if (nameFirst) return { form: nameFirst[2]!, author: nameFirst[1]!, ...zhPages(s.slice(nameFirst[0].length)) };
    const before = ZH_BEFORE_TITLE.exec(s);
    if (before) return { form: '前引', rest: s.slice(before[0].length), locator: null, locatorRaw: null };
  }
  const e = EN.exec(s);
  if (e) return { form: e[1]!, ...enPages(s.slice(e[0].length)) };
  if (s.indexOf('cit.') !== -1) {
    const o = EN_OP_CIT.exec(s);
    if (o) return { form: o[2]!, ...(o[1] ? { author: o[1].trim() } : {}), ...enPages(s.slice(o[0].length)) };
  }
  if (s.indexOf('upra') !== -1) {
    const u = EN_SUPRA.exec(s);
    if (u)
      return {
        form: u[2]!,
        ...(u[1] ? { author: u[1].trim() } : {}),
        ...(u[3] ? { noteRef: u[3] } : {}),
        ...enPages(s.slice(u[0].length)),
      };
  }
  return null;
}

const CJK_RUN = /[\u3400-\u9fff]{2,}/u;
const ZH_PAGES_PHRASE = /第.*页/u;

/** True when more than the cited pages follows a marker. */
function hasWords(rest: string): boolean {
  return CJK_RUN.test(rest.replace(ZH_PAGES_PHRASE, ''));
}

function circledOrNumber(s: string): number {
  const c = s.codePointAt(0)!;
  return c >= 0x2460 && c <= 0x2473 ? c - 0x2460 + 1 : Number(s);
}
