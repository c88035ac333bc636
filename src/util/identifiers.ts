/**
 * The identifiers of a field that may list several, each to be checked alone: `0028-0836, 1476-4687`
 * (print and online ISSN), `978-3-16-148410-0; 0-306-40615-2`, Zotero's `9783161484100 0306406152`.
 * A part that is one identifier of a length in `lengths` (digits and X, hyphens and spaces aside) is kept
 * whole, so that `978 3 16 148410 0` stays one ISBN.
 */
export function listedIdentifiers(field: string, lengths: readonly number[]): string[] {
  return field.split(/[,;]/).flatMap((part) => {
    const p = part.trim();
    if (!p) return [];
    return lengths.includes(p.replace(/[\s-]/g, '').length) ? [p] : p.split(/\s+/);
  });
}

export const ISBN_LENGTHS = [10, 13] as const;
export const ISSN_LENGTHS = [8] as const;
