import { workKey } from '../notes/works.js';
import type { CslItem } from '../model/csl.js';
import type { Analysis } from '../model/rule.js';
import { placeOf } from '../notes/places.js';

export interface ExportRecord {
  item: CslItem;
  /** Cited pages with where they were cited (`185 (①@p2)`), for `--with-locators`. */
  locators: string[];
  /** The blocking key that made the works of all manuscripts one record (for `--to notes`). */
  key: string;
}

// Fields that describe a citation, not the work, and never leave citeaudit.
const INTERNAL = new Set(['x-locator', 'x-prefix', 'x-kind', 'id', 'note']);

/**
 * One record per work across all manuscripts given: works of different files with the same blocking
 * key are one record (the first file's data wins, later files fill gaps).
 */
export function collectRecords(analyses: Analysis[]): ExportRecord[] {
  const byKey = new Map<string, ExportRecord>();
  const out: ExportRecord[] = [];
  for (const a of analyses) {
    for (const w of a.works) {
      const key = workKey(w.item);
      let rec = byKey.get(key);
      if (!rec) {
        const item = Object.fromEntries(Object.entries(w.item).filter(([k]) => !INTERNAL.has(k))) as CslItem;
        rec = { item: { ...item, id: '' }, locators: [], key };
        byKey.set(key, rec);
        out.push(rec);
      } else {
        for (const [k, v] of Object.entries(w.item)) if (!INTERNAL.has(k) && rec.item[k] === undefined) rec.item[k] = v;
      }
      for (const id of w.citationIds) {
        const c = a.citationById.get(id)!;
        if (c.locator) rec.locators.push(`${c.locator} (${placeOf(a, c.noteId ?? c.entryId ?? '')})`);
      }
    }
  }
  return out;
}
