import type { Nodes, Parent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import type { Document, Note } from '../model/document.js';
import type { Range } from '../model/location.js';
import {
  countsInBody,
  findCitations,
  findInlineNotes,
  type FrontMatter,
  type PandocCitation,
  Quiet,
  readFrontMatter,
} from '../notes/pandoc.js';
import { type MarkdownStructure, scanManuscript, type StructureMarker } from '../notes/scan.js';
import { decodeText } from './decode.js';

/** Inline content a note or citation can stand in. */
const INLINE_HOLDERS = new Set(['paragraph', 'heading', 'tableCell']);

interface Found {
  /** Code spans and blocks. */
  code: Range[];
  /** Code blocks outside footnote definitions (whose lines are skipped with them). */
  codeBlocks: Range[];
  definitions: Array<{ node: Parent; range: Range }>;
  /** Paragraphs and headings, with whether they sit in a footnote definition. */
  inline: Array<{ range: Range; inNote: boolean }>;
}

const rangeOf = (n: Nodes): Range => ({ start: n.position!.start.offset!, end: n.position!.end.offset! });

function walk(node: Nodes, inNote: boolean, found: Found): void {
  if (node.type === 'code' || node.type === 'inlineCode') {
    found.code.push(rangeOf(node));
    if (node.type === 'code') found.codeBlocks.push(rangeOf(node));
    return;
  }
  if (node.type === 'footnoteDefinition') found.definitions.push({ node, range: rangeOf(node) });
  if (INLINE_HOLDERS.has(node.type)) found.inline.push({ range: rangeOf(node), inNote });
  if ('children' in node)
    for (const child of node.children) walk(child, inNote || node.type === 'footnoteDefinition', found);
}

const CJK_END = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]$/u;
const CJK_START = /^[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/u;

/** Lines of `[start, end)` joined into one: no space between Chinese characters and full-width marks. */
function joinLines(text: string, start: number, end: number, skip: Range[]): string {
  let out = '';
  let at = start;
  for (const raw of text.slice(start, end).split('\n')) {
    const lineStart = at;
    at += raw.length + 1;
    if (skip.some((r) => lineStart < r.end && lineStart + raw.length >= r.start)) continue;
    const t = raw.trim();
    if (!t) continue;
    out += (CJK_END.test(out) && CJK_START.test(t) ? '' : out ? ' ' : '') + t;
  }
  return out;
}

function pandocNote(label: string, range: Range, lineRange: Range, text: string): Note {
  return { id: '', label, page: null, index: 0, style: 'pandoc', markerIds: [], text, range, lineRange };
}

/** A footnote definition as a note: its text from its first to its last block, code blocks left out. */
function definitionNote(text: string, def: { node: Parent; range: Range }, code: Range[]): Note {
  const { node, range } = def;
  const first = node.children[0];
  const last = node.children.at(-1);
  const body =
    first && last ? { start: rangeOf(first).start, end: rangeOf(last).end } : { start: range.end, end: range.end };
  const label = (node as { label?: string }).label ?? '';
  return pandocNote(label, body, range, joinLines(text, body.start, body.end, code));
}

function citationMarker(c: PandocCitation): StructureMarker {
  return {
    label: `@${c.key}`,
    range: c.range,
    page: null,
    keys: [c.key],
    numbers: [],
    ...(c.locator ? { locator: c.locator } : {}),
  };
}

/** Inline notes `^[…]` of the body and the citations in body and notes. */
function pandocParts(text: string, found: Found, code: Quiet, structure: MarkdownStructure): void {
  let inlineCount = 0;
  for (const holder of found.inline) {
    const { start, end } = holder.range;
    const inlineNotes = holder.inNote ? [] : findInlineNotes(text, start, end, code);
    for (const r of inlineNotes) {
      const body = { start: r.start + 2, end: r.end - 1 };
      const label = `^[${++inlineCount}]`;
      const note = pandocNote(label, body, r, joinLines(text, body.start, body.end, []));
      structure.notes.push(note);
      structure.markers.push({ label, range: r, page: null, note });
      structure.quiet.push(r);
    }
    const inNote = (at: number) => holder.inNote || inlineNotes.some((r) => at >= r.start && at < r.end);
    for (const c of findCitations(text, start, end, code)) {
      if (!inNote(c.range.start) && !countsInBody(c)) continue;
      structure.markers.push(citationMarker(c));
      structure.quiet.push(c.range);
    }
  }
}

/**
 * What a file must hold for the parser to find anything the line patterns do not: a code span or
 * fence, an indented line (code), a footnote, an inline note or a citation key. A file without any
 * (a converted PDF with circled notes) is read by the line patterns alone, as fast as before.
 */
const PARSER_CUES = /[`@]|~~~|\[\^|\^\[|^(?: {4}|\t)/m;

/**
 * Inline constructs whose result nothing here reads (emphasis, links, images, inline HTML, entities,
 * hard breaks): turned off, they cost the parser half its time. Code spans, block structure and
 * footnote definitions stay as CommonMark and GFM define them.
 */
const UNREAD_INLINE = {
  disable: {
    null: [
      'attention',
      'autolink',
      'characterReference',
      'hardBreakEscape',
      'hardBreakTrailing',
      'htmlText',
      'labelEnd',
      'labelStartImage',
      'labelStartLink',
    ],
  },
};

/** What the CommonMark parser (micromark, with GFM footnotes) and Pandoc's syntax say about the text. */
export function markdownStructure(text: string, front: FrontMatter | null): MarkdownStructure {
  const found: Found = { code: [], codeBlocks: [], definitions: [], inline: [] };
  if (PARSER_CUES.test(text)) {
    // Footnote calls are read by the line patterns (a call without definition is text to GFM, but an
    // orphan marker here), so only the definitions' construct is taken from the extension.
    const tree = fromMarkdown(text, {
      extensions: [{ document: gfmFootnote().document }, UNREAD_INLINE],
      mdastExtensions: [gfmFootnoteFromMarkdown()],
    });
    walk(tree, false, found);
  }
  // The front matter is read as YAML, never as Markdown (micromark takes it for a heading).
  if (front) found.code.push(front.range);
  const structure: MarkdownStructure = { blocks: [], quiet: [...found.code], notes: [], markers: [] };
  if (front) structure.blocks.push({ range: front.range, kind: 'front' });
  for (const range of found.codeBlocks) structure.blocks.push({ range, kind: 'code' });
  for (const def of found.definitions) {
    structure.notes.push(definitionNote(text, def, found.codeBlocks));
    structure.blocks.push({ range: def.range, kind: 'note' });
  }
  pandocParts(text, found, new Quiet(found.code), structure);
  for (const k of front?.nocite ?? [])
    structure.markers.push({ label: `@${k.key}`, range: k.range, page: null, keys: [k.key], numbers: [] });
  structure.blocks.sort((a, b) => a.range.start - b.range.start);
  return structure;
}

/**
 * Markdown (`.md`, Quarto `.qmd`, R Markdown `.Rmd`) through a CommonMark parser. This module, and the
 * parser with it, is loaded only when a Markdown file is read (readers/index.ts imports it on demand).
 */
export function readMarkdown(path: string, bytes: Uint8Array, encodingName?: string): Document {
  const { text, encoding } = decodeText(bytes, path, encodingName);
  const front = readFrontMatter(text);
  const structure = markdownStructure(text, front);
  const scan = scanManuscript(text, { markdown: true, structure });
  const keyed = scan.markers.some((m) => m.keys);
  return {
    path,
    format: 'markdown',
    encoding,
    text,
    ...scan,
    ...(keyed || front?.bibliography.length ? { bibliography: front?.bibliography ?? [] } : {}),
  };
}
