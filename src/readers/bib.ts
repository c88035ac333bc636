import { readFileSync } from 'node:fs';
import { InputError } from '../util/errors.js';
import { LineIndex } from '../util/locate.js';
import type { CslItem, CslName } from '../model/csl.js';
import { decodeText } from './decode.js';

const LANGUAGES: Record<string, string> = {
  chinese: 'zh-CN',
  zh: 'zh-CN',
  'zh-cn': 'zh-CN',
  english: 'en-US',
  american: 'en-US',
  british: 'en-GB',
  en: 'en-US',
  'en-us': 'en-US',
};

/**
 * Braces nested deeper than this are refused before parsing: citation-js's parser recurses once per
 * level and overflows the stack at about 2,000-3,000 levels (less on a worker thread's stack); no real
 * entry comes near this.
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

/** A CJK family name citation-js read as a person is kept whole, as citeaudit writes Chinese names. */
function normaliseNames(list: CslName[] | undefined): CslName[] | undefined {
  return list?.map((n) => (n.family && !n.given && /[\u3400-\u9fff]/u.test(n.family) ? { literal: n.family } : n));
}

/**
 * A BibTeX/BibLaTeX file read with citation-js into CSL-JSON keyed by citation key; `language` is
 * normalised to BCP-47 (`langid = {chinese}` → `zh-CN`). One syntax error rejects the file, as in
 * citation-js: the message names the file.
 */
export async function readBib(path: string): Promise<Map<string, CslItem>> {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch {
    throw new InputError(path, 'bibliography file not found');
  }
  const { text } = decodeText(bytes, path);
  const deep = tooDeep(text);
  if (deep !== -1) {
    const { line, column } = new LineIndex(text).position(deep);
    throw new InputError(
      path,
      `cannot read the bibliography: braces nested more than ${MAX_BRACE_DEPTH} deep at line ${line}, column ${column}`,
    );
  }
  const [{ Cite }] = await Promise.all([import('@citation-js/core'), import('@citation-js/plugin-bibtex')]);
  let data: Array<Record<string, unknown>>;
  try {
    data = new Cite(text).data;
  } catch (err) {
    // Deep nesting of anything else the parser recurses on: a clear line, not the stack's.
    if (err instanceof RangeError) throw new InputError(path, 'cannot read the bibliography: nested too deep');
    throw new InputError(
      path,
      `cannot read the bibliography (${(err as Error).message.split('\n')[0]!.replace(/:\s*$/, '')})`,
    );
  }
  const out = new Map<string, CslItem>();
  for (const d of data) {
    const { _graph: _g, ...rest } = d;
    const item = rest as unknown as CslItem;
    // citation-js's output is untyped: the fields are read from it as they are, before the item is typed.
    const lang = typeof rest.language === 'string' ? rest.language.toLowerCase() : '';
    const title = typeof rest.title === 'string' ? rest.title : '';
    item.language = LANGUAGES[lang] ?? (/[\u3400-\u9fff]/u.test(title) ? 'zh-CN' : 'en-US');
    for (const role of ['author', 'editor', 'translator'] as const) {
      const n = normaliseNames(item[role]);
      if (n) item[role] = n;
    }
    const key = String(rest['citation-key'] ?? rest.id);
    out.set(key, { ...item, id: key });
  }
  return out;
}
