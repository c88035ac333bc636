/** `s` matched literally inside a regular expression built from a word list. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** A word list as the alternatives of a pattern, each matched literally, the longest first (`Inc.` before `Inc`). */
export function anyOf(words: readonly string[]): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');
}

/** A year a reference could print (1500–2099), not part of a longer number. */
export const PRINTED_YEAR = /(?:^|[^\d])(?:1[5-9]|20)\d\d(?!\d)/;
