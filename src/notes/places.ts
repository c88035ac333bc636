import type { Analysis } from '../model/rule.js';

/** How a place is named in messages: `①@p2` for a page-numbered note, `[^3]`, `[3]` for an entry. */
export function placeOf(analysis: Analysis, id: string): string {
  const note = analysis.noteById.get(id);
  if (note) {
    if (note.style === 'pandoc') return `[^${note.label}]`;
    return note.page !== null ? `${note.label}@p${note.page}` : note.label;
  }
  const entry = analysis.entryById.get(id);
  if (entry) return entry.label || `#${id.slice(1)}`;
  const c = analysis.citationById.get(id);
  if (c) return placeOf(analysis, c.noteId ?? c.entryId ?? '');
  const m = analysis.markerById.get(id);
  if (m) return m.label;
  return id;
}
