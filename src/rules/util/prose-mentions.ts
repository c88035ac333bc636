import type { CslItem } from '../../model/csl.js';

const CJK = /[\u3400-\u9fff]/u;

/**
 * Whether the prose names a work without a marker: by its title (`《韧性时代》`, `Digital Labor and
 * Karl Marx`) or author and year close together (`Fuchs (2014)`, `里夫金（2022）`), the author-year
 * citations citeaudit does not read as markers. Rules that would call a work uncited abstain then.
 * `lowerBody` is `body.toLowerCase()`, computed once by the caller.
 */
export function mentionedInProse(body: string, lowerBody: string, item: CslItem): boolean {
  const title = (item.title ?? '').replace(/<\/?[a-z][^>]*>|[*_`]/gi, '').trim();
  if (title) {
    const main = title.split(/[：:]|——|—/u)[0]!.trim();
    if (CJK.test(main)) {
      if (main.length >= 2 && body.includes(`《${main}`)) return true;
    } else if (main.length >= 12 && lowerBody.includes(main.toLowerCase())) return true;
  }
  const year = item.issued?.['date-parts']?.[0]?.[0];
  const first = item.author?.[0] ?? item.editor?.[0];
  const printed = first?.family ?? first?.literal;
  if (year === undefined || !printed) return false;
  // A transliterated name is cited in prose by its last part: 杰里米·里夫金 → 里夫金.
  const name = CJK.test(printed)
    ? printed
        .split(/[·•・]/u)
        .pop()!
        .trim()
    : printed.trim();
  if (name.length < 2) return false;
  const hay = CJK.test(name) ? body : lowerBody;
  const needle = CJK.test(name) ? name : name.toLowerCase();
  const y = String(year);
  for (let at = hay.indexOf(needle); at !== -1; at = hay.indexOf(needle, at + needle.length)) {
    if (hay.slice(at + needle.length, at + needle.length + 40).includes(y)) return true;
  }
  return false;
}
