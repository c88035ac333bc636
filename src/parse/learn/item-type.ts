import type { CslType } from '../../model/csl.js';
import type { Label, LabelledToken } from './labels.js';
import { shuffleFrom } from './shuffle.js';

/**
 * The item type of a labelled reference string where no GB/T type code says it: a multiclass averaged
 * perceptron over what the string shows — which fields it prints (and which pairs of them), the words of
 * the fields that carry the type (container, series, publisher, genre, edition, number, the style's other
 * words: `In:`, `Proceedings of`, `thesis`, `学报`, `出版社`), a GB/T type code and `//`, and whether its pages
 * are a range. Trained by
 * `npm run train:parser` on the gold types of the training strings; its weights ship inside the model file.
 */
export interface TypeModel {
  classes: CslType[];
  /** Feature → one weight per class. */
  weights: Map<string, Float64Array>;
  /** Softmax temperature of the class scores, fitted on the dev strings. */
  temperature: number;
}

/** The type model as the model file stores it: per feature a row of weights in units of 1 / `scale`. */
export interface TypeModelFile {
  classes: string[];
  scale: number;
  temperature: number;
  features: string[];
  /** features.length × classes.length weights, row by row. */
  weights: Int32Array;
}

/** Fields whose words tell the type; the title's and the names' words do not. */
const CUE_FIELDS = new Set<Label>([
  'container-title',
  'collection-title',
  'publisher',
  'publisher-place',
  'genre',
  'edition',
  'number',
  'other',
  'prefix',
]);
const NOT_FIELDS = new Set<Label>(['punct', 'other', 'prefix', 'commentary', 'ibid']);
const RANGE = /\d\s*[-–—~～]\s*\d/u;

const key = (t: LabelledToken) => t.text.normalize('NFKC').toLowerCase();

/** The words of the cue fields: Latin words whole, Chinese as pairs of neighbouring characters of one field. */
function cueWords(tokens: LabelledToken[]): string[] {
  const out: string[] = [];
  tokens.forEach((t, i) => {
    if (!CUE_FIELDS.has(t.label)) return;
    if (t.kind === 'word') out.push(`${t.label}:${key(t)}`);
    const next = tokens[i + 1];
    if (t.kind === 'cjk' && next?.kind === 'cjk' && next.label === t.label)
      out.push(`${t.label}:${t.text}${next.text}`);
  });
  return out;
}

export function typeFeatures(tokens: LabelledToken[], text: string): string[] {
  const fields = [...new Set(tokens.map((t) => t.label))].filter((l) => !NOT_FIELDS.has(l)).sort();
  const out = ['bias', ...fields.map((f) => `has=${f}`)];
  for (let a = 0; a < fields.length; a++)
    for (let b = a + 1; b < fields.length; b++) out.push(`has=${fields[a]!}&${fields[b]!}`);
  const page = tokens.filter((t) => t.label === 'page');
  if (page.length) {
    const s = text.slice(page[0]!.start, page.at(-1)!.end);
    out.push(RANGE.test(s) ? 'page=range' : 'page=single');
  }
  if (/\p{Script=Han}/u.test(text)) out.push('han');
  // A GB/T type code (`[C]`, `[J/OL]`) says most, not all: a paper in proceedings prints the proceedings' [C].
  for (const t of tokens) if (t.kind === 'typecode') out.push(`code=${t.text.slice(1, -1).normalize('NFKC')}`);
  if (tokens.some((t) => t.text === '//')) out.push('analytic');
  return [...new Set([...out, ...cueWords(tokens)])];
}

function scores(m: TypeModel, features: string[]): Float64Array {
  const s = new Float64Array(m.classes.length);
  for (const f of features) {
    const w = m.weights.get(f);
    if (w) for (let c = 0; c < s.length; c++) s[c]! += w[c]!;
  }
  return s;
}

/** Class probabilities: a softmax of the scores at the model's temperature. */
export function typeProbabilities(m: TypeModel, features: string[], temperature = m.temperature): Float64Array {
  const s = scores(m, features);
  let max = -Infinity;
  for (const x of s) max = Math.max(max, x);
  let sum = 0;
  for (let c = 0; c < s.length; c++) sum += s[c] = Math.exp((s[c]! - max) / temperature);
  for (let c = 0; c < s.length; c++) s[c]! /= sum;
  return s;
}

/** The most probable type and its probability. */
export function classifyType(m: TypeModel, features: string[]): { type: CslType; score: number } {
  const p = typeProbabilities(m, features);
  let best = 0;
  for (let c = 1; c < p.length; c++) if (p[c]! > p[best]!) best = c;
  return { type: m.classes[best]!, score: p[best]! };
}

export interface TypeExample {
  features: string[];
  type: CslType;
}

function argmax(s: Float64Array): number {
  let best = 0;
  for (let c = 1; c < s.length; c++) if (s[c]! > s[best]!) best = c;
  return best;
}

/** A multiclass averaged perceptron over the examples (visited in a fixed shuffled order each epoch). */
export function trainTypes(examples: TypeExample[], epochs: number, seed: number): TypeModel {
  const classes = [...new Set(examples.map((e) => e.type))].sort();
  const id = new Map(classes.map((c, i) => [c, i]));
  const m: TypeModel = { classes, weights: new Map(), temperature: 1 };
  const sums = new Map<string, Float64Array>();
  const row = (table: Map<string, Float64Array>, f: string) => {
    let w = table.get(f);
    if (!w) table.set(f, (w = new Float64Array(classes.length)));
    return w;
  };
  let step = 1;
  let state = seed;
  const indices = examples.map((_, i) => i);
  for (let epoch = 0; epoch < epochs; epoch++) {
    const shuffled = shuffleFrom(indices, state);
    state = shuffled.state;
    for (const k of shuffled.out) {
      const e = examples[k]!;
      const gold = id.get(e.type)!;
      const pred = argmax(scores(m, e.features));
      if (pred !== gold) {
        for (const f of e.features) {
          row(m.weights, f)[gold]! += 1;
          row(m.weights, f)[pred]! -= 1;
          row(sums, f)[gold]! += step;
          row(sums, f)[pred]! -= step;
        }
      }
      step++;
    }
  }
  for (const [f, w] of m.weights) {
    const u = sums.get(f)!;
    for (let c = 0; c < w.length; c++) w[c]! -= u[c]! / step;
  }
  return m;
}

/** The features with a weight, sorted, and their weights rounded to 1 / `scale`. */
export function serializeTypes(m: TypeModel, scale = 100): TypeModelFile {
  const features: string[] = [];
  const weights: number[] = [];
  for (const [f, w] of [...m.weights].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const r = Array.from(w, (x) => Math.round(x * scale));
    if (r.every((x) => x === 0)) continue;
    features.push(f);
    weights.push(...r);
  }
  return { classes: m.classes, scale, temperature: m.temperature, features, weights: Int32Array.from(weights) };
}

/** The type model of a model file: one array of weights, each feature's row a view into it. */
export function deserializeTypes(file: TypeModelFile): TypeModel {
  const k = file.classes.length;
  const all = Float64Array.from(file.weights, (x) => x / file.scale);
  const weights = new Map<string, Float64Array>();
  file.features.forEach((f, i) => weights.set(f, all.subarray(i * k, (i + 1) * k)));
  return { classes: file.classes as CslType[], weights, temperature: file.temperature };
}
