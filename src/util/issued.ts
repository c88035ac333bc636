import type { CslItem } from '../model/csl.js';

/** The year an item was issued (its first date-part), or null when it gives none. */
export function issuedYear(item: CslItem): number | null {
  const y = Number(item.issued?.['date-parts']?.[0]?.[0]);
  return Number.isInteger(y) && y > 0 ? y : null;
}
