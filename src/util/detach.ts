/**
 * A copy of `s` that holds nothing of the text it was cut from. V8 represents a slice of 13 characters or
 * more as a view of its parent string, so a title cut from a manuscript keeps the whole manuscript alive
 * for as long as the title is kept: whatever outlives the analysis of a file (the digest the checks across
 * articles read, kept for every article of an issue) holds its own copies. Prefixing makes a new string
 * that slicing flattens; the slice then views that copy, not the manuscript.
 */
export function detach(s: string): string {
  return s.length < 13 ? s : (' ' + s).slice(1);
}
