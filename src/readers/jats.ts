import { InputError } from '../util/errors.js';
import type { CslItem } from '../model/csl.js';
import type { Document } from '../model/document.js';
import { isReferenceHeading } from '../notes/reference-list.js';
import { scanManuscript } from '../notes/scan.js';
import { decodeText } from './decode.js';
import { isStructured, namesLine, structuredCitation } from './jats-citation.js';
import { asBodyLine } from './layout.js';
import { markup } from './markup.js';
import { attr, childrenOf, findAll, localName, parseXml, tagOf, textBelow, type XNode } from './xml.js';

export const extensions = ['.xml', '.jats', '.nxml'];

const clean = (s: string) => s.replace(/\s+/g, ' ').trim();

/** What the walk over an article needs: which xrefs become markers, which elements are left out. */
interface Reading {
  onXref: (n: XNode) => string | undefined;
  skipped: Set<string>;
  blocks: Set<string>;
  abstracts: string[];
  front: Set<string>;
}

/** The text of one paragraph-like element: cross-references as markers, notes and math left out. */
function blockText(nodes: XNode[], r: Reading): string {
  return clean(
    textBelow(nodes, (name, n) => {
      if (r.skipped.has(name)) return '';
      // Paragraphs inside a note or a table cell are kept apart by a space.
      if (name === 'p') return ` ${blockText(childrenOf(n), r)} `;
      return name === 'xref' ? r.onXref(n) : undefined;
    }),
  );
}

/**
 * The paragraphs of an article in reading order: abstracts, body, back matter and sub-articles, with
 * captions, table cells and boxed text, each paragraph-like element one line. Of the front matter only the
 * abstracts are read; reference lists, notes and author notes are read apart.
 */
function paragraphs(nodes: XNode[], r: Reading, out: string[] = []): string[] {
  for (const n of nodes) {
    const tag = tagOf(n);
    if (!tag || tag === '#text') continue;
    const name = localName(tag);
    if (r.skipped.has(name)) continue;
    if (r.front.has(name)) {
      for (const a of r.abstracts) for (const abs of findAll(childrenOf(n), a)) paragraphs(childrenOf(abs), r, out);
    } else if (r.blocks.has(name)) {
      const t = blockText(childrenOf(n), r);
      if (t) out.push(t);
    } else paragraphs(childrenOf(n), r, out);
  }
  return out;
}

/**
 * The footnotes that can cite: `<fn>` anywhere but in author notes, table footers and the groups of
 * contributions, conflicts and funding, and not of a type that is such a statement (data/source-markup.json).
 */
function citingNotes(nodes: XNode[], out: XNode[] = []): XNode[] {
  const m = markup().jats;
  for (const n of nodes) {
    const tag = tagOf(n);
    if (!tag || tag === '#text') continue;
    const name = localName(tag);
    if (m.nonCitationContainers.includes(name)) continue;
    if (name === 'fn-group' && m.nonCitationFnGroups.includes(attr(n, 'content-type') ?? '')) continue;
    if (name === 'fn') {
      if (!m.nonCitationFnTypes.includes(attr(n, 'fn-type') ?? '')) out.push(n);
    } else citingNotes(childrenOf(n), out);
  }
  return out;
}

/** The reference list as numbered lines, with the structured item of each entry that has one. */
function referenceList(refs: XNode[]): { lines: string[]; structured: Map<number, CslItem> } {
  const structured = new Map<number, CslItem>();
  const lines = refs.map((r, k) => {
    const kids = childrenOf(r);
    const el = findAll(kids, 'element-citation')[0] ?? findAll(kids, 'nlm-citation')[0];
    const mixed = findAll(kids, 'mixed-citation')[0] ?? findAll(kids, 'citation')[0];
    const data = el ?? (mixed && isStructured(mixed) ? mixed : undefined);
    if (data) structured.set(k + 1, structuredCitation(data));
    const item = structured.get(k + 1);
    // A mixed citation is printed as the article prints it; an element citation has no printed form.
    const printed = mixed ? clean(textBelow(childrenOf(mixed))) : '';
    const summary = item
      ? [namesLine(item.author), item.title, item['container-title'], item.issued?.['date-parts']?.[0]?.[0]]
          .filter(Boolean)
          .join('. ')
      : clean(textBelow(kids));
    return `[${k + 1}] ${printed || summary}`;
  });
  return { lines, structured };
}

/**
 * JATS articles as journals publish them (a DOCTYPE naming the JATS DTD is accepted, never fetched):
 * notes (`<fn>`, linked by `<xref ref-type="fn">`; author notes and contribution statements are not
 * notes) and the reference list (`<element-citation>` and marked-up `<mixed-citation>` read as structured
 * data, a bare `<mixed-citation>` parsed as text), cited by `<xref ref-type="bibr">` wherever it sits:
 * abstract, body, captions, tables, boxed text, appendices. Laid out as Markdown like every manuscript.
 */
export async function readJats(path: string, bytes: Uint8Array, encoding?: string): Promise<Document> {
  const decoded = decodeText(bytes, path, encoding);
  const root = await parseXml(decoded.text, path, 'XML', { externalDoctype: true });
  const article = findAll(root, 'article')[0];
  if (!article) throw new InputError(path, 'not a JATS article (no <article> element)');
  const kids = childrenOf(article);

  const refs = findAll(findAll(kids, 'ref-list').flatMap(childrenOf), 'ref');
  const refNumber = new Map<string, number>();
  refs.forEach((r, k) => refNumber.set(attr(r, 'id') ?? `ref-${k + 1}`, k + 1));
  const fns = citingNotes(kids);
  const fnLabel = new Map<string, string>();
  fns.forEach((f, k) =>
    fnLabel.set(
      attr(f, 'id') ?? `fn-${k + 1}`,
      clean(textBelow(findAll(childrenOf(f), 'label').flatMap(childrenOf))) || String(k + 1),
    ),
  );

  const onXref = (x: XNode): string | undefined => {
    const type = attr(x, 'ref-type');
    const rids = (attr(x, 'rid') ?? '').split(/\s+/).filter(Boolean);
    // A mark pointing to an author note or a contribution statement is not a note marker.
    if (type === 'fn')
      return rids
        .filter((r) => fnLabel.has(r))
        .map((r) => `[^${r}]`)
        .join('');
    if (type === 'bibr') {
      const nums = rids.map((r) => refNumber.get(r)).filter((n): n is number => n !== undefined);
      return nums.length ? `[${nums.join(',')}]` : undefined;
    }
    return undefined;
  };
  const m = markup().jats;
  const reading: Reading = {
    onXref,
    skipped: new Set(m.skipped),
    blocks: new Set(m.blocks),
    abstracts: m.abstracts,
    front: new Set(m.frontMatter),
  };
  // The reference list is `<ref-list>`: a heading such as `References` in an author response is body text.
  const lines = paragraphs(kids, reading).map((l) => (isReferenceHeading(l) ? `\u200b${l}` : asBodyLine(l)));
  const notes = fns.map((f, k) => {
    const id = attr(f, 'id') ?? `fn-${k + 1}`;
    return `[^${id}]: ${blockText(childrenOf(f), { ...reading, skipped: new Set([...m.skipped, 'label']) })}`;
  });
  const { lines: list, structured } = referenceList(refs);
  const textOut =
    [...lines, '', ...(list.length ? ['## References', '', ...list] : []), '', ...notes].join('\n\n') + '\n';
  const scan = scanManuscript(textOut, { markdown: true });
  for (const n of scan.notes) {
    const id = n.label;
    n.source = { part: 'fn', id };
    n.label = fnLabel.get(id) ?? id;
    n.style = 'footnote';
  }
  for (const mk of scan.markers) if (mk.label.startsWith('^')) mk.label = fnLabel.get(mk.label.slice(1)) ?? mk.label;
  for (const e of scan.entries) {
    const item = e.number !== undefined ? structured.get(e.number) : undefined;
    if (item) e.item = item;
  }
  return { path, format: 'jats', encoding: decoded.encoding, text: textOut, ...scan };
}
