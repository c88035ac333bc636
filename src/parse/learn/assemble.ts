import type { CslItem, CslName, CslType } from '../../model/csl.js';
import { parseEnNames, parseZhNames } from '../names.js';
import { TYPES } from '../zh/gbt7714.js';
import { classifyType, typeFeatures, type TypeModel } from './item-type.js';
import type { Label, LabelledToken } from './labels.js';
import { lexiconHits, type Lexicons } from './lexicons.js';

/**
 * A CSL item from labelled tokens: each field is the text of its run of tokens (see `runs`), names are read
 * by the rule parser's name readers (a run split at `;` first), the year is the run's four-digit number, and
 * the type comes from the type classifier of the model (item-type.ts); without one, from a GB/T type code
 * or the fields present.
 */
export interface Assembled {
  item: CslItem;
  /** How sure the type is: the type classifier's probability; 1 for a type code and 0 for a guess without one. */
  typeScore: number;
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

/** Fields of running text: where the labeller gives one of them two runs, the weightier is the field. */
const TEXT_FIELDS = new Set<Label>(['title', 'container-title', 'collection-title', 'publisher']);

/**
 * The run of each label a field is read from: [first token, last token]. The first run, except for the
 * fields of running text, where a second run (a container-title broken by a mislabelled token, a title
 * read twice) wins when it has more weight: the sum of its tokens' scores when they are scored, else its
 * length.
 */
export function runs(tokens: Array<LabelledToken & { score?: number }>): Map<Label, [number, number]> {
  const out = new Map<Label, [number, number]>();
  const weight = new Map<Label, number>();
  let start = 0;
  let sum = 0;
  tokens.forEach((t, i) => {
    if (i > 0 && tokens[i - 1]!.label !== t.label) [start, sum] = [i, 0];
    sum += t.score ?? 1;
    const next = tokens[i + 1];
    if (next?.label === t.label) return;
    const before = weight.get(t.label);
    if (before === undefined || (TEXT_FIELDS.has(t.label) && sum > before)) {
      out.set(t.label, [start, i]);
      weight.set(t.label, sum);
    }
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

/** The classifier's type, else the type a GB/T type code prints, else a guess from the fields present. */
function typeOf(item: CslItem, tokens: LabelledToken[], text: string, types?: TypeModel): [CslType, number] {
  if (types) {
    const { type, score } = classifyType(types, typeFeatures(tokens, text));
    return [type, score];
  }
  const code = tokens.find((t) => t.label === 'type' && t.kind === 'typecode');
  const letters = code ? /[A-Z]+/.exec(code.text)?.[0] : undefined;
  if (letters && TYPES[letters]) return [TYPES[letters], 1];
  if (item['container-title']) return [item.volume || item.issue ? 'article-journal' : 'chapter', 0];
  if (item.publisher) return ['book', 0];
  return [item.URL ? 'webpage' : 'book', 0];
}

export function assemble(
  tokens: Array<LabelledToken & { score?: number }>,
  text: string,
  lex: Lexicons,
  types?: TypeModel,
): Assembled {
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
  const [type, typeScore] = typeOf(item, tokens, text, types);
  item.type = type;
  item.language = CJK.test(item.title ?? text) ? 'zh-CN' : 'en-US';
  return { item, typeScore, locator: span('locator') ?? null, prefix: span('prefix') ?? null };
}
