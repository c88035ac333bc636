/**
 * Cited pages (the locator), kept apart from the item: `第185-186、186页`, `第 8 页`, `第451页注释`,
 * `p. 131`, `pp. 161-175`. `第17版` is a newspaper page and is not read here.
 */

const SPACES = /\s+/g;
const DASHES = /[–—―‒－~～〜]/g;
const LIST_SEPARATOR = /[、,，;；]/;

/** Normalises a printed page list: `185-186、186` → `185-186, 186`; every dash and tilde becomes `-`. */
export function normalizePages(s: string): string {
  const parts = s.replace(SPACES, '').replace(DASHES, '-').split(LIST_SEPARATOR);
  let out = '';
  for (const p of parts) {
    if (!p) continue;
    out = out ? `${out}, ${p}` : p;
  }
  return out;
}

// The `g` flag is only for `lastIndex`: searches start where the caller says.
const ZH_PAGE = /第\s*([0-9ivxlcdm]+(?:\s*[-–—~～、,，]\s*[0-9ivxlcdm]+)*)\s*页(?:\s*(?:注释?|脚注|注\d+))?/giu;
// A newspaper's section letter may lead the number (`p. A1`, `pp. B4-B5`).
const EN_PAGE =
  /\b(pp?\.)\s*((?:[a-z](?=\d))?[0-9ivxlcdm]+(?:\s*[-–—~]\s*(?:[a-z](?=\d))?[0-9ivxlcdm]+)?(?:\s*,\s*[0-9ivxlcdm]+(?:\s*[-–—~]\s*[0-9ivxlcdm]+)?)*)(?:\s*n\.\s*\d+)?/gi;

export interface Found {
  /** Normalised: `185-186, 186`. */
  value: string;
  /** As printed: `第185-186、186页`. */
  raw: string;
  start: number;
  end: number;
}

function find(re: RegExp, s: string, from: number, group: number): Found | null {
  re.lastIndex = from;
  const m = re.exec(s);
  return m ? { value: normalizePages(m[group]!), raw: m[0], start: m.index, end: m.index + m[0].length } : null;
}

/** The first `第…页` at or after `from`. */
export function findZhPages(s: string, from = 0): Found | null {
  return s.indexOf('页', from) === -1 ? null : find(ZH_PAGE, s, from, 1);
}

/** The first `p.`/`pp.` locator at or after `from`. */
export function findEnPages(s: string, from = 0): Found | null {
  return s.indexOf('p', from) === -1 && s.indexOf('P', from) === -1 ? null : find(EN_PAGE, s, from, 2);
}
