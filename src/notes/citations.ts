import type { Citation, ParsedReference } from '../model/citation.js';
import type { CslItem } from '../model/csl.js';
import type { Document } from '../model/document.js';
import { findEnPages, findZhPages } from '../parse/locators.js';
import { citingParts } from './citing.js';
import { splitNote } from './split.js';

export type Parser = (text: string) => ParsedReference;

/**
 * Builds the citation with every field in one fixed order: citations are read by every rule, and objects
 * of one shape keep those reads fast (spreading the parser's object made them dictionary-mode).
 */
function citation(
  p: ParsedReference,
  id: {
    noteId: string | null;
    entryId: string | null;
    raw: string;
    range: Citation['range'];
    indexInNote: number;
    countInNote: number;
  },
): Citation {
  return {
    id: '',
    noteId: id.noteId,
    entryId: id.entryId,
    raw: id.raw,
    range: id.range,
    indexInNote: id.indexInNote,
    countInNote: id.countInNote,
    workId: null,
    antecedentId: null,
    item: p.item,
    lang: p.lang,
    kind: p.kind,
    prefix: p.prefix,
    locator: p.locator,
    locatorRaw: p.locatorRaw,
    confidence: p.confidence,
    spans: p.spans,
    commentary: p.commentary,
    ibidForm: p.ibidForm,
    ibidNoteRef: p.ibidNoteRef,
    failure: p.failure,
  };
}

/** The notes holding a citation key (Pandoc `@key` in a footnote or an inline note). */
function notesCitingByKey(doc: Document): Set<string> {
  const out = new Set<string>();
  const keys = doc.markers.filter((m) => m.keys);
  if (keys.length === 0 || doc.format !== 'markdown') return out;
  for (const n of doc.notes)
    if (keys.some((m) => m.range.start >= n.range.start && m.range.end <= n.range.end)) out.add(n.id);
  return out;
}

/**
 * A note segment that cites a list entry by its number: `[3] p. 5`, `参见[3]第5页`, or one number after a
 * short lead-in (`On this see [9], who argues…`). Groups: prefix, number, what follows.
 */
function numberedCitation(text: string): Array<string | undefined> | null {
  const first = /^(?:(参见|See|see|Cf\.|cf\.)\s*)?\[(\d+)\]\s*[,，]?\s*(.*)$/u.exec(text);
  if (first) return [first[0], first[1], first[2]!, first[3]!];
  if (text.match(/\[\d+\]/g)?.length !== 1) return null;
  const inside = /\[(\d+)\]\s*[,，]?\s*(.*)$/u.exec(text);
  // Only after a lead-in (`On this see`): words before it that give a year are a citation of their own.
  const before = inside ? text.slice(0, inside.index) : '';
  if (!inside || before.length > 40 || /\d{4}/.test(before)) return null;
  return [inside[0], undefined, inside[1]!, inside[2]!];
}

/** Every note split into citations and every reference-list entry as one citation, in document order. */
export function buildCitations(doc: Document, parseOne: Parser): Citation[] {
  const out: Citation[] = [];
  // Manuscripts repeat citations verbatim (one volume of the 文集 in 17 notes): parse each text once per
  // document, giving every citation its own copy of the item since later stages write to it.
  const seen = new Map<string, ParsedReference>();
  const parse = (text: string): ParsedReference => {
    let p = seen.get(text);
    if (!p) seen.set(text, (p = parseOne(text)));
    return { ...p, item: { ...p.item } };
  };
  // Sources that cite their list by key (LaTeX `\footcite`, `\cite` in a footnote) leave `[3] p. 5` in the
  // note: the entry's structured item is the citation, the rest its locator.
  const structured = new Map<number, CslItem>();
  for (const e of doc.entries) if (e.item && e.number !== undefined) structured.set(e.number, e.item);
  const byKey = (text: string): ParsedReference | null => {
    if (structured.size === 0) return null;
    const m = numberedCitation(text);
    const item = m ? structured.get(Number(m[2])) : undefined;
    if (!m || !item) return null;
    const pages = findEnPages(m[3]!) ?? findZhPages(m[3]!);
    return {
      item: { ...item },
      lang: item.language === 'zh-CN' ? 'zh' : 'en',
      kind: 'full',
      prefix: m[1] ?? null,
      locator: pages?.value ?? (/^\d+(?:[-–]\d+)?$/.test(m[3]!) ? m[3]! : null),
      locatorRaw: pages?.raw ?? (m[3] || null),
      confidence: {},
      spans: {},
    };
  };
  const keyed = notesCitingByKey(doc);
  for (const note of doc.notes) {
    // A note that cites by key (`^[See @key, 33.]`) is printed from the library: its works are the
    // entries its keys name, and the words around the keys are no reference to parse.
    if (keyed.has(note.id)) continue;
    const segments = splitNote(note.text).flatMap(citingParts);
    segments.forEach((seg, k) => {
      const parsed = byKey(seg.text) ?? parse(seg.text);
      parsed.item.id = '';
      const start = Math.min(note.range.start + seg.range.start, note.range.end);
      out.push(
        citation(parsed, {
          noteId: note.id,
          entryId: null,
          raw: seg.text,
          range: { start, end: Math.min(note.range.start + seg.range.end, note.range.end) },
          indexInNote: k,
          countInNote: segments.length,
        }),
      );
    });
  }
  for (const entry of doc.entries) {
    const raw = entry.text.replace(/[\s。]+$/u, '');
    const parsed: ParsedReference = entry.item
      ? {
          item: { ...entry.item },
          lang: entry.item.language === 'zh-CN' ? 'zh' : 'en',
          kind: 'full',
          prefix: null,
          locator: null,
          locatorRaw: null,
          confidence: {},
          spans: {},
        }
      : parse(raw);
    out.push(
      citation(parsed, {
        noteId: null,
        entryId: entry.id,
        raw,
        range: { start: entry.range.start, end: entry.range.start + raw.length },
        indexInNote: 0,
        countInNote: 1,
      }),
    );
  }
  out.sort((a, b) => a.range.start - b.range.start);
  out.forEach((c, k) => {
    c.id = `c${k + 1}`;
    c.item.id = c.id;
  });
  return out;
}
