import type { CslDate, CslItem, CslName } from '../model/csl.js';
import { nationalityInside } from '../parse/names.js';
import { edition } from './csl/prepare-gbt.js';
import { escapeText } from './bibtex.js';

/**
 * CSL → BibTeX as gbt7714-bibtex-style (`gbt7714-numerical.bst`) reads it, and → BibLaTeX as biblatex-gb7714-2015
 * reads it: the mapping of issue 17, part 1 (not yet the `export --to bibtex|biblatex` default; citation-js's
 * generic mapping stays there until it is). Both styles know `translator`, the GB/T types (`@newspaper`,
 * `@standard`, `@patent`, theses, proceedings, `@online`), `urldate` and `langid`.
 */
export type GbtDialect = 'bibtex' | 'biblatex';

const TYPES: Record<string, { bibtex: string; biblatex: string }> = {
  book: { bibtex: 'book', biblatex: 'book' },
  chapter: { bibtex: 'incollection', biblatex: 'incollection' },
  'article-journal': { bibtex: 'article', biblatex: 'article' },
  'article-magazine': { bibtex: 'article', biblatex: 'article' },
  'article-newspaper': { bibtex: 'newspaper', biblatex: 'newspaper' },
  'paper-conference': { bibtex: 'inproceedings', biblatex: 'inproceedings' },
  report: { bibtex: 'techreport', biblatex: 'report' },
  thesis: { bibtex: 'phdthesis', biblatex: 'thesis' },
  standard: { bibtex: 'standard', biblatex: 'standard' },
  patent: { bibtex: 'patent', biblatex: 'patent' },
  webpage: { bibtex: 'online', biblatex: 'online' },
  dataset: { bibtex: 'misc', biblatex: 'dataset' },
  software: { bibtex: 'misc', biblatex: 'software' },
};

const LANGID: Record<string, string> = { zh: 'chinese', en: 'english' };

/** Text as LaTeX reads it: special characters escaped, one line, no Markdown emphasis left (`*Pax Deum*`). */
export function texText(s: string): string {
  return escapeText(s.replace(/\s*[\r\n]+\s*/g, ' ').replace(/(\*{1,2}|_{1,2})(\S(?:.*?\S)?)\1/g, '$2'));
}

/**
 * A URL in its field: BibTeX's styles print it through `\url`, inside which `%` and `#` must be escaped (an
 * unescaped `#` fails the LaTeX build, `%` comments the rest of the line out); BibLaTeX's `url` is verbatim
 * (biber passes it as is), where only unbalanced braces would break the file.
 */
export function texUrl(url: string, dialect: GbtDialect): string {
  const clean = url.replace(/[{}\s]/g, (c) => encodeURIComponent(c));
  return dialect === 'bibtex' ? clean.replace(/[%#]/g, (c) => `\\${c}`) : clean;
}

/** A name as both styles read it: `Family, Given, Suffix`, a name written as one string in braces (`{[美]大卫·哈维}`). */
export function texName(n: CslName): string {
  const name = nationalityInside(n);
  if (name.literal !== undefined || !name.given) return `{${texText(name.literal ?? name.family ?? '')}}`;
  const family = [name['non-dropping-particle'], name.family].filter(Boolean).join(' ');
  return [family, name.given, name.suffix]
    .filter((p): p is string => !!p)
    .map(texText)
    .join(', ');
}

const names = (list: CslName[] | undefined) => (list?.length ? list.map(texName).join(' and ') : undefined);

/** `2013-01-12`, `2013-01`, `2013`: ISO 8601 from CSL date parts. */
export function isoDate(date: CslDate | undefined): string | undefined {
  const parts = date?.['date-parts']?.[0];
  if (!parts?.length) return undefined;
  return parts.map((p, k) => (k === 0 ? String(p) : String(p).padStart(2, '0'))).join('-');
}

/** A volume as a number where it is one (`8`, `第8卷`), else undefined (the phrase goes to `note`). */
function volumeNumber(v: string | number | undefined): string | undefined {
  if (typeof v === 'number') return String(v);
  return v === undefined ? undefined : /^(?:第\s*)?(\d+)\s*(?:卷|册|辑|编)?$/u.exec(v.trim())?.[1];
}

type Field = [string, string | undefined];

const text = (v: unknown) => (typeof v === 'string' && v.trim() ? texText(v) : undefined);

/** Where the item was published: the host (a chapter's book, a paper's proceedings) or the serial, and the imprint. */
function hostFields(item: CslItem, bib: boolean): Field[] {
  const host = item.type === 'chapter' || item.type === 'paper-conference';
  const thesis = item.type === 'thesis';
  const issuer = thesis ? (bib ? 'school' : 'institution') : item.type === 'report' ? 'institution' : 'publisher';
  return [
    [host ? 'booktitle' : bib ? 'journal' : 'journaltitle', text(item['container-title'])],
    ['edition', text(edition(item.edition))],
    [bib ? 'address' : 'location', text(item['publisher-place'])],
    [issuer, text(item.publisher)],
    ['type', thesis && !bib ? (item.genre?.includes('硕士') ? 'mathesis' : 'phdthesis') : undefined],
  ];
}

/** The fields of one item, in the order written; values are already escaped. */
export function gbtFields(item: CslItem, dialect: GbtDialect): Array<[string, string]> {
  const bib = dialect === 'bibtex';
  const date = isoDate(item.issued);
  const year = item.issued?.['date-parts']?.[0]?.[0];
  const volume = volumeNumber(item.volume);
  const fields: Field[] = [
    ['author', names(item.author)],
    ['editor', names(item.editor)],
    ['translator', names(item.translator)],
    ['title', text(item.title)],
    ...hostFields(item, bib),
    ['year', bib && year !== undefined ? String(year) : undefined],
    // gbt7714-bibtex-style takes a full date (a newspaper's day) from `date`; BibLaTeX's date is the date.
    ['date', bib && !date?.includes('-') ? undefined : date],
    ['volume', volume],
    ['number', text(item.issue) ?? text(item.number)],
    ['pages', typeof item.page === 'string' ? texText(item.page.replace(/\s*[-–—]+\s*/g, '--')) : undefined],
    ['note', item.volume !== undefined && volume === undefined ? text(item.volume) : undefined],
    ['url', item.URL ? texUrl(item.URL, dialect) : undefined],
    ['urldate', isoDate(item.accessed)],
    ['doi', item.DOI ? texUrl(item.DOI, dialect) : undefined],
    ['isbn', text(item.ISBN)],
    ['issn', text(item.ISSN)],
    ['langid', LANGID[(item.language ?? '').slice(0, 2).toLowerCase()]],
  ];
  return fields.filter((f): f is [string, string] => f[1] !== undefined);
}

/** The items as `@type{key, field = {value}, …}` entries for the dialect's GB/T 7714 style. */
export function toGbtBibtex(items: CslItem[], dialect: GbtDialect): string {
  return items
    .map((it) => {
      const type = TYPES[it.type]?.[dialect] ?? 'misc';
      const body = gbtFields(it, dialect).map(([k, v]) => `  ${k} = {${v}},`);
      return `@${type}{${it.id},\n${body.join('\n')}\n}\n`;
    })
    .join('\n');
}
