/** The subset of CSL-JSON citeaudit produces and reads. Field names follow the CSL 1.0.2 schema. */
export interface CslName {
  family?: string;
  given?: string;
  literal?: string;
  suffix?: string;
  /** `van der` in `Pieternella H. van der Veen`: printed before the family name, in lower case. */
  'non-dropping-particle'?: string;
  /** Not CSL: the nationality marker printed before a translated author, with its exact glyphs (`[美]`, `〔德〕 `). */
  'x-nationality'?: string;
}

export interface CslDate {
  'date-parts'?: Array<Array<number | string>>;
  literal?: string;
  raw?: string;
}

export type CslType =
  | 'book'
  | 'chapter'
  | 'article-journal'
  | 'article-magazine'
  | 'article-newspaper'
  | 'thesis'
  | 'paper-conference'
  | 'report'
  | 'webpage'
  | 'manuscript'
  | 'patent'
  | 'standard'
  | 'legislation'
  | 'legal_case'
  | 'dataset'
  | 'software'
  | 'article'
  | 'document'
  | 'entry-encyclopedia'
  | 'map'
  | 'collection'
  | 'periodical'
  | 'personal_communication'
  | 'entry-dictionary'
  | 'speech'
  | 'post'
  | 'post-weblog'
  | 'motion_picture'
  | 'broadcast'
  | 'song'
  | 'graphic'
  | 'hearing';

export interface CslItem {
  id: string;
  type: CslType;
  language?: string;
  title?: string;
  'title-short'?: string;
  'container-title'?: string;
  'collection-title'?: string;
  author?: CslName[];
  editor?: CslName[];
  translator?: CslName[];
  'container-author'?: CslName[];
  publisher?: string;
  'publisher-place'?: string;
  issued?: CslDate;
  accessed?: CslDate;
  volume?: string | number;
  issue?: string | number;
  edition?: string | number;
  page?: string | number;
  URL?: string;
  DOI?: string;
  ISBN?: string;
  ISSN?: string;
  genre?: string;
  note?: string;
  /** Not CSL: the name lists the source cut short with 等 or et al. (`and others` in BibTeX), by variable, space-separated: `author translator`. The cut is never a name in the list. */
  'x-et-al'?: string;
  [field: string]: unknown;
}
