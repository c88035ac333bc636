import type { CslItem, CslName, CslType } from '../../model/csl.js';
import { parseEnNames, parseZhNames } from '../names.js';
import { TYPES } from '../zh/gbt7714.js';
import type { LabelledToken } from './labeller.js';
import type { Label } from './labels.js';
import { lexiconHits, type Lexicons } from './lexicons.js';

/**
 * A CSL item from labelled tokens: each field is the text of its first run of tokens, names are read by
 * the rule parser's name readers (a run split at `;` first), the year is the run's four-digit number, and
 * the type comes from a GB/T type code or, failing one, from which fields are present. A sketch for
 * measuring the labeller (issue 12, step c), not the assembly the issue asks for in step 3.
 */
export interface Assembled {
  item: CslItem;
  locator: string | null;
  prefix: string | null;
}

const STRING_FIELDS = [
  'title',
  'container-title',
  'collection-title',
  'publisher',
  'publisher-place',
  'volume',
  'issue',
  'page',
  'URL',
  'DOI',
  'edition',
  'genre',
  'number',
] as const;
const NAME_FIELDS = ['author', 'editor', 'translator'] as const;
const CJK = /\p{Script=Han}/u;
const ROLE_HIT = /^(?:role-\w+|etal):/u;

/** First run of each label: [first token, last token]. */
export function runs(tokens: LabelledToken[]): Map<Label, [number, number]> {
  const out = new Map<Label, [number, number]>();
  tokens.forEach((t, i) => {
    const r = out.get(t.label);
    if (!r) out.set(t.label, [i, i]);
    else if (r[1] === i - 1) r[1] = i;
  });
  return out;
}

function names(tokens: LabelledToken[], [a, b]: [number, number], text: string, hits: Array<Set<string>>): CslName[] {
  // Role words (译, eds., edited by) and 等 / et al. are the style's, not a name.
  while (a <= b && [...hits[a]!].some((h) => ROLE_HIT.test(h))) a++;
  // A stop after an initial (`Zhang, Y.`) belongs to the name; other trailing marks do not.
  const trailing = (t: LabelledToken) => t.kind === 'punct' && t.text !== '.';
  while (b >= a && ([...hits[b]!].some((h) => ROLE_HIT.test(h)) || trailing(tokens[b]!))) b--;
  if (a > b) return [];
  const s = text.slice(tokens[a]!.start, tokens[b]!.end);
  const read = CJK.test(s) ? parseZhNames : parseEnNames;
  return s.split(/\s*[;；]\s*/u).flatMap((part) => (part ? read(part).names : []));
}

function typeOf(item: CslItem, tokens: LabelledToken[]): CslType {
  const code = tokens.find((t) => t.label === 'type' && t.kind === 'typecode');
  const letters = code ? /[A-Z]+/.exec(code.text)?.[0] : undefined;
  if (letters && TYPES[letters]) return TYPES[letters];
  if (item['container-title']) return item.volume || item.issue ? 'article-journal' : 'chapter';
  if (item.publisher) return 'book';
  return item.URL ? 'webpage' : 'book';
}

export function assemble(tokens: LabelledToken[], text: string, lex: Lexicons): Assembled {
  const r = runs(tokens);
  const span = (label: Label) => {
    const x = r.get(label);
    return x ? text.slice(tokens[x[0]]!.start, tokens[x[1]]!.end) : undefined;
  };
  const item: CslItem = { id: '', type: 'document' };
  for (const f of STRING_FIELDS) {
    const v = span(f);
    if (v !== undefined) item[f] = v;
  }
  const hits = lexiconHits(tokens, lex);
  for (const f of NAME_FIELDS) {
    const x = r.get(f);
    const list = x ? names(tokens, x, text, hits) : [];
    if (list.length) item[f] = list;
  }
  const year = /\d{4}/.exec(span('issued') ?? '')?.[0];
  if (year) item.issued = { 'date-parts': [[Number(year)]] };
  item.type = typeOf(item, tokens);
  item.language = CJK.test(item.title ?? text) ? 'zh-CN' : 'en-US';
  return { item, locator: span('locator') ?? null, prefix: span('prefix') ?? null };
}
