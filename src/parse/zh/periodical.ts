import type { CslItem } from '../../model/csl.js';
import { dateParts } from '../dates.js';

/**
 * The numbering after a periodical's title: `2021年第8期`, `第4卷第6期`, `2022年8月16日`, `增刊`, or
 * a bare year (only when nothing follows). An optional bracket before it (`（兰州）`, `（社会科学版）`)
 * tells two periodicals of one name apart.
 */
export const PERIODICAL_NUMBERING =
  /^(?:[（(][^）)]{1,12}[）)])?\s*[，,]?\s*(?:(\d{4})\s*年\s*)?(?:第\s*(\d+)\s*卷\s*)?(?:第\s*([0-9]+(?:\s*[-/、]\s*[0-9]+)?)\s*期|(\d{1,2})\s*月\s*(?:(\d{1,2})\s*日)?|(增刊\s*\d*)|(?<=年\s*)$)/u;

/** Indices of PERIODICAL_NUMBERING's groups. */
export const N = { year: 1, volume: 2, issue: 3, month: 4, day: 5, supplement: 6 } as const;

const YEAR_IN = /(\d{4})\s*年/u;
const NEWSPAPER_PAGE = /第\s*(\d+)\s*版/u;
const QUALIFIER = /^\s*[（(]([^）)]{1,12})[）)]/u;
const CITY = /^[\u3400-\u9fff]{2,4}$/u;
const SPACES = /\s+/g;

/** True when the numbering says periodical: an issue, a day, a supplement, or a year standing alone. */
export function isPeriodical(m: RegExpExecArray, alone: boolean): boolean {
  return Boolean(m[N.issue] || m[N.month] || m[N.supplement] || (m[N.year] && alone));
}

/** Type, date, volume and issue of a journal or newspaper from `2021年第8期` / `2022年8月16日，第17版`. */
export function applyNumbering(it: CslItem, m: RegExpExecArray, rest: string): void {
  if (m[N.month]) {
    it.type = 'article-newspaper';
    const y = m[N.year] ?? YEAR_IN.exec(rest)?.[1];
    if (y) it.issued = dateParts(y, m[N.month], m[N.day]);
    const edition = NEWSPAPER_PAGE.exec(rest);
    if (edition) it.page = edition[1];
    return;
  }
  it.type = 'article-journal';
  const y = m[N.year] ?? YEAR_IN.exec(rest)?.[1];
  if (y) it.issued = dateParts(y);
  if (m[N.volume]) it.volume = m[N.volume];
  const issue = m[N.issue] ?? m[N.supplement];
  if (issue) it.issue = issue.replace(SPACES, '');
}

/**
 * `《社会科学》（兰州）`, `《武汉大学学报》（社会科学版）`, `《民国日报》（上海）`: the bracket tells two periodicals
 * apart and is not part of the name. A newspaper's is its city; a journal's is kept as a qualifier.
 */
export function applyQualifier(it: CslItem, after: string): void {
  const q = QUALIFIER.exec(after);
  if (!q) return;
  const v = q[1]!;
  const c = v.charCodeAt(0);
  if (c >= 0x30 && c <= 0x39) return;
  if (it.type === 'article-newspaper' && CITY.test(v) && !v.endsWith('版')) it['publisher-place'] = v;
  else it['x-container-qualifier'] = v;
}
