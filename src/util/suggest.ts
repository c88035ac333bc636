import { distance } from 'fastest-levenshtein';

/** How many names a suggestion offers at most. */
const OFFERED = 3;

/**
 * The known names nearest to a mistyped one, for "did you mean …": those within an edit distance of a
 * third of its length (at least 1, at most 3; case aside), nearest first; failing that, those it is the
 * start of (`gbt7714` → `gbt7714-2015`, `gbt7714-2025`). Empty when nothing is near.
 */
export function nearest(name: string, known: readonly string[]): string[] {
  const typed = name.toLowerCase();
  const limit = Math.min(3, Math.max(1, Math.floor(typed.length / 3)));
  const near = known
    .map((k) => ({ k, d: distance(typed, k.toLowerCase()) }))
    .filter((x) => x.d <= limit && x.k !== name)
    .sort((a, b) => a.d - b.d)
    .map((x) => x.k);
  if (near.length) return near.slice(0, OFFERED);
  return typed.length >= 3 ? known.filter((k) => k.toLowerCase().startsWith(typed)).slice(0, OFFERED) : [];
}

/** `'a'`, `'a' or 'b'`, `'a', 'b' or 'c'`. */
export function either(names: readonly string[], or = 'or'): string {
  const quoted = names.map((n) => `'${n}'`);
  return quoted.length < 2 ? (quoted[0] ?? '') : `${quoted.slice(0, -1).join(', ')} ${or} ${quoted.at(-1)!}`;
}

/** ` (did you mean 'x'?)` for a name near known ones, else nothing: appended to an English message. */
export function didYouMean(name: string, known: readonly string[]): string {
  const near = nearest(name, known);
  return near.length ? ` (did you mean ${either(near)}?)` : '';
}
