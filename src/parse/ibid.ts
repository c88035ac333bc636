import { findEnPages, findZhPages, normalizePages } from './locators.js';

export interface IbidMatch {
  form: string;
  noteRef?: string;
  locator: string | null;
  locatorRaw: string | null;
}

// The lookahead keeps 同上海… (a name or title that starts like a repeat) out.
const ZH = /^(同上书|同上注|同上文|同上|同前注|同前引|前引书|前引文|前引注|前引)\s*([0-9]+|[\u2460-\u2473])?(?=$|[，,。.\s第;；:：（(])/u;
const EN = /^(Ibid\.?|ibid\.?|Id\.|id\.)(?=$|[\s,.])/;

/** 同上 / 同上书 / 同前注12 / Ibid., p. 5 / Id. at 7: the repeat markers, with their locator. */
export function matchIbid(s: string): IbidMatch | null {
  const z = ZH.exec(s);
  if (z) {
    const rest = s.slice(z[0].length);
    // 前引 followed by an author and title is a short form (前引黄再胜文), handled as such only when nothing else follows.
    if ((z[1] === '前引' || z[1] === '前引书' || z[1] === '前引文') && /[\u3400-\u9fff]{2,}/u.test(rest.replace(/第.*页/u, ''))) return null;
    const p = findZhPages(rest);
    const ref = z[2] ? String(circledOrNumber(z[2])) : undefined;
    return { form: z[0].trim(), ...(ref ? { noteRef: ref } : {}), locator: p?.value ?? null, locatorRaw: p?.raw ?? null };
  }
  const e = EN.exec(s);
  if (e) {
    const rest = s.slice(e[0].length);
    const p = findEnPages(rest);
    if (p) return { form: e[1]!, locator: p.value, locatorRaw: p.raw };
    const at = /^\s*,?\s*(?:at\s+)?([0-9]+(?:\s*[-–—]\s*[0-9]+)?)/.exec(rest);
    return { form: e[1]!, locator: at ? normalizePages(at[1]!) : null, locatorRaw: at ? at[0].trim() : null };
  }
  return null;
}

function circledOrNumber(s: string): number {
  const c = s.codePointAt(0)!;
  return c >= 0x2460 && c <= 0x2473 ? c - 0x2460 + 1 : Number(s);
}
