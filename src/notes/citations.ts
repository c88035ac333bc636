import type { Citation, ParsedReference } from '../model/citation.js';
import type { Document } from '../model/document.js';
import { splitNote } from './split.js';

export type Parser = (text: string) => ParsedReference;

function citation(parsed: ParsedReference, fields: Omit<Citation, keyof ParsedReference | 'workId' | 'antecedentId'>): Citation {
  return { ...parsed, ...fields, workId: null, antecedentId: null };
}

/** Every note split into citations and every reference-list entry as one citation, in document order. */
export function buildCitations(doc: Document, parse: Parser): Citation[] {
  const out: Citation[] = [];
  for (const note of doc.notes) {
    const segments = splitNote(note.text);
    segments.forEach((seg, k) => {
      const parsed = parse(seg.text);
      parsed.item.id = '';
      const start = Math.min(note.range.start + seg.range.start, note.range.end);
      out.push(citation(parsed, {
        id: '', noteId: note.id, entryId: null, raw: seg.text,
        range: { start, end: Math.min(note.range.start + seg.range.end, note.range.end) },
        indexInNote: k, countInNote: segments.length,
      }));
    });
  }
  for (const entry of doc.entries) {
    const raw = entry.text.replace(/[\s。]+$/u, '');
    const parsed = parse(raw);
    out.push(citation(parsed, {
      id: '', noteId: null, entryId: entry.id, raw,
      range: { start: entry.range.start, end: entry.range.start + raw.length },
      indexInNote: 0, countInNote: 1,
    }));
  }
  out.sort((a, b) => a.range.start - b.range.start);
  out.forEach((c, k) => {
    c.id = `c${k + 1}`;
    c.item.id = c.id;
  });
  return out;
}
