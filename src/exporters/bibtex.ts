import type { CslDate, CslItem, CslName } from '../model/csl.js';
import type { BibtexTable, BibtexTypesTable } from '../model/tables.js';
import { nationalityInside } from '../parse/names.js';
import { dataTable } from '../util/data-table.js';
import { hasCjk } from '../util/normalize.js';
import { once } from '../util/once.js';
import { renderLanguage } from './csl/language.js';
import { bookKind, edition } from './csl/prepare-gbt.js';
import { type BibDialect, texText, texTitle, texUrl } from './latex.js';

/** data/bibtex-types.json, read on first use (the .bib reader's table, data/bibtex.json, maps the other way). */
const tables = () => dataTable('bibtex-types') as BibtexTypesTable;

type Field = [string, string | undefined];

const text = (v: unknown): string | undefined =>
  (typeof v === 'string' && v.trim()) || typeof v === 'number' ? texText(String(v).trim()) : undefined;

/** A part of a name, in braces where BibTeX would split it (`Smith and Sons`, a comma). */
const part = (s: string) => (/,|\sand\s/i.test(s) ? `{${texText(s)}}` : texText(s));

/**
 * A name as both styles read it: `von Family, Given` or `Family, Suffix, Given` (`Peebles, Jr., Peyton Z.`); a name
 * written as one string in braces (`{[美]大卫·哈维}`, `{American Chemical Society}`), so that it stays whole.
 */
export function texName(n: CslName): string {
  const name = nationalityInside(n);
  if (name.literal !== undefined || !name.given) return `{${texText(name.literal ?? name.family ?? '')}}`;
  const particle = name['non-dropping-particle'];
  const family = [particle && texText(particle), part(name.family ?? '')].filter(Boolean).join(' ');
  return [family, name.suffix && part(name.suffix), part(name.given)].filter(Boolean).join(', ');
}

/** A name list, ending `and others` where the source cut it short with 等 or et al. (`x-et-al` names the list). */
function names(item: CslItem, role: string, list: CslName[] | undefined): string | undefined {
  if (!list?.length) return undefined;
  const cut = typeof item['x-et-al'] === 'string' && item['x-et-al'].split(/\s+/).includes(role);
  return list.map(texName).join(' and ') + (cut ? ' and others' : '');
}

const HOSTED = new Set(['incollection', 'inproceedings', 'inbook', 'inreference']);
const SERIAL = new Set(['article', 'newspaper', 'periodical']);

/** The entry type: GB/T's kinds of a CSL `book` (proceedings, compilations, serials), the kind of thesis. */
export function entryType(item: CslItem, dialect: BibDialect): string {
  if (item.type === 'thesis' && dialect === 'bibtex' && thesisKind(item) === 'mathesis') return 'mastersthesis';
  const kind = bookKind(item, renderLanguage(item).startsWith('en'));
  return tables().types[kind ?? item.type]?.[dialect] ?? 'misc';
}

function thesisKind(item: CslItem): 'mathesis' | 'phdthesis' | undefined {
  const genre = (item.genre ?? '').toLowerCase();
  const kinds = tables().thesisKinds;
  // The kind itself is a genre too: the one the .bib reader gives a `@mastersthesis` (bibtex.json `impliedGenre`).
  return (['mathesis', 'phdthesis'] as const).find((k) => genre === k || kinds[k].some((w) => genre.includes(w)));
}

/**
 * An `@article`'s `entrysubtype` (`magazine`, `newspaper`): biblatex's way of telling a magazine's or a newspaper's
 * article from a journal's, which biblatex-gb7714-2015 prints [N] for a newspaper. Its values are the .bib reader's
 * `subtypes` (bibtex.json) read the other way (the first, where two are read as one type), so that the item is
 * read back as the CSL type it was written from; the dialects that write it are bibtex-types.json's (BibTeX's
 * styles read none for a magazine: data/README.md).
 */
const subtypes = once(() => {
  const bySubtype = Object.entries((dataTable('bibtex') as BibtexTable).subtypes);
  return new Map(bySubtype.reverse().map(([subtype, cslType]) => [cslType, subtype]));
});

function entrysubtype(item: CslItem, dialect: BibDialect, type: string): string | undefined {
  return type === 'article' && tables().entrysubtypeDialects.includes(dialect) ? subtypes().get(item.type) : undefined;
}

/** Who: authors, editors (in BibTeX a chapter's host's author is its editor, as GB/T prints it), translators. */
function people(item: CslItem, dialect: BibDialect, type: string): Field[] {
  const host = item['container-author'];
  const editors = item.editor?.length ? item.editor : dialect === 'bibtex' && HOSTED.has(type) ? host : undefined;
  return [
    ['author', names(item, 'author', item.author)],
    ['bookauthor', type === 'inbook' ? names(item, 'container-author', host) : undefined],
    ['editor', names(item, 'editor', editors)],
    ['translator', names(item, 'translator', item.translator)],
  ];
}

/** `2013-01-12`, `2013-01`, `2013`: ISO 8601 from CSL date parts. */
export function isoDate(date: CslDate | undefined): string | undefined {
  const parts = date?.['date-parts']?.[0];
  if (!parts?.length || parts[0] === '') return undefined;
  return parts.map((p, k) => (k === 0 ? String(p) : String(p).padStart(2, '0'))).join('-');
}

/** A date printed as more than a year and not ISO 8601 (`1865（清同治四年）`, `c1988`, `[1936]`). */
function printedDate(date: CslDate | undefined): string | undefined {
  const given = (date?.literal ?? date?.raw)?.trim();
  return given && !/^\d{4}(?:-\d\d){0,2}$/.test(given) ? given : undefined;
}

/**
 * The date: in BibTeX `year` and, where it has a month, `date` (the GB/T style prints a newspaper's or a patent's
 * day from it); in BibLaTeX `date`, ISO 8601. A date printed as more than a year is BibTeX's `year` as printed,
 * and BibLaTeX's `year` in place of a `date` (which must be ISO 8601).
 */
function dates(item: CslItem, dialect: BibDialect): Field[] {
  const iso = isoDate(item.issued);
  const printed = text(printedDate(item.issued));
  if (dialect === 'bibtex')
    return [
      ['year', printed ?? iso?.split('-')[0]],
      ['date', iso?.includes('-') ? iso : undefined],
    ];
  return printed ? [['year', printed]] : [['date', iso]];
}

/**
 * A serial's holdings as GB/T 7714 writes them (`1984, 1(1)-`, `1957(1)-1990(4)`: from year, volume and issue to
 * year, volume and issue) in the fields both styles print them from: the years, volumes and issues as ranges.
 */
function holdings(item: CslItem, dialect: BibDialect): Field[] | undefined {
  const m = /^(\d{4})(?:\s*,\s*(\d+))?\s*\((\d+)\)\s*-\s*(?:(\d{4})(?:\s*,\s*(\d+))?\s*\((\d+)\))?$/u.exec(
    String(item.volume ?? '').trim(),
  );
  if (!m) return undefined;
  const range = (a: string | undefined, b: string | undefined) => (a ? `${a}-${b ?? ''}` : undefined);
  return [
    ['volume', range(m[2], m[5])],
    ['number', range(m[3], m[6])],
    [dialect === 'bibtex' ? 'year' : 'date', `${m[1]!}/${m[4] ?? ''}`],
  ];
}

/** An edition as the style prints it: a number (`Fourth`, `4th ed.` → `4`); BibTeX adds `ed.` to an English phrase. */
function editionField(item: CslItem, dialect: BibDialect): string | undefined {
  const e = edition(item.edition);
  if (e === undefined || e === '') return undefined;
  const s = String(e).trim();
  return text(dialect === 'bibtex' && !hasCjk(s) ? s.replace(/\s*\b(?:ed\.?|edition)$/i, '') || s : s);
}

/**
 * A book's volume: a number where it is one (`8`, `第8卷`, `Vol. 8`), which both styles print as 第 8 卷 or
 * Vol. 8. A phrase (`第 1 册`, `上册`, `2011 年卷`) BibTeX's GB/T style prints as written; biblatex-gb7714-2015
 * would wrap `volume` in 第…卷, so there a host's 第 N 册 is `number` and any other phrase follows the title it
 * belongs to (`titleaddon`, `booktitleaddon`).
 */
function volumes(item: CslItem, dialect: BibDialect, type: string): Field[] {
  const v = item.volume === undefined ? '' : String(item.volume).trim();
  const number: Field = ['number', text(item.issue) ?? text(item.number)];
  if (type === 'periodical') return holdings(item, dialect) ?? [['volume', text(v)], number];
  if (!v || SERIAL.has(type)) return [['volume', text(v)], number];
  const n = /^(?:第\s*(\d+)\s*卷|(?:vol(?:ume)?\.?\s*)?(\d+))$/iu.exec(v);
  if (n) return [['volume', n[1] ?? n[2]], number];
  if (dialect === 'bibtex') return [['volume', text(v)], number];
  const book = /^第\s*(\d+)\s*册$/u.exec(v)?.[1];
  if (HOSTED.has(type) && book && !number[1]) return [['number', book]];
  return [[HOSTED.has(type) ? 'booktitleaddon' : 'titleaddon', text(v)], number];
}

/** The title, and where the item was published: its host (a chapter's book, a paper's proceedings) or serial. */
function titles(item: CslItem, dialect: BibDialect, type: string): Field[] {
  const container = item['container-title'];
  const title = (v: string | undefined) => (v?.trim() ? texTitle(v.trim()) : undefined);
  return [
    ['title', title(item.title)],
    ['booktitle', SERIAL.has(type) ? undefined : title(container)],
    [dialect === 'bibtex' ? 'journal' : 'journaltitle', SERIAL.has(type) ? text(container) : undefined],
    ['series', title(item['collection-title'])],
  ];
}

/** A value of a BibLaTeX list field (`publisher`, `location`), in braces where `and` would split it. */
function list(v: string | undefined, dialect: BibDialect): string | undefined {
  const t = text(v);
  return t && dialect === 'biblatex' && /\sand\s/i.test(t) ? `{${t}}` : t;
}

/** The imprint: the place (a patent's country), the publisher (a thesis's school, a report's institution). */
function imprint(item: CslItem, dialect: BibDialect): Field[] {
  const bib = dialect === 'bibtex';
  const thesis = item.type === 'thesis';
  const issuer = thesis ? (bib ? 'school' : 'institution') : item.type === 'report' ? 'institution' : 'publisher';
  const country = item.type === 'patent' && typeof item.jurisdiction === 'string' ? item.jurisdiction : undefined;
  const place = country ?? item['publisher-place'];
  const kind = thesis && !bib ? (thesisKind(item) ?? text(item.genre)) : undefined;
  return [
    ['edition', editionField(item, dialect)],
    [bib ? 'address' : 'location', list(place, dialect)],
    [issuer, list(item.publisher, dialect)],
    ['type', kind],
  ];
}

/** Where it is online: the URL (not when it only links the DOI, which is printed as DOI), its access date, the DOI. */
function online(item: CslItem): Field[] {
  const doiLink = /^https?:\/\/(?:dx\.)?doi\.org\//i.test(item.URL ?? '');
  return [
    ['url', item.URL && !(doiLink && item.DOI) ? texUrl(item.URL) : undefined],
    ['urldate', isoDate(item.accessed)],
    ['doi', item.DOI ? texUrl(item.DOI) : undefined],
  ];
}

/**
 * The `langid` of each language the GB/T styles read (bibtex-types.json), found by its name or by the language
 * subtag of its BCP 47 tag as the .bib reader reads the name (bibtex.json: `chinese` is `zh-CN`, so `zh`).
 */
const langids = once(() => {
  const { languages } = dataTable('bibtex') as BibtexTable;
  const ids = new Map<string, string>();
  for (const name of tables().langids) {
    const tag = languages[name];
    if (!tag) throw new Error(`data/bibtex-types.json: langid '${name}' is no language of data/bibtex.json`);
    ids.set(name, name).set(tag.split('-')[0]!.toLowerCase(), name);
  }
  return ids;
});

/** The `langid` for an item's BCP-47 `language` (`zh-CN` → chinese) or a language named as in BibTeX. */
function langid(item: CslItem): string | undefined {
  const tag = (item.language ?? '').trim().toLowerCase();
  return langids().get(tag) ?? langids().get(tag.split(/[-_]/)[0] ?? '');
}

/** The fields of one item, in the order written; values are escaped. */
export function bibFields(item: CslItem, dialect: BibDialect): Array<[string, string]> {
  const type = entryType(item, dialect);
  const fields: Field[] = [
    ['entrysubtype', entrysubtype(item, dialect, type)],
    ...people(item, dialect, type),
    ...titles(item, dialect, type),
    ...volumes(item, dialect, type),
    ...imprint(item, dialect),
    ...(type === 'periodical' && holdings(item, dialect) ? [] : dates(item, dialect)),
    ['pages', typeof item.page === 'string' || typeof item.page === 'number' ? pages(String(item.page)) : undefined],
    ['note', text(item.note)],
    ...online(item),
    ['isbn', text(item.ISBN)],
    ['issn', text(item.ISSN)],
    ['langid', langid(item)],
  ];
  return fields.filter((f): f is [string, string] => f[1] !== undefined && f[1] !== '');
}

/** A page range with BibTeX's `--`. */
const pages = (p: string) => texText(p.replace(/\s*[-–—]+\s*/g, '--'));

/**
 * BibTeX keys: letters (any script), digits and `_ - : . / +`, anything else replaced by `_`; a key already used
 * gets `-2`, `-3`….
 */
function bibKeys(items: CslItem[]): string[] {
  const seen = new Set<string>();
  return items.map((it, k) => {
    const base = it.id.replace(/[^\p{L}\p{N}_\-:./+]/gu, '_') || `ref${k + 1}`;
    let key = base;
    for (let n = 2; seen.has(key); n++) key = `${base}-${n}`;
    seen.add(key);
    return key;
  });
}

/**
 * CSL → BibTeX as gbt7714-bibtex-style (`gbt7714-numerical.bst`) reads it, and → BibLaTeX as biblatex-gb7714-2015
 * reads it (both are read by the generic styles too): translators, editors, `and others` for a list cut short,
 * name suffixes, the nationality marker inside the name; chapters and papers in their host with its editors; the
 * GB/T types with what each prints (a standard's number, a patent's country, a thesis's school and kind);
 * `urldate`; ISO 8601 dates; `langid`, never a free-text `language`; no Markdown left in a title.
 *
 * The items as `@type{key, field = {value}, …}` entries, keys from their ids.
 */
export function toBibtex(items: CslItem[], dialect: BibDialect = 'bibtex'): string {
  const keys = bibKeys(items);
  return items
    .map((it, k) => {
      const body = bibFields(it, dialect).map(([f, v]) => `  ${f} = {${v}},`);
      return `@${entryType(it, dialect)}{${keys[k]!},\n${body.join('\n')}\n}\n`;
    })
    .join('\n');
}
