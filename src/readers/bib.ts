import { readFileSync } from 'node:fs';
import { InputError } from '../util/errors.js';
import { dataTable } from '../util/data-table.js';
import { LineIndex } from '../util/locate.js';
import type { CslItem } from '../model/csl.js';
import type { BibtexTable } from '../model/tables.js';
import { BibToCsl, inherit } from './bib-csl.js';
import { BibSyntaxError, parseBibText } from './bib-syntax.js';
import { decodeText } from './decode.js';

/**
 * Braces nested deeper than this are refused before parsing, with the line and column: no real entry
 * comes near it, and the readers of TeX in a value recurse once per level of an accent's argument.
 */
export const MAX_BRACE_DEPTH = 256;

/** Where braces first nest deeper than MAX_BRACE_DEPTH (an offset), or -1. */
function tooDeep(text: string): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x7b && ++depth > MAX_BRACE_DEPTH) return i;
    if (c === 0x7d && depth > 0) depth--;
  }
  return -1;
}

function cannotRead(path: string, text: string, offset: number, problem: string): InputError {
  const { line, column } = new LineIndex(text).position(offset);
  return new InputError(path, `cannot read the bibliography: ${problem} at line ${line}, column ${column}`);
}

/**
 * A BibTeX/BibLaTeX file read as BibTeX and biber read it (bib-syntax.ts: `@string` macros, `#`, month
 * macros, `@comment`, `@preamble`), its entries' fields inherited (`crossref`, `xdata`) and mapped to
 * CSL-JSON (bib-csl.ts), keyed by citation key; an entry whose key came before is left out, as BibTeX
 * does. `language` is BCP-47 (`langid = {chinese}` → `zh-CN`). A syntax error rejects the file: the
 * message names the file, the line and the column.
 */
export function readBib(path: string): Promise<Map<string, CslItem>> {
  // An error thrown while reading rejects the promise.
  return new Promise((resolve) => {
    resolve(bibItems(path));
  });
}

function bibItems(path: string): Map<string, CslItem> {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch {
    throw new InputError(path, 'bibliography file not found');
  }
  const { text } = decodeText(bytes, path);
  const deep = tooDeep(text);
  if (deep !== -1) throw cannotRead(path, text, deep, `braces nested more than ${MAX_BRACE_DEPTH} deep`);
  const table = dataTable('bibtex') as BibtexTable;
  let entries;
  try {
    entries = parseBibText(text, table.months);
  } catch (err) {
    if (err instanceof BibSyntaxError) throw cannotRead(path, text, err.offset, err.message);
    throw err;
  }
  const fields = inherit(entries, table);
  const csl = new BibToCsl(table);
  const out = new Map<string, CslItem>();
  for (const e of entries) if (e.type !== 'xdata' && !out.has(e.key)) out.set(e.key, csl.item(e, fields.get(e)!));
  return out;
}
