import type { Citation } from '../model/citation.js';
import type { Document } from '../model/document.js';
import type { Norm, NormId } from '../model/norm.js';

const zhNotes = {
  family: 'notes',
  lang: 'zh',
  restartPerPage: true,
  seeExemptFromLocator: true,
  articleExemptFromLocator: true,
  ibidAcrossPages: true,
  maxAuthors: 3,
  completeBibliography: false,
  fullWidthInChinese: true,
  requiresPlace: true,
  repeatsFullCitations: true,
} as const;

export const NORMS: Record<NormId, Norm> = {
  cass: { id: 'cass', ...zhNotes },
  people: { id: 'people', ...zhNotes, requiresPlace: false },
  // 法学引注手册 numbers notes through the article: 同前注N names a note by that running number.
  law: { id: 'law', ...zhNotes, restartPerPage: false, ibidAcrossPages: false, repeatsFullCitations: false },
  'gbt7714-2015': {
    id: 'gbt7714-2015',
    family: 'list',
    lang: 'zh',
    restartPerPage: false,
    seeExemptFromLocator: true,
    articleExemptFromLocator: true,
    ibidAcrossPages: true,
    maxAuthors: 3,
    completeBibliography: true,
    fullWidthInChinese: false,
    requiresPlace: true,
    repeatsFullCitations: true,
  },
  'gbt7714-2025': {
    id: 'gbt7714-2025',
    family: 'list',
    lang: 'zh',
    restartPerPage: false,
    seeExemptFromLocator: true,
    articleExemptFromLocator: true,
    ibidAcrossPages: true,
    maxAuthors: 3,
    completeBibliography: true,
    fullWidthInChinese: false,
    requiresPlace: false,
    repeatsFullCitations: true,
  },
  'chicago-notes': {
    id: 'chicago-notes',
    family: 'notes',
    lang: 'en',
    restartPerPage: false,
    seeExemptFromLocator: true,
    articleExemptFromLocator: true,
    ibidAcrossPages: true,
    maxAuthors: null,
    completeBibliography: true,
    fullWidthInChinese: true,
    requiresPlace: true,
    repeatsFullCitations: false,
  },
};

export const NORM_IDS = Object.keys(NORMS) as NormId[];

export function isNormId(s: string): s is NormId {
  return Object.hasOwn(NORMS, s);
}

/**
 * Detects the citation family from the manuscript itself: numeric lists with `[M]`/`[J]` codes are
 * GB/T 7714; Chinese footnotes are 人民出版社 style when `年版` dominates, 法学 style when `载《` or
 * `同前注` appear, else 《中国社会科学》 style; English footnotes are Chicago notes.
 */
export function detectNorm(doc: Document, citations: Citation[]): Norm {
  const numericMarkers = doc.markers.filter((m) => m.numbers).length;
  if (doc.notes.length === 0 || (doc.entries.length > 0 && numericMarkers > doc.notes.length)) {
    const codes2025 = citations.some((c) => c.entryId && /\[(?:M|J)\]/.test(c.raw) && /\bDOI\b|doi\.org/.test(c.raw));
    return NORMS[codes2025 ? 'gbt7714-2025' : 'gbt7714-2015'];
  }
  const inNotes = citations.filter((c) => c.noteId);
  const zh = inNotes.filter((c) => c.lang === 'zh').length;
  if (zh * 2 < inNotes.length) return NORMS['chicago-notes'];
  let nianban = 0;
  let placeColon = 0;
  let law = 0;
  for (const c of inNotes) {
    if (c.lang !== 'zh') continue;
    if (/出版社\s*\d{4}\s*年版/.test(c.raw)) nianban++;
    if (/[：:]\s*[^，,：:]{1,20}(?:出版社|书局|书店|印书馆)/.test(c.raw)) placeColon++;
    if (/载《|同前注|同上注/.test(c.raw)) law++;
  }
  if (law * 3 > zh) return NORMS.law;
  if (nianban > placeColon) return NORMS.people;
  return NORMS.cass;
}
