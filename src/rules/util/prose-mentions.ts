import type { CslItem } from '../../model/csl.js';

const CJK = /[\u3400-\u9fff]/u;

/**
 * Whether the prose names a work without a marker: by its title (`《韧性时代》`, `Digital Labor and
 * Karl Marx`) or author and year close together (`Fuchs (2014)`, `里夫金（2022）`), the author-year
 * citations citeaudit does not read as markers. Rules that would call a work uncited abstain then.
 * Each search reads the whole body, so each title and each author-year is searched for once a document:
 * a long document lists the same work many times.
 */
export class ProseMentions {
  private lowerBody: string | null = null;
  private readonly found = new Map<string, boolean>();

  constructor(private readonly body: string) {}

  mentioned(item: CslItem): boolean {
    const title = (item.title ?? '').replace(/<\/?[a-z][^>]*>|[*_`]/gi, '').trim();
    if (title) {
      const main = title.split(/[：:]|——|—/u)[0]!.trim();
      if (CJK.test(main)) {
        if (main.length >= 2 && this.once(`《${main}`, () => this.body.includes(`《${main}`))) return true;
      } else if (main.length >= 12) {
        const needle = main.toLowerCase();
        if (this.once(`t${needle}`, () => this.lower().includes(needle))) return true;
      }
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
    const y = String(year);
    return this.once(`a${name}\u0000${y}`, () => this.nameBeforeYear(name, y));
  }

  /** The name, followed within 40 characters by the year. */
  private nameBeforeYear(name: string, y: string): boolean {
    const hay = CJK.test(name) ? this.body : this.lower();
    const needle = CJK.test(name) ? name : name.toLowerCase();
    for (let at = hay.indexOf(needle); at !== -1; at = hay.indexOf(needle, at + needle.length)) {
      if (hay.slice(at + needle.length, at + needle.length + 40).includes(y)) return true;
    }
    return false;
  }

  private lower(): string {
    return (this.lowerBody ??= this.body.toLowerCase());
  }

  private once(key: string, search: () => boolean): boolean {
    let hit = this.found.get(key);
    if (hit === undefined) this.found.set(key, (hit = search()));
    return hit;
  }
}
