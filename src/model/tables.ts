/** Shapes of the bundled tables in `data/` (see data/README.md). */
export interface TableMeta {
  name: string;
  version: number;
  description: string;
  source: string;
  licence: string;
}

export interface ClassicEdition {
  label: string;
  /** The edition number as printed (`第2版`), when the collection has several. */
  edition?: number;
  volumes: number;
  /** Years of this edition's volumes; every year when `yearsComplete`. */
  years?: number[];
  yearsComplete?: boolean;
  /** First and last year; `null` for an edition still in progress. */
  yearRange?: [number, number | null];
  /** Years of each volume, every volume listed. */
  volumeYears?: Record<string, number[]>;
  /** Last numbered page of a volume, only where confirmed. */
  lastPage?: Record<string, number>;
}

export interface ClassicCollection {
  id: string;
  title: string;
  aliases?: string[];
  publisher: string;
  place: string;
  /** Citations dated before this year are of other publishers' editions and are not checked. */
  since: number;
  editions: ClassicEdition[];
}

export interface PublisherPlace {
  place: string;
  from?: number;
  until?: number;
}

export interface PublisherRow {
  name: string;
  variants?: string[];
  places: PublisherPlace[];
  /** False when branches print other cities under the same name. */
  checkPlace?: boolean;
}

export interface JournalRow {
  name: string;
  place?: string;
  variants?: string[];
}

export interface NameRow {
  latin: string;
  zh: string[];
}

export interface ClassicsTable {
  meta: TableMeta;
  collections: ClassicCollection[];
}
export interface PublishersTable {
  meta: TableMeta;
  publishers: PublisherRow[];
}
export interface JournalsTable {
  meta: TableMeta;
  journals: JournalRow[];
}
export interface WesternNamesTable {
  meta: TableMeta;
  people: NameRow[];
  given: NameRow[];
}

export interface TranslatedWorkRow {
  /** Family name in Latin letters, as in western-names.json. */
  author: string;
  /** Main title of the Chinese translation. */
  zh: string;
  /** Main titles of the original and of its English translation. */
  originals: string[];
}

export interface TranslatedWorksTable {
  meta: TableMeta;
  works: TranslatedWorkRow[];
}

/** `data/parse-words.json`: the word lists of the rule parser. */
export interface ParseWordsTable {
  meta: TableMeta;
  /** Words that begin or end the name of a body (`Institute`, `Council`). */
  bodyWords: string[];
  /** Words that end the name of a body but begin none (`Company`, `Press`). */
  bodyEndWords: string[];
  /** Further words that make a name a body's wherever they stand (`Inc.`, `OECD`, `National`). */
  corporateWords: string[];
  /** Words and names that make a periodical's name a newspaper's (`Times`, `Daily`, `Le Monde`). */
  newspaperWords: string[];
  /** With bodyWords, the words of a body named whole as an author or a report's issuer (`World Bank`, `Government`). */
  issuerWords: string[];
  /** Magazines known by name, `The` left off (`New Yorker`, `Economist`). */
  magazineNames: string[];
  /** Words that make a host's title a meeting's (`Proceedings`, `Symposium`). */
  meetingWords: string[];
  /** Abbreviations whose stop ends no sentence inside a title, without the stop (`Mr`, `St`, `vol`). */
  titleAbbreviations: string[];
  /** Bodies that issue standards, leading an author's name or in brackets after it (`ISO`, `DIN`). */
  standardBodies: string[];
  /** Words of a record label's name (`Records`, `Music`). */
  recordLabelWords: string[];
  /** Major labels named alone as a publisher (`Columbia`, `Deutsche Grammophon`). */
  recordLabels: string[];
  /** Words of the titles of musical works (`Symphony`, `Sonatas`, `BWV`). */
  musicTitleWords: string[];
  /** Words of the names of film and television makers (`Films`, `Productions`, `Studios`). */
  studioWords: string[];
  /** Words of a broadcaster's name (`Radio`, `Podcast`, `TV`). */
  broadcastWords: string[];
  /** Networks that lead a publisher's name or one of several (`BBC Four`, `HBO; Sky`). */
  broadcasters: string[];
  /** Networks known only when named alone (`NPR`, `ABC`; `ABC-CLIO` publishes books). */
  broadcastersAlone: string[];
  /** Video platforms named as a publisher (`YouTube`). */
  videoPlatforms: string[];
  /** Data archives and test collections that publish datasets and instruments (`ICPSR`, `Zenodo`). */
  dataHosts: string[];
  /** Companies' legal forms that end a body's name (`LLC`, `Ltd`, `GmbH`), matched in any case. */
  companyForms: string[];
  /** Servers and open repositories of papers outside any journal issue, besides the `…Xiv` ones (`SSRN`, `HAL`). */
  paperRepositories: string[];
  /** Words that open the bracketed description of a letter (`[Letter to …]`, `[Memorandum …]`). */
  letterWords: string[];
  /** Words that open a bracketed part of a series (`(Episode 3)`, `(Season 2 …)`). */
  episodeWords: string[];
  /** Words of a dataset's title, matched in any case (`Data set`, `Raw data`). */
  dataTitleWords: string[];
  /** Words of a map's title (`Atlas`, `Maps`). */
  mapTitleWords: string[];
}

/** `data/source-markup.json`: markup the JATS and LaTeX readers know by name. */
export interface SourceMarkupTable {
  meta: TableMeta;
  jats: {
    nonCitationFnTypes: string[];
    nonCitationFnGroups: string[];
    nonCitationContainers: string[];
    blocks: string[];
    skipped: string[];
    abstracts: string[];
    frontMatter: string[];
  };
  latex: {
    mathEnvironments: string[];
    verbatimEnvironments: string[];
    citeCommands: string[];
    footCiteCommands: string[];
    nociteCommands: string[];
    inputCommands: string[];
  };
}

/** A crossref type pair: fields of a `sources` parent given to a `targets` child under other names (none: not given). */
export interface CrossrefPair {
  sources: string[];
  targets: string[];
  fields: Record<string, string[]>;
}

/**
 * `data/bibtex-types.json`: what `export --to bibtex|biblatex` writes, the other direction from `bibtex.json`
 * (data/README.md says why they are two tables).
 */
export interface BibtexTypesTable {
  meta: TableMeta;
  /** The entry type of each CSL type, or GB/T kind of a book (`collection`, `proceedings`), per dialect. */
  types: Record<string, Record<'bibtex' | 'biblatex', string>>;
  /** A thesis's kind (biblatex `type`) from words of its CSL `genre`. */
  thesisKinds: Record<'mathesis' | 'phdthesis', string[]>;
  /** The dialects that write an `@article`'s `entrysubtype` (its values are `bibtex.json`'s `subtypes`, inverted). */
  entrysubtypeDialects: Array<'bibtex' | 'biblatex'>;
  /** The languages whose `langid` the GB/T styles read, by the names `bibtex.json` gives their BCP 47 tags. */
  langids: string[];
}

/** `data/bibtex.json`: what the .bib reader knows by name. */
export interface BibtexTable {
  meta: TableMeta;
  /** Accent commands (`\"`, `\v`) and the Unicode combining mark each puts on its argument. */
  accents: Record<string, string>;
  /** Commands that print a character or nothing (`\ss` → ß, `\relax` → ''). */
  symbols: Record<string, string>;
  /** Commands and how many leading arguments of theirs are not printed text (`\href{url}{text}`: 1). */
  dropArguments: Record<string, number>;
  /** BibTeX's predefined month macros (`jan` → `January`). */
  months: Record<string, string>;
  crossref: { skip: string[]; pairs: CrossrefPair[] };
  /** Entry types as CSL types; an article's `entrysubtype` (`newspaper`); the genre a type implies. */
  types: Record<string, string>;
  subtypes: Record<string, string>;
  impliedGenre: Record<string, string>;
  /** biblatex editor types (`editortype = {compiler}`) as the CSL name variable they fill. */
  editorRoles: Record<string, string>;
  /** Fields read as one CSL variable each, as text (`shorttitle` → `title-short`). */
  fields: Record<string, string>;
  /** The CSL variable `number` fills, by entry type (`article` → `issue`); `number` for the others. */
  numberAs: Record<string, string>;
  /** babel/polyglossia language names and tags (lower case) as the BCP 47 tags citeaudit uses. */
  languages: Record<string, string>;
}
