import type { Citation } from '../../model/citation.js';

/** The place a citation belongs to: its note, or its reference-list entry. */
export function placeId(c: Citation): string {
  return (c.noteId ?? c.entryId)!;
}

/** Splits a report's place ids into the note and entry lists of a diagnostic. */
export function partition(ids: string[]): { noteIds: string[]; entryIds: string[] } {
  return { noteIds: ids.filter((id) => id.startsWith('n')), entryIds: ids.filter((id) => id.startsWith('e')) };
}

/** Range of a part of a citation's raw text in the document. */
export function rangeIn(c: Citation, start: number, end: number): { start: number; end: number } {
  return { start: c.range.start + start, end: c.range.start + end };
}
