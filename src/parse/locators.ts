/** Normalises a printed page list: `185-186、186` → `185-186, 186`; every dash and tilde becomes `-`. */
export function normalizePages(s: string): string {
  return s
    .replace(/\s+/g, '')
    .replace(/[–—―‒－~～〜]/g, '-')
    .split(/[、,，;；]/)
    .filter(Boolean)
    .join(', ');
}

// 第185-186、186页 / 第 8 页 / 第451页注释 / 第17版 is not a page.
const ZH_PAGE = /第\s*([0-9ivxlcdm]+(?:\s*[-–—~～、,，]\s*[0-9ivxlcdm]+)*)\s*页(?:\s*(?:注释?|脚注|注\d+))?/iu;
const EN_PAGE = /\b(pp?\.|p\.)\s*([0-9ivxlcdm]+(?:\s*[-–—~]\s*[0-9ivxlcdm]+)?(?:\s*,\s*[0-9ivxlcdm]+(?:\s*[-–—~]\s*[0-9ivxlcdm]+)?)*)(?:\s*n\.\s*\d+)?/i;

export interface Found {
  value: string;
  raw: string;
  start: number;
  end: number;
}

export function findZhPages(s: string): Found | null {
  const m = ZH_PAGE.exec(s);
  return m ? { value: normalizePages(m[1]!), raw: m[0], start: m.index, end: m.index + m[0].length } : null;
}

export function findEnPages(s: string): Found | null {
  const m = EN_PAGE.exec(s);
  return m ? { value: normalizePages(m[2]!), raw: m[0], start: m.index, end: m.index + m[0].length } : null;
}
