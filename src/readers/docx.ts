import { InputError } from '../util/errors.js';
import type { Document } from '../model/document.js';
import { circledLabel } from '../notes/labels.js';
import { scanManuscript } from '../notes/scan.js';
import { asBodyLine, emphasis } from './layout.js';
import { attr, childrenOf, findAll, localName, nodeText, parseXml, tagOf, type XNode } from './xml.js';
import { readZipParts } from './zip.js';

export const extensions = ['.docx'];

const PARTS = new Set(['word/document.xml', 'word/footnotes.xml', 'word/endnotes.xml', 'word/settings.xml']);
// Runs whose text is not part of the document as accepted: deletions and field instructions.
const SKIP = new Set([
  'del',
  'moveFrom',
  'delText',
  'instrText',
  'footnoteRef',
  'endnoteRef',
  'rPr',
  'pPr',
  'sectPr',
  'drawing',
  'pict',
  'object',
]);

interface Numbering {
  format: string;
  start: number;
  restart: string;
}

const ROMAN: Array<[number, string]> = [
  [1000, 'm'],
  [900, 'cm'],
  [500, 'd'],
  [400, 'cd'],
  [100, 'c'],
  [90, 'xc'],
  [50, 'l'],
  [40, 'xl'],
  [10, 'x'],
  [9, 'ix'],
  [5, 'v'],
  [4, 'iv'],
  [1, 'i'],
];

function roman(n: number): string {
  let out = '';
  for (const [v, s] of ROMAN)
    while (n >= v) {
      out += s;
      n -= v;
    }
  return out;
}

/** A note number as Word prints it for the section's `w:numFmt`. */
export function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return circledLabel(n) ?? String(n);
    case 'lowerRoman':
      return roman(n);
    case 'upperRoman':
      return roman(n).toUpperCase();
    case 'lowerLetter':
      return String.fromCharCode(96 + ((n - 1) % 26) + 1);
    case 'upperLetter':
      return String.fromCharCode(64 + ((n - 1) % 26) + 1);
    case 'chineseCounting':
    case 'chineseCountingThousand':
      return '〇一二三四五六七八九十'[n] ?? String(n);
    default:
      return String(n);
  }
}

function numbering(nodes: XNode[], kind: 'footnotePr' | 'endnotePr', fallback: string): Numbering {
  const pr = findAll(nodes, kind)[0];
  const fmt = pr ? findAll(childrenOf(pr), 'numFmt')[0] : undefined;
  const start = pr ? findAll(childrenOf(pr), 'numStart')[0] : undefined;
  const restart = pr ? findAll(childrenOf(pr), 'numRestart')[0] : undefined;
  return {
    format: (fmt && attr(fmt, 'val')) || fallback,
    start: Number((start && attr(start, 'val')) || 1),
    restart: (restart && attr(restart, 'val')) || 'continuous',
  };
}

type RefHandler = (kind: 'fn' | 'en', id: string, customMark: string | null) => string;

/** A run set in italics (`<w:i/>`, not `<w:i w:val="0"/>`). */
function italicRun(r: XNode): boolean {
  const pr = childrenOf(r).find((c) => localName(tagOf(c) ?? '') === 'rPr');
  const i = pr ? childrenOf(pr).find((c) => localName(tagOf(c) ?? '') === 'i') : undefined;
  return i !== undefined && !['0', 'false', 'off'].includes(attr(i, 'val') ?? '');
}

/**
 * The accepted text of a paragraph, with each note reference replaced by what `onRef` returns; with
 * `italics`, consecutive italic runs as one Markdown emphasis (a note's titles, for the parser).
 */
function paragraphText(p: XNode, onRef: RefHandler, italics = false): string {
  if (italics) return italicGroups(p, onRef);
  let out = '';
  // (Held in an object, not a `let`: `walk` sets it, which the type narrowing after the call does not follow.)
  const state: { pendingCustom: { kind: 'fn' | 'en'; id: string } | null } = { pendingCustom: null };
  const walk = (nodes: XNode[]) => {
    for (const n of nodes) {
      const tag = tagOf(n);
      if (!tag) continue;
      if (tag === '#text') continue;
      const name = localName(tag);
      if (SKIP.has(name)) continue;
      if (name === 't') {
        const text = childrenOf(n)
          .map((c) => nodeText(c))
          .join('');
        if (state.pendingCustom) {
          // `w:customMarkFollows`: the run's text is the mark itself (①, *), not body text.
          out += onRef(state.pendingCustom.kind, state.pendingCustom.id, text);
          state.pendingCustom = null;
        } else out += text;
      } else if (name === 'tab') out += '\t';
      else if (name === 'br' || name === 'cr') out += ' ';
      else if (name === 'noBreakHyphen') out += '-';
      else if (name === 'footnoteReference' || name === 'endnoteReference') {
        const kind = name === 'footnoteReference' ? 'fn' : 'en';
        const id = attr(n, 'id') ?? '';
        if (attr(n, 'customMarkFollows') === '1' || attr(n, 'customMarkFollows') === 'true')
          state.pendingCustom = { kind, id };
        else out += onRef(kind, id, null);
      } else walk(childrenOf(n));
    }
  };
  walk(childrenOf(p));
  if (state.pendingCustom) out += onRef(state.pendingCustom.kind, state.pendingCustom.id, null);
  return out;
}

/** The paragraph's runs, consecutive italic ones joined and emphasised. */
function italicGroups(p: XNode, onRef: RefHandler): string {
  let out = '';
  let group = '';
  const runs = (nodes: XNode[]) => {
    for (const n of nodes) {
      const tag = tagOf(n);
      if (!tag || tag === '#text' || SKIP.has(localName(tag))) continue;
      if (localName(tag) !== 'r') {
        runs(childrenOf(n));
        continue;
      }
      const text = paragraphText(n, onRef);
      if (italicRun(n)) group += text;
      else {
        out += emphasis(group) + text;
        group = '';
      }
    }
  };
  runs(childrenOf(p));
  return out + emphasis(group);
}

/**
 * Word documents (`.docx`, written by Word or LibreOffice): the accepted body text, footnotes and
 * endnotes with their references, custom marks and the numbering format of `w:footnotePr`. The text
 * is laid out as Markdown with `[^…]` notes so that every later stage reads it like any manuscript;
 * positions refer to that extracted text, and each note keeps its DOCX part and id.
 */
export async function readDocx(path: string, bytes: Uint8Array): Promise<Document> {
  const parts = await readZipParts(bytes, path, (n) => PARTS.has(n), 'DOCX');
  const part = async (name: string) => {
    const b = parts.get(name);
    return b ? parseXml(new TextDecoder().decode(b), path, name) : [];
  };
  if (!parts.has('word/document.xml')) throw new InputError(path, 'not a Word document (word/document.xml is missing)');
  const [doc, footnotes, endnotes, settings] = await Promise.all([
    part('word/document.xml'),
    part('word/footnotes.xml'),
    part('word/endnotes.xml'),
    part('word/settings.xml'),
  ]);

  const fnNum = numbering(
    findAll(doc, 'sectPr').length ? [...findAll(doc, 'sectPr'), ...settings] : settings,
    'footnotePr',
    'decimal',
  );
  const enNum = numbering(
    findAll(doc, 'sectPr').length ? [...findAll(doc, 'sectPr'), ...settings] : settings,
    'endnotePr',
    'lowerRoman',
  );

  const noteText = new Map<string, string>();
  for (const [kind, nodes, el] of [
    ['fn', footnotes, 'footnote'],
    ['en', endnotes, 'endnote'],
  ] as const) {
    for (const n of findAll(nodes, el)) {
      const type = attr(n, 'type');
      if (type && type !== 'normal') continue; // separators and continuation notices
      const paras = findAll(childrenOf(n), 'p')
        .map((p) => paragraphText(p, () => '', true).trim())
        .filter(Boolean);
      noteText.set(`${kind}-${attr(n, 'id')}`, paras.join(' '));
    }
  }

  const labels = new Map<string, string>();
  const counters = { fn: fnNum.start - 1, en: enNum.start - 1 };
  const order: string[] = [];
  const onRef: RefHandler = (kind, id, custom) => {
    const key = `${kind}-${id}`;
    if (!labels.has(key)) {
      const label = custom ?? formatNumber(++counters[kind], kind === 'fn' ? fnNum.format : enNum.format);
      labels.set(key, label);
      order.push(key);
    }
    return `[^${key}]`;
  };
  const body = findAll(doc, 'body')[0];
  const paragraphs = body ? findAll(childrenOf(body), 'p') : [];
  const lines = paragraphs.map((p) => asBodyLine(paragraphText(p, onRef).replace(/\s+$/u, ''))).filter((l) => l.trim());
  const notes = order.filter((k) => noteText.has(k)).map((k) => `[^${k}]: ${noteText.get(k)}`);
  const text = [...lines, '', ...notes].join('\n\n') + '\n';

  const scan = scanManuscript(text, { markdown: true });
  for (const n of scan.notes) {
    const key = n.label;
    n.source = { part: key.startsWith('fn-') ? 'word/footnotes.xml' : 'word/endnotes.xml', id: key.slice(3) };
    n.label = labels.get(key) ?? key;
    n.style = 'footnote';
  }
  for (const m of scan.markers) if (m.label.startsWith('^')) m.label = labels.get(m.label.slice(1)) ?? m.label;
  return {
    path,
    format: 'docx',
    encoding: 'utf-8',
    text,
    ...scan,
    numbering: { footnotes: fnNum.format, restart: fnNum.restart },
  };
}
