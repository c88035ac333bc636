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
  chapterPublisher: true,
  repeatsFullCitations: true,
  shortFirstCitation: false,
  citationOrder: false,
} as const;

const gbt = {
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
  chapterPublisher: true,
  repeatsFullCitations: true,
  shortFirstCitation: false,
  citationOrder: true,
} as const;

// The English lists: every cited work listed; neither cuts the author list at three (APA lists up to
// 20, Vancouver 6, journals differ), nor asks for the place of publication everywhere (APA 7 dropped it)
// or the publisher of the proceedings a conference paper is in (IEEE, APA).
const enList = {
  family: 'list',
  lang: 'en',
  restartPerPage: false,
  seeExemptFromLocator: true,
  articleExemptFromLocator: true,
  ibidAcrossPages: true,
  maxAuthors: null,
  completeBibliography: true,
  fullWidthInChinese: true,
  requiresPlace: false,
  chapterPublisher: false,
  repeatsFullCitations: true,
  shortFirstCitation: true,
  citationOrder: false,
} as const;

export const NORMS: Record<NormId, Norm> = {
  cass: { id: 'cass', ...zhNotes },
  people: { id: 'people', ...zhNotes, requiresPlace: false },
  // 法学引注手册 numbers notes through the article: 同前注N names a note by that running number.
  law: { id: 'law', ...zhNotes, restartPerPage: false, ibidAcrossPages: false, repeatsFullCitations: false },
  'gbt7714-2015': { id: 'gbt7714-2015', ...gbt },
  'gbt7714-2025': { id: 'gbt7714-2025', ...gbt, requiresPlace: false },
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
    chapterPublisher: true,
    repeatsFullCitations: false,
    shortFirstCitation: true,
    citationOrder: false,
  },
  // APA, Harvard, Chicago author-date: (Author 2019, 45) in the text, an alphabetical list.
  'author-date': { id: 'author-date', ...enList },
  // Vancouver, IEEE, most JATS journals: [1] or superscripts, the list in citation order or alphabetical.
  numeric: { id: 'numeric', ...enList },
};

export const NORM_IDS = Object.keys(NORMS) as NormId[];

export function isNormId(s: string): s is NormId {
  return Object.hasOwn(NORMS, s);
}
