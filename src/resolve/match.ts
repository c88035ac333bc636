import { distance } from 'fastest-levenshtein';
import { nameKey, titleKey } from '../core/normalize.js';
import type { CslItem, CslName } from '../model/csl.js';

export interface Match {
  record: CslItem;
  score: number;
}

function firstFamily(item: CslItem): string {
  const n: CslName | undefined = item.author?.[0] ?? item.editor?.[0];
  return nameKey(n?.family ?? n?.literal ?? '');
}

function year(item: CslItem): number | null {
  const y = item.issued?.['date-parts']?.[0]?.[0];
  return y === undefined ? null : Number(y);
}

function similarity(a: string, b: string): number {
  if (a === b) return 1;
  if (!a || !b) return 0;
  return 1 - distance(a, b) / Math.max(a.length, b.length);
}

/**
 * Matches cited works to library records. Candidates come from a blocking key (the first characters of
 * the normalised title), so matching is near-linear; a candidate is scored on title, first author, year
 * and container. Precision first: below the threshold, or when the two best are too close, the work is
 * left unmatched rather than guessed.
 */
export class Matcher {
  private readonly blocks = new Map<string, CslItem[]>();

  constructor(records: CslItem[]) {
    for (const r of records) {
      const key = titleKey(r.title).slice(0, 4);
      if (!key) continue;
      let list = this.blocks.get(key);
      if (!list) this.blocks.set(key, (list = []));
      list.push(r);
    }
  }

  score(item: CslItem, record: CslItem): number {
    const t = similarity(titleKey(item.title), titleKey(record.title));
    // Only a spelling slip separates two titles of one work; a different last word is another work.
    if (t < 0.9) return 0;
    const a = firstFamily(item);
    const b = firstFamily(record);
    const author = !a || !b ? 0.5 : similarity(a, b) >= 0.8 ? 1 : 0;
    const ya = year(item);
    const yb = year(record);
    const y = ya === null || yb === null ? 0.5 : ya === yb ? 1 : Math.abs(ya - yb) <= 1 ? 0.7 : 0.3;
    const ca = titleKey(item['container-title']);
    const cb = titleKey(record['container-title']);
    const c = !ca || !cb ? 0.5 : similarity(ca, cb) >= 0.8 ? 1 : 0;
    // Volumes of one collection share a title: a different volume is a different record.
    if (item.volume && record.volume && String(item.volume) !== String(record.volume)) return 0;
    return 0.55 * t + 0.25 * author + 0.1 * y + 0.1 * c;
  }

  match(item: CslItem): Match | null {
    const key = titleKey(item.title).slice(0, 4);
    const candidates = this.blocks.get(key) ?? [];
    const scored = candidates.map((record) => ({ record, score: this.score(item, record) })).filter((m) => m.score > 0).sort((x, y) => y.score - x.score);
    const best = scored[0];
    if (!best || best.score < 0.75) return null;
    const second = scored[1];
    if (second && best.score - second.score < 0.05 && titleKey(second.record.title) !== titleKey(best.record.title)) return null;
    return best;
  }
}
