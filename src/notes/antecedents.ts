import type { Citation } from '../model/citation.js';
import type { Document } from '../model/document.js';
import { circledValue } from './labels.js';

/**
 * Links each 同上 / Ibid. / 同前注N citation to the citation it repeats. An ibid with no single
 * antecedent (first note, previous note with several citations) stays unlinked; `ibid-ambiguous`
 * reports it.
 */
export function linkIbid(doc: Document, citations: Citation[]): void {
  const byNote = new Map<string, Citation[]>();
  for (const c of citations) {
    if (!c.noteId) continue;
    let list = byNote.get(c.noteId);
    if (!list) byNote.set(c.noteId, (list = []));
    list.push(c);
  }
  doc.notes.forEach((note, k) => {
    const own = byNote.get(note.id) ?? [];
    own.forEach((c, i) => {
      if (c.kind !== 'ibid') return;
      if (c.ibidNoteRef) {
        c.antecedentId = referredNote(doc, k, c.ibidNoteRef, byNote);
        return;
      }
      if (i > 0) {
        c.antecedentId = own[i - 1]!.id;
        return;
      }
      const prev = k > 0 ? (byNote.get(doc.notes[k - 1]!.id) ?? []) : [];
      if (prev.length === 1) c.antecedentId = prev[0]!.id;
    });
  });
}

/** `同前注12`: the latest earlier note labelled 12 (or ⑫), when it holds exactly one citation. */
function referredNote(doc: Document, upTo: number, ref: string, byNote: Map<string, Citation[]>): string | null {
  const n = Number(ref);
  for (let k = upTo - 1; k >= 0; k--) {
    const note = doc.notes[k]!;
    const label = note.label.replace(/^\^/, '');
    const value = /^\d+$/.test(label) ? Number(label) : circledValue(label);
    if (label === ref || (Number.isFinite(n) && value === n)) {
      const list = byNote.get(note.id) ?? [];
      return list.length === 1 ? list[0]!.id : null;
    }
  }
  return null;
}
