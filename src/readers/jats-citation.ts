import type { CslItem, CslName } from '../model/csl.js';
import { attr, childrenOf, findAll, localName, tagOf, textBelow, type XNode } from './xml.js';

const TYPES: Record<string, CslItem['type']> = {
  journal: 'article-journal',
  book: 'book',
  chapter: 'chapter',
  'book-chapter': 'chapter',
  confproc: 'paper-conference',
  conference: 'paper-conference',
  thesis: 'thesis',
  report: 'report',
  web: 'webpage',
  webpage: 'webpage',
  patent: 'patent',
  data: 'dataset',
  dataset: 'dataset',
  software: 'software',
  newspaper: 'article-newspaper',
  preprint: 'article',
  standard: 'standard',
};

/** `person-group-type` → the CSL name list it fills; a group without a type lists authors. */
const ROLES: Record<string, 'author' | 'editor' | 'translator' | 'collection-editor'> = {
  author: 'author',
  compiler: 'author',
  inventor: 'author',
  editor: 'editor',
  'guest-editor': 'editor',
  'series-editor': 'collection-editor',
  translator: 'translator',
};

/** Elements that make a `<mixed-citation>` structured data rather than a bare string. */
const STRUCTURE = new Set(['person-group', 'string-name', 'name', 'collab', 'source', 'article-title', 'year']);

const clean = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The elements among some nodes, with their local names. */
function elements(nodes: XNode[]): Array<[string, XNode]> {
  const out: Array<[string, XNode]> = [];
  for (const n of nodes) {
    const tag = tagOf(n);
    if (tag && tag !== '#text') out.push([localName(tag), n]);
  }
  return out;
}

function text(nodes: XNode[], name: string): string | undefined {
  const n = findAll(nodes, name)[0];
  const t = n ? clean(textBelow(childrenOf(n))) : '';
  return t || undefined;
}

/** One `<name>` or a `<string-name>` that marks its parts; a CJK name is kept whole, family first. */
function personName(kids: XNode[]): CslName | null {
  const family = text(kids, 'surname');
  const given = text(kids, 'given-names');
  if (!family && !given) return null;
  if (family && /[\u3400-\u9fff]/u.test(family)) return { literal: `${family}${given ?? ''}` };
  const suffix = text(kids, 'suffix');
  return { ...(family ? { family } : {}), ...(given ? { given } : {}), ...(suffix ? { suffix } : {}) };
}

/** The people of a `<person-group>` (or of a `<mixed-citation>` that lists them without one). */
function names(nodes: XNode[]): CslName[] {
  const out: CslName[] = [];
  for (const [name, c] of elements(nodes)) {
    const kids = childrenOf(c);
    if (name === 'name') {
      const n = personName(kids);
      if (n) out.push(n);
    } else if (name === 'string-name') {
      const literal = clean(textBelow(kids));
      const n = personName(kids);
      if (n) out.push(n);
      else if (literal) out.push({ literal });
    } else if (name === 'collab') {
      const literal = clean(textBelow(kids));
      if (literal) out.push({ literal });
    }
  }
  return out;
}

function setNames(item: CslItem, kids: XNode[]): void {
  for (const g of findAll(kids, 'person-group')) {
    const role = ROLES[(attr(g, 'person-group-type') ?? 'author').toLowerCase()];
    const list = names(childrenOf(g));
    if (role && list.length && !item[role]) item[role] = list;
  }
  if (!item.author) {
    const loose = names(kids);
    if (loose.length) item.author = loose;
  }
}

function setTitles(item: CslItem, kids: XNode[]): void {
  const part = text(kids, 'article-title') ?? text(kids, 'chapter-title') ?? text(kids, 'part-title');
  const source = text(kids, 'source');
  if (part) {
    item.title = part;
    if (source) item['container-title'] = source;
  } else if (source) item.title = source;
}

/** Identifiers and links: `<pub-id>` by type, a DOI link as the DOI, any other link as the URL. */
function setIds(item: CslItem, kids: XNode[]): void {
  for (const id of findAll(kids, 'pub-id')) {
    const t = (attr(id, 'pub-id-type') ?? '').toLowerCase();
    const v = clean(textBelow(childrenOf(id)));
    if (!v) continue;
    if (t === 'doi') item.DOI = v;
    else if (t === 'isbn') item.ISBN = v;
    else if (t === 'pmid') item.PMID = v;
    else if (t === 'pmcid') item.PMCID = v;
  }
  for (const link of [...findAll(kids, 'ext-link'), ...findAll(kids, 'uri')]) {
    const href = attr(link, 'href') ?? clean(textBelow(childrenOf(link)));
    if (!href) continue;
    if ((attr(link, 'ext-link-type') ?? '').toLowerCase() === 'doi')
      item.DOI ??= href.replace(/^https?:\/\/(?:dx\.)?doi\.org\//i, '');
    else item.URL ??= href;
  }
}

/** Volume, issue, pages (an electronic location id where the article has no pages), edition, year. */
function setNumbers(item: CslItem, kids: XNode[]): void {
  const set = (field: string, value: string | undefined) => {
    if (value) item[field] = value;
  };
  set('volume', text(kids, 'volume'));
  set('issue', text(kids, 'issue'));
  set('edition', text(kids, 'edition'));
  const fpage = text(kids, 'fpage');
  const lpage = text(kids, 'lpage');
  if (fpage) item.page = lpage && lpage !== fpage ? `${fpage}-${lpage}` : fpage;
  else set('page', text(kids, 'page-range') ?? text(kids, 'elocation-id'));
  const year = /\d{4}/.exec(text(kids, 'year') ?? '');
  if (year) item.issued = { 'date-parts': [[Number(year[0])]] };
}

/** Publisher and place; an institution publishes what has no publisher (reports, theses, data). */
function setPublisher(item: CslItem, kids: XNode[]): void {
  const publisher = text(kids, 'publisher-name');
  const institution = elements(kids).find(([n]) => n === 'institution');
  if (publisher) item.publisher = publisher;
  else if (institution && item.type !== 'article-journal') {
    const t = clean(textBelow(childrenOf(institution[1])));
    if (t) item.publisher = t;
  }
  const place = text(kids, 'publisher-loc');
  if (place) item['publisher-place'] = place;
}

/** Whether a `<mixed-citation>` marks its parts (authors, title, source, year) or is a bare string. */
export function isStructured(el: XNode): boolean {
  return elements(childrenOf(el)).some(([n]) => STRUCTURE.has(n));
}

/**
 * An `<element-citation>`, or a `<mixed-citation>` that marks its parts, read into CSL-JSON: every field
 * from its element, nothing guessed from punctuation.
 */
export function structuredCitation(el: XNode): CslItem {
  const kids = childrenOf(el);
  const pubType = (attr(el, 'publication-type') ?? attr(el, 'citation-type') ?? 'journal').toLowerCase();
  const item: CslItem = { id: '', type: TYPES[pubType] ?? 'document' };
  setTitles(item, kids);
  setNames(item, kids);
  setNumbers(item, kids);
  setPublisher(item, kids);
  setIds(item, kids);
  const lang = attr(el, 'lang');
  const zh = lang ? /^zh/i.test(lang) : /[\u3400-\u9fff]/u.test((item.title ?? '') + (item['container-title'] ?? ''));
  item.language = zh ? 'zh-CN' : 'en-US';
  return item;
}

/** The names of a CSL list as one line, for the entry's text. */
export function namesLine(list: CslName[] | undefined): string {
  return (list ?? []).map((n) => n.literal ?? [n.family, n.given].filter(Boolean).join(' ')).join(', ');
}
