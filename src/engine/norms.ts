import type { Norm, NormId } from '../model/norm.js';
import type { Message } from '../model/rule.js';
import { didYouMean } from '../util/suggest.js';

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

/** What `norm` may be set to: a norm, or `auto` to recognise it from each document. */
export const NORM_CHOICES = ['auto', ...NORM_IDS] as const;

/** `'x' is not a norm`, with the norms it is near, else all of them (configuration and `--norm`). */
export function notANorm(value: string): string {
  return `'${value}' is not a norm${didYouMean(value, NORM_CHOICES) || ` (norms: ${NORM_CHOICES.join(', ')})`}`;
}

/** What each norm is, in both languages: for the configuration's JSON Schema and `citeaudit config --print`. */
export const NORM_DESCRIPTIONS: Record<(typeof NORM_CHOICES)[number], Message> = {
  auto: { en: 'recognise the norm from each document', zh: '根据每篇文稿自动识别规范' },
  cass: {
    en: '《中国社会科学》/《历史研究》 footnotes, ① restarting on every page',
    zh: '《中国社会科学》《历史研究》脚注体例，①每页重新编号',
  },
  people: {
    en: '人民出版社 style: 《马克思恩格斯文集》第1卷，人民出版社2009年版',
    zh: '人民出版社体例：《马克思恩格斯文集》第1卷，人民出版社2009年版',
  },
  law: { en: '法学引注手册: 载《刊》, 同前注, 同上注', zh: '法学引注手册：载《刊》、同前注、同上注' },
  'gbt7714-2015': {
    en: 'GB/T 7714-2015 reference lists, numeric or author-year, with type codes [M] [J]',
    zh: 'GB/T 7714—2015 参考文献表（顺序编码制或著者-出版年制，文献类型标识[M][J]）',
  },
  'gbt7714-2025': {
    en: 'GB/T 7714-2025 reference lists (no place of publication required)',
    zh: 'GB/T 7714—2025 参考文献表（不要求出版地）',
  },
  'chicago-notes': {
    en: 'English notes and bibliography (Chicago), Ibid., short forms',
    zh: '英文注释与书目（芝加哥体例），Ibid.、简略形式',
  },
  'author-date': {
    en: 'APA, Harvard, Chicago author-date: (Author 2019, 45) and an alphabetical list',
    zh: 'APA、哈佛、芝加哥著者-出版年制：(Author 2019, 45) 与按字母排序的文献表',
  },
  numeric: {
    en: 'English numeric lists (Vancouver, IEEE, most JATS journals): [1] or superscripts',
    zh: '英文顺序编码文献表（温哥华、IEEE、多数 JATS 期刊）：[1] 或上标',
  },
};
