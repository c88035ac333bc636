import type { CslDate, CslItem, CslName, CslType } from '../model/csl.js';
import type { BibtexTable } from '../model/tables.js';
import { markEtAl, nationalityOutside } from '../parse/names.js';
import { parseNames } from './bib-names.js';
import type { BibEntry } from './bib-syntax.js';
import { TexToText } from './bib-tex.js';

const HAN = /[\u3400-\u9fff]/u;
const NAME_FIELDS = ['author', 'editor', 'editora', 'editorb', 'editorc', 'translator', 'bookauthor'] as const;

/** An entry's `xdata` entries and its `crossref` parent, by key (BibTeX compares keys case-insensitively). */
function parentsOf(e: BibEntry, byKey: Map<string, BibEntry>): { xdata: BibEntry[]; crossref?: BibEntry } {
  const find = (k: string) => {
    const p = byKey.get(k.trim().toLowerCase());
    return p === e ? undefined : p;
  };
  const xdata = (e.fields.get('xdata') ?? '').split(',').flatMap((k) => find(k) ?? []);
  const crossref = find(e.fields.get('crossref') ?? '');
  return crossref ? { xdata, crossref } : { xdata };
}

/** One entry's fields with those of its parents, whose own are `done` (a parent not done is in a loop, cut). */
function withParents(
  e: BibEntry,
  parents: { xdata: BibEntry[]; crossref?: BibEntry },
  done: Map<BibEntry, Map<string, string>>,
  table: BibtexTable,
): Map<string, string> {
  if (!parents.xdata.length && !parents.crossref) return e.fields;
  const skip = new Set(table.crossref.skip);
  const fields = new Map(e.fields);
  for (const x of parents.xdata)
    for (const [k, v] of done.get(x) ?? []) if (!skip.has(k) && !fields.has(k)) fields.set(k, v);
  const parent = parents.crossref;
  if (!parent) return fields;
  const renamed: Record<string, string[]> = {};
  for (const pair of table.crossref.pairs)
    if (pair.sources.includes(parent.type) && pair.targets.includes(e.type)) Object.assign(renamed, pair.fields);
  for (const [k, v] of done.get(parent) ?? []) {
    if (skip.has(k)) continue;
    for (const to of renamed[k] ?? [k]) if (!fields.has(to)) fields.set(to, v);
  }
  return fields;
}

/**
 * Each entry's fields with what it inherits, as biber does: every field of its `xdata` entries, then of
 * its `crossref` parent that it lacks, except the parent's own identity (`ids`, `crossref`, `label` …);
 * between the type pairs of biblatex's default setup, fields under another name (a `@book`'s `title` is
 * an `@inbook`'s `booktitle`). Parents inherit before their children, through an explicit stack (no
 * chain exhausts the call stack); a loop is cut where it closes.
 */
export function inherit(entries: BibEntry[], table: BibtexTable): Map<BibEntry, Map<string, string>> {
  const byKey = new Map<string, BibEntry>();
  for (const e of entries) if (!byKey.has(e.key.toLowerCase())) byKey.set(e.key.toLowerCase(), e);
  const done = new Map<BibEntry, Map<string, string>>();
  const onPath = new Set<BibEntry>();
  for (const start of entries) {
    const stack = [start];
    while (stack.length) {
      const e = stack[stack.length - 1]!;
      if (done.has(e)) {
        stack.pop();
        onPath.delete(e);
        continue;
      }
      onPath.add(e);
      const parents = parentsOf(e, byKey);
      const pending = [...parents.xdata, ...(parents.crossref ? [parents.crossref] : [])].filter(
        (p) => !done.has(p) && !onPath.has(p),
      );
      if (pending.length) stack.push(...pending);
      else done.set(e, withParents(e, parents, done, table));
    }
  }
  return done;
}

/** A `date`-like field (ISO 8601 / EDTF: `2019-03-04`, `2019-03`, `2019/2020`) as a CSL date. */
function isoDate(value: string): CslDate {
  const parts = value.split('/').map((p) => {
    const [y, m, d] = p
      .split('T')[0]!
      .replace(/[?~%]+$/, '')
      .split('-');
    const month = Number(m);
    // Months 21–24 are EDTF's seasons, not months.
    if (!month || month > 12) return [Number(y)];
    return Number(d) ? [Number(y), month, Number(d)] : [Number(y), month];
  });
  return parts.every((p) => Number.isInteger(p[0]) && p[0]! > 0) ? { 'date-parts': parts } : { literal: value };
}

/** The month (and day) of a `month` field: `3`, `March`, `mar`, `January 12`, `12 jan`. */
function monthDay(value: string, months: Map<string, number>): number[] {
  const words = value
    .toLowerCase()
    .split(/[\s.,]+/u)
    .filter(Boolean);
  const named = words.findIndex((w) => months.has(w));
  const month = named === -1 ? Number(words[0]) : months.get(words[named]!)!;
  const day = Number(named === -1 ? words[1] : words.find((w, k) => k !== named && /^\d{1,2}$/.test(w)));
  if (!Number.isInteger(month) || month < 1 || month > 12) return [];
  return Number.isInteger(day) && day >= 1 && day <= 31 ? [month, day] : [month];
}

/** An entry's fields as text read through TeX, or verbatim (a URL, a DOI) with only LaTeX's escapes undone. */
class Fields {
  constructor(
    readonly type: string,
    private readonly raw: Map<string, string>,
    private readonly tex: TexToText,
  ) {}

  text(name: string): string | undefined {
    const v = this.raw.get(name);
    const t = v === undefined ? '' : this.tex.text(v);
    return t || undefined;
  }

  verbatim(name: string): string | undefined {
    const v = this.raw
      .get(name)
      ?.trim()
      .replace(/\\([%#&_$~{}])/g, '$1');
    return v || undefined;
  }

  rawValue(name: string): string | undefined {
    return this.raw.get(name);
  }
}

export class BibToCsl {
  private readonly tex: TexToText;
  private readonly months = new Map<string, number>();
  private readonly fields: Array<[string, string]>;

  constructor(private readonly table: BibtexTable) {
    this.tex = new TexToText(table);
    this.fields = Object.entries(table.fields);
    Object.entries(table.months).forEach(([abbr, name], k) => {
      for (const w of [abbr, name.toLowerCase(), ...(abbr === 'sep' ? ['sept'] : [])]) this.months.set(w, k + 1);
    });
  }

  /** One entry, its fields inherited, as a CSL item keyed by its citation key. */
  item(entry: BibEntry, raw: Map<string, string>): CslItem {
    const f = new Fields(entry.type, raw, this.tex);
    const item: CslItem = { id: entry.key, 'citation-key': entry.key, ...this.typeOf(f) };
    const title = f.text('title');
    if (title !== undefined) item.title = [title, f.text('subtitle')].filter(Boolean).join(': ');
    const container = this.containerOf(f);
    if (container !== undefined) item['container-title'] = container;
    for (const [from, to] of this.fields) {
      const v = f.text(from);
      if (v !== undefined && item[to] === undefined) item[to] = v;
    }
    this.addPeople(f, item);
    Object.assign(item, this.imprint(f), this.dates(f), this.identifiers(f));
    item.language = this.language(f, title ?? '');
    return item;
  }

  private typeOf(f: Fields): { type: CslType; genre?: string } {
    const subtype = f.text('entrysubtype')?.toLowerCase();
    const type =
      (subtype && f.type === 'article' ? this.table.subtypes[subtype] : undefined) ?? this.table.types[f.type];
    const genre = f.text('type') ?? this.table.impliedGenre[f.type];
    return { type: (type ?? 'document') as CslType, ...(genre ? { genre } : {}) };
  }

  /** The serial or the host: a journal (or newspaper), a chapter's book, a paper's proceedings, a volume's work. */
  private containerOf(f: Fields): string | undefined {
    const titled = (main: string, sub: string) => {
      const t = f.text(main);
      return t === undefined ? undefined : [t, f.text(sub)].filter(Boolean).join(': ');
    };
    return (
      titled('journaltitle', 'journalsubtitle') ??
      f.text('journal') ??
      titled('booktitle', 'booksubtitle') ??
      titled('maintitle', 'mainsubtitle')
    );
  }

  /** The name lists by CSL role (an editor by its `editortype`) into `item`, and which were cut short (`and others`). */
  private addPeople(f: Fields, item: CslItem): void {
    for (const field of NAME_FIELDS) {
      const raw = f.rawValue(field);
      if (!raw?.trim()) continue;
      const role =
        field === 'bookauthor' ? 'container-author' : field.startsWith('editor') ? this.role(f, field) : field;
      const { names, etAl } = parseNames(raw, this.tex);
      const before = (item[role] as CslName[] | undefined) ?? [];
      if (names.length) item[role] = [...before, ...names.map(nationalityOutside)];
      if (etAl) markEtAl(item, role);
    }
  }

  /** The CSL role of an editor list by its type (`editortype = {compiler}`); an editor without one. */
  private role(f: Fields, field: string): string {
    const type = f.text(`${field}type`)?.toLowerCase();
    return (type && this.table.editorRoles[type]) || 'editor';
  }

  /** Publisher (a thesis's school, a report's institution), place, and the number: an issue, a series number or the number. */
  private imprint(f: Fields): Partial<CslItem> {
    const out: Partial<CslItem> = {};
    const howpublished = f.text('howpublished');
    const publisher =
      f.text('publisher') ??
      f.text('institution') ??
      f.text('school') ??
      f.text('organization') ??
      (howpublished && !/^https?:/.test(howpublished) ? howpublished : undefined);
    if (publisher !== undefined) out.publisher = publisher;
    const place = f.text('location') ?? f.text('address');
    if (place !== undefined) out['publisher-place'] = place;
    const number = f.text('number');
    const numberAs = this.table.numberAs[f.type] ?? 'number';
    if (number !== undefined) out[numberAs] = number;
    const issue = f.text('issue');
    if (issue !== undefined && out.issue === undefined) out.issue = issue;
    const pages = f.text('pages');
    if (pages !== undefined) out.page = pages.replace(/[–—]/g, '-');
    const note = f.text('note') ?? f.text('addendum');
    if (note !== undefined) out.note = note;
    return out;
  }

  private dates(f: Fields): Partial<CslItem> {
    const out: Partial<CslItem> = {};
    const date = f.text('date');
    const year = f.text('year');
    if (date !== undefined) out.issued = isoDate(date);
    else if (year !== undefined) {
      const month = f.text('month');
      const day = Number(f.text('day'));
      const md = month === undefined ? [] : monthDay(day ? `${month} ${day}` : month, this.months);
      out.issued = /^\d{1,4}$/.test(year) ? { 'date-parts': [[Number(year), ...md]] } : { literal: year };
    }
    for (const [from, to] of [
      ['urldate', 'accessed'],
      ['origdate', 'original-date'],
      ['eventdate', 'event-date'],
    ] as const) {
      const v = f.text(from);
      if (v !== undefined) out[to] = isoDate(v);
    }
    return out;
  }

  private identifiers(f: Fields): Partial<CslItem> {
    const out: Partial<CslItem> = {};
    const doi = f.verbatim('doi');
    if (doi !== undefined) out.DOI = doi;
    const howpublished = f.verbatim('howpublished');
    // A URL given only in `howpublished` (`\url{…}`), for the BibTeX styles that know no `url` field.
    const url = f.verbatim('url') ?? /https?:\/\/[^\s}]+/.exec(howpublished ?? '')?.[0];
    if (url !== undefined) out.URL = url;
    const eprintType = (f.text('eprinttype') ?? f.text('archiveprefix'))?.toLowerCase();
    const eprint = f.verbatim('eprint');
    if (eprint !== undefined && eprintType === 'pubmed') out.PMID = eprint;
    return out;
  }

  /** BCP 47 from `langid`, `language` or `hyphenation` (`chinese` → `zh-CN`); else Chinese when the title is. */
  private language(f: Fields, title: string): string {
    for (const field of ['langid', 'language', 'hyphenation']) {
      const tag = this.table.languages[f.text(field)?.toLowerCase() ?? ''];
      if (tag) return tag;
    }
    return HAN.test(title) ? 'zh-CN' : 'en-US';
  }
}
