import { InputError } from '../util/errors.js';
import type { CslItem, CslName } from '../model/csl.js';
import type { Document } from '../model/document.js';
import { scanManuscript } from '../notes/scan.js';
import { decodeText } from './decode.js';
import { asBodyLine } from './layout.js';
import { attr, childrenOf, findAll, localName, parseXml, tagOf, textBelow, type XNode } from './xml.js';

export const extensions = ['.xml', '.jats', '.nxml'];

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
  newspaper: 'article-newspaper',
  preprint: 'article',
  standard: 'standard',
};

/** All text below a node; `onXref` decides what a cross-reference becomes, `skip` drops elements. */
function textOf(nodes: XNode[], onXref?: (n: XNode) => string | null, skip: Set<string> = new Set()): string {
  return textBelow(nodes, (name, n) => {
    if (skip.has(name)) return '';
    if (name === 'xref' && onXref) return onXref(n) ?? undefined;
    return undefined;
  });
}

function first(nodes: XNode[], name: string): XNode | undefined {
  return findAll(nodes, name)[0];
}

function text(nodes: XNode[], name: string): string | undefined {
  const n = first(nodes, name);
  const t = n ? textOf(childrenOf(n)).replace(/\s+/g, ' ').trim() : '';
  return t || undefined;
}

function names(group: XNode): CslName[] {
  const out: CslName[] = [];
  for (const c of childrenOf(group)) {
    const tag = tagOf(c);
    if (!tag || tag === '#text') continue;
    const name = localName(tag);
    const kids = childrenOf(c);
    if (name === 'name') {
      const family = text(kids, 'surname');
      const given = text(kids, 'given-names');
      // A CJK name is one person written family-first: keep it whole as the rest of citeaudit does.
      if (family && /[\u3400-\u9fff]/u.test(family)) out.push({ literal: `${family}${given ?? ''}` });
      else out.push({ ...(family ? { family } : {}), ...(given ? { given } : {}) });
    } else if (name === 'string-name' || name === 'collab') {
      out.push({ literal: textOf(kids).replace(/\s+/g, ' ').trim() });
    }
  }
  return out;
}

/** `<element-citation>`: structured fields read directly into CSL-JSON, nothing guessed. */
export function elementCitation(el: XNode): CslItem {
  const kids = childrenOf(el);
  const pubType = attr(el, 'publication-type') ?? attr(el, 'citation-type') ?? 'journal';
  const type = TYPES[pubType] ?? 'document';
  const item: CslItem = { id: '', type };
  const articleTitle = text(kids, 'article-title') ?? text(kids, 'chapter-title') ?? text(kids, 'part-title');
  const source = text(kids, 'source');
  if (articleTitle) {
    item.title = articleTitle;
    if (source) item['container-title'] = source;
  } else if (source) item.title = source;
  for (const g of findAll(kids, 'person-group')) {
    const role = attr(g, 'person-group-type') ?? 'author';
    const list = names(g);
    if (!list.length) continue;
    if (role === 'editor') item.editor = list;
    else if (role === 'translator') item.translator = list;
    else if (role === 'author' || role === 'compiler' || role === 'inventor') item.author = list;
  }
  const year = text(kids, 'year');
  if (year && /\d{4}/.test(year)) item.issued = { 'date-parts': [[Number(/\d{4}/.exec(year)![0])]] };
  const set = (field: string, value: string | undefined) => {
    if (value) item[field] = value;
  };
  set('volume', text(kids, 'volume'));
  set('issue', text(kids, 'issue'));
  set('publisher', text(kids, 'publisher-name'));
  set('publisher-place', text(kids, 'publisher-loc'));
  set('edition', text(kids, 'edition'));
  const fpage = text(kids, 'fpage');
  const lpage = text(kids, 'lpage');
  if (fpage) item.page = lpage ? `${fpage}-${lpage}` : fpage;
  else set('page', text(kids, 'page-range'));
  for (const id of findAll(kids, 'pub-id')) {
    const t = (attr(id, 'pub-id-type') ?? '').toLowerCase();
    const v = textOf(childrenOf(id)).trim();
    if (t === 'doi') item.DOI = v;
    else if (t === 'isbn') item.ISBN = v;
    else if (t === 'pmid') item.PMID = v;
  }
  const link = first(kids, 'ext-link') ?? first(kids, 'uri');
  if (link) set('URL', attr(link, 'href') ?? textOf(childrenOf(link)).trim());
  const lang = attr(el, 'lang');
  const zh = lang ? /^zh/i.test(lang) : /[\u3400-\u9fff]/u.test((item.title ?? '') + (item['container-title'] ?? ''));
  item.language = zh ? 'zh-CN' : 'en-US';
  return item;
}

/**
 * JATS articles: notes (`<fn>`, linked by `<xref ref-type="fn">`) and the reference list (`<ref>` with
 * `<element-citation>`, read as structured data, or `<mixed-citation>`, read as text and parsed),
 * cited by `<xref ref-type="bibr">`. Laid out as Markdown like every other manuscript.
 */
export async function readJats(path: string, bytes: Uint8Array, encoding?: string): Promise<Document> {
  const decoded = decodeText(bytes, path, encoding);
  const root = await parseXml(decoded.text, path, 'XML');
  const article = findAll(root, 'article')[0];
  if (!article) throw new InputError(path, 'not a JATS article (no <article> element)');
  const kids = childrenOf(article);

  const refs = findAll(kids, 'ref');
  const refNumber = new Map<string, number>();
  refs.forEach((r, k) => refNumber.set(attr(r, 'id') ?? `ref-${k + 1}`, k + 1));
  const fns = findAll(kids, 'fn');
  const fnLabel = new Map<string, string>();
  fns.forEach((f, k) => fnLabel.set(attr(f, 'id') ?? `fn-${k + 1}`, text(childrenOf(f), 'label') ?? String(k + 1)));

  const onXref = (x: XNode): string | null => {
    const type = attr(x, 'ref-type');
    const rids = (attr(x, 'rid') ?? '').split(/\s+/).filter(Boolean);
    if (type === 'fn') return rids.map((r) => `[^${r}]`).join('');
    if (type === 'bibr') {
      const nums = rids.map((r) => refNumber.get(r)).filter((n): n is number => n !== undefined);
      return nums.length ? `[${nums.join(',')}]` : null;
    }
    return null;
  };
  const body = findAll(kids, 'body')[0];
  const paragraphs = body ? findAll(childrenOf(body), 'p') : [];
  const lines = paragraphs
    .map((p) =>
      textOf(childrenOf(p), onXref, new Set(['fn']))
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .filter(Boolean)
    .map(asBodyLine);
  const notes = fns.map((f, k) => {
    const id = attr(f, 'id') ?? `fn-${k + 1}`;
    return `[^${id}]: ${textOf(childrenOf(f), undefined, new Set(['label']))
      .replace(/\s+/g, ' ')
      .trim()}`;
  });
  const structured = new Map<number, CslItem>();
  const list = refs.map((r, k) => {
    const el = first(childrenOf(r), 'element-citation') ?? first(childrenOf(r), 'nlm-citation');
    if (el) {
      const item = elementCitation(el);
      structured.set(k + 1, item);
      return `[${k + 1}] ${[names2(item.author), item.title, item['container-title'], item.issued?.['date-parts']?.[0]?.[0]].filter(Boolean).join('. ')}`;
    }
    const mixed = first(childrenOf(r), 'mixed-citation') ?? first(childrenOf(r), 'citation');
    return `[${k + 1}] ${(mixed ? textOf(childrenOf(mixed)) : textOf(childrenOf(r))).replace(/\s+/g, ' ').trim()}`;
  });
  const textOut =
    [...lines, '', ...(list.length ? ['## References', '', ...list] : []), '', ...notes].join('\n\n') + '\n';
  const scan = scanManuscript(textOut, { markdown: true });
  for (const n of scan.notes) {
    const id = n.label;
    n.source = { part: 'fn', id };
    n.label = fnLabel.get(id) ?? id;
    n.style = 'footnote';
  }
  for (const m of scan.markers) if (m.label.startsWith('^')) m.label = fnLabel.get(m.label.slice(1)) ?? m.label;
  for (const e of scan.entries) {
    const item = e.number !== undefined ? structured.get(e.number) : undefined;
    if (item) e.item = item;
  }
  return { path, format: 'jats', encoding: decoded.encoding, text: textOut, ...scan };
}

function names2(list: CslName[] | undefined): string {
  return (list ?? []).map((n) => n.literal ?? [n.family, n.given].filter(Boolean).join(' ')).join(', ');
}
