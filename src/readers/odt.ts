import { InputError } from '../util/errors.js';
import type { Document } from '../model/document.js';
import { scanManuscript } from '../notes/scan.js';
import { asBodyLine, emphasis } from './layout.js';
import { attr, childrenOf, findAll, localName, parseXml, tagOf, textBelow, type XNode } from './xml.js';
import { readZipParts } from './zip.js';

export const extensions = ['.odt'];

// Deleted text of tracked changes lives in <text:tracked-changes>; skipping it gives the accepted text.
const SKIP = new Set(['tracked-changes', 'note-citation', 'bookmark-ref', 'annotation', 'sequence-decls']);

interface Found {
  key: string;
  label: string;
  body: XNode;
}

function textOf(nodes: XNode[], notes: Found[], italic: Set<string> = new Set()): string {
  return textBelow(nodes, (name, n) => {
    if (SKIP.has(name)) return '';
    // A note's italic span as Markdown emphasis, so that the parser sees its titles.
    if (name === 'span' && italic.has(attr(n, 'style-name') ?? ''))
      return emphasis(textOf(childrenOf(n), notes, italic));
    if (name === 's') return ' '.repeat(Number(attr(n, 'c') ?? 1));
    if (name === 'tab') return '\t';
    if (name === 'line-break') return ' ';
    if (name !== 'note') return undefined;
    const kids = childrenOf(n);
    const citation = findAll(kids, 'note-citation')[0];
    const label = citation ? (attr(citation, 'label') ?? textBelow(childrenOf(citation))) : String(notes.length + 1);
    const body = findAll(kids, 'note-body')[0];
    const key = `${attr(n, 'note-class') === 'endnote' ? 'en' : 'fn'}-${attr(n, 'id') ?? notes.length + 1}`;
    if (body) notes.push({ key, label: label.trim(), body });
    return `[^${key}]`;
  });
}

/** The automatic text styles set in italics (`fo:font-style="italic"`). */
function italicStyles(root: XNode[]): Set<string> {
  const out = new Set<string>();
  for (const st of findAll(root, 'style')) {
    const props = findAll(childrenOf(st), 'text-properties')[0];
    const name = attr(st, 'name');
    if (name && props && attr(props, 'font-style') === 'italic') out.add(name);
  }
  return out;
}

/**
 * OpenDocument text (`.odt`, from LibreOffice or WPS): paragraphs and headings of `content.xml`, with
 * `<text:note>` footnotes and endnotes kept in place as markers; tracked deletions are left out.
 */
export async function readOdt(path: string, bytes: Uint8Array): Promise<Document> {
  const parts = await readZipParts(bytes, path, (n) => n === 'content.xml', 'ODT');
  const content = parts.get('content.xml');
  if (!content) throw new InputError(path, 'not an OpenDocument text (content.xml is missing)');
  const root = await parseXml(new TextDecoder().decode(content), path, 'content.xml');
  const text = findAll(root, 'text')[0];
  const notes: Found[] = [];
  const lines: string[] = [];
  const walk = (nodes: XNode[]) => {
    for (const n of nodes) {
      const tag = tagOf(n);
      if (!tag || tag === '#text') continue;
      const name = localName(tag);
      if (SKIP.has(name)) continue;
      if (name === 'p' || name === 'h') {
        const line = textOf(childrenOf(n), notes).replace(/\s+/g, ' ').trim();
        if (line) lines.push(asBodyLine(line));
      } else walk(childrenOf(n));
    }
  };
  walk(text ? childrenOf(text) : []);
  const italic = italicStyles(root);
  const defs = notes.map((f) => `[^${f.key}]: ${textOf(childrenOf(f.body), [], italic).replace(/\s+/g, ' ').trim()}`);
  const out = [...lines, '', ...defs].join('\n\n') + '\n';
  const scan = scanManuscript(out, { markdown: true });
  const labels = new Map(notes.map((f) => [f.key, f.label]));
  for (const n of scan.notes) {
    const key = n.label;
    n.source = { part: 'content.xml', id: key.slice(3) };
    n.label = labels.get(key) ?? key;
    n.style = 'footnote';
  }
  for (const m of scan.markers) if (m.label.startsWith('^')) m.label = labels.get(m.label.slice(1)) ?? m.label;
  return { path, format: 'odt', encoding: 'utf-8', text: out, ...scan };
}
