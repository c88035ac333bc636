export type NormId =
  'cass' | 'people' | 'law' | 'gbt7714-2015' | 'gbt7714-2025' | 'chicago-notes' | 'author-date' | 'numeric';

/** What a norm prescribes; rules read these instead of testing norm ids. */
export interface Norm {
  id: NormId;
  /** `notes`: citations live in footnotes; `list`: numeric or author-year reference list. */
  family: 'notes' | 'list';
  /** Language the norm is written for; English citations in a Chinese norm follow the Chicago-like form. */
  lang: 'zh' | 'en';
  /** Circled footnote numbers restart on every page (①…). */
  restartPerPage: boolean;
  /** 参见/See citations need no page. */
  seeExemptFromLocator: boolean;
  /** Journal articles need no cited page (the article's range identifies it). */
  articleExemptFromLocator: boolean;
  /** 同上 may refer across a page break. */
  ibidAcrossPages: boolean;
  /** Names after which author lists are cut with 等 / et al.; null when never. */
  maxAuthors: number | null;
  /** The bibliography must list every cited work. */
  completeBibliography: boolean;
  /** A full citation may be repeated in later notes (《中国社会科学》, 人民出版社); only verbatim repeats in adjacent notes are faults. */
  repeatsFullCitations: boolean;
  /**
   * A note may cite a work in its short form (author, title, page) the first time, since the bibliography gives
   * it in full (Chicago 17th ed., 14.29); the Chinese norms want the full form at the first citation.
   */
  shortFirstCitation: boolean;
  /** Books give their place of publication (人民出版社 style and GB/T 7714-2025 do not). */
  requiresPlace: boolean;
  /** A chapter or paper gives the publisher of the book or proceedings it is in (IEEE and APA proceedings papers need not). */
  chapterPublisher: boolean;
  /** Full-width punctuation inside Chinese citations. */
  fullWidthInChinese: boolean;
  /** A numeric list is numbered in order of first citation (GB/T 7714 顺序编码制; English numeric lists may be alphabetical). */
  citationOrder: boolean;
}

/** The norms a rule belongs to: `all` when what it checks holds under every norm (and where none is recognised). */
export type RuleNorms = 'all' | readonly NormId[];
