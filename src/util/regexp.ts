/** `s` matched literally inside a regular expression built from a word list. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** A year a reference could print (1500–2099), not part of a longer number. */
export const PRINTED_YEAR = /(?:^|[^\d])(?:1[5-9]|20)\d\d(?!\d)/;
