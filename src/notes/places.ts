import { render, UI, type UiLang } from '../i18n/index.js';
import type { Analysis } from '../model/rule.js';

/**
 * The short name of a place in exported data and tests: `①@p2` for a page-numbered note, `[^3]`, `[3]`
 * for an entry. Reports name places for their reader with `placeName`.
 */
export function placeOf(analysis: Analysis, id: string): string {
  return nameOf(analysis, id, (label, page) => (page !== null ? `${label}@p${page}` : label));
}

/**
 * A place as a report names it for its reader: `第2页注①` or `note ① on p. 2`; `注①` or `note ①` for a
 * note with no page (`注[^3]`, `note [^3]` for a Pandoc note); an entry (`[3]`) or a marker by its label.
 */
export function placeName(analysis: Analysis, id: string, lang: UiLang): string {
  return nameOf(analysis, id, (label, page) => render(page !== null ? UI.noteOnPage : UI.note, lang, { label, page }));
}

type NoteName = (label: string, page: number | null) => string;

function nameOf(analysis: Analysis, id: string, note: NoteName): string {
  const n = analysis.noteById.get(id);
  // A Pandoc note is named by its key, which the text writes: never by a page.
  if (n) return n.style === 'pandoc' ? note(`[^${n.label}]`, null) : note(n.label, n.page);
  const entry = analysis.entryById.get(id);
  if (entry) return entry.label || `#${id.slice(1)}`;
  const c = analysis.citationById.get(id);
  if (c) return nameOf(analysis, c.noteId ?? c.entryId ?? '', note);
  const m = analysis.markerById.get(id);
  if (m) return m.label;
  return id;
}
