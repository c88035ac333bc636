import type { Calibration } from './calibration.js';
import { deserializeTypes, type TypeModel, type TypeModelFile } from './item-type.js';
import { LABELS, type Label } from './labels.js';
import { shuffleFrom } from './shuffle.js';

/**
 * A linear-chain sequence labeller trained as an averaged structured perceptron (Collins 2002): a weight
 * per (feature, label) and per (label, next label), Viterbi decoding under the hard cues (a token whose
 * allowed set is given takes one of those labels), and weights averaged over every step of training.
 */
export interface Model {
  labels: readonly Label[];
  /** Feature name → row in `weights`. */
  index: Map<string, number>;
  /** weights[row * labels.length + label]. */
  weights: Float64Array;
  /** transitions[(from + 1) * labels.length + to]; from = -1 is the start of the string. */
  transitions: Float64Array;
}

export interface Sequence {
  /** Feature names of each token. */
  features: string[][];
  /** Gold label of each token (training only). */
  labels?: Label[];
  /** Labels each token may take under the hard cues; null where free. */
  allowed?: Array<Set<Label> | null>;
}

const L = LABELS.length;
const LABEL_ID = new Map<Label, number>(LABELS.map((l, i) => [l, i]));

export function emptyModel(index: Map<string, number>): Model {
  return {
    labels: LABELS,
    index,
    weights: new Float64Array(index.size * L),
    transitions: new Float64Array((L + 1) * L),
  };
}

/** Rows of the known features of each token. */
export function rows(model: Model, features: string[][]): Int32Array[] {
  return features.map((fs) => Int32Array.from(fs.map((f) => model.index.get(f) ?? -1).filter((r) => r >= 0)));
}

/** Emission scores, token × label; -Infinity for a label the cues forbid. */
export function emissions(model: Model, rs: Int32Array[], allowed?: Array<Set<Label> | null>): Float64Array[] {
  return rs.map((r, t) => {
    const e = new Float64Array(L);
    for (const row of r) for (let y = 0; y < L; y++) e[y]! += model.weights[row * L + y]!;
    const a = allowed?.[t];
    if (a) for (let y = 0; y < L; y++) if (!a.has(LABELS[y]!)) e[y] = -Infinity;
    return e;
  });
}

/** The best label sequence (label ids) under the model. */
export function viterbi(model: Pick<Model, 'transitions'>, em: Float64Array[]): number[] {
  const n = em.length;
  if (n === 0) return [];
  const score = em.map(() => new Float64Array(L));
  const back = em.map(() => new Int32Array(L));
  for (let y = 0; y < L; y++) score[0]![y] = model.transitions[y]! + em[0]![y]!;
  for (let t = 1; t < n; t++) {
    for (let y = 0; y < L; y++) {
      let best = -Infinity;
      let arg = 0;
      for (let p = 0; p < L; p++) {
        const s = score[t - 1]![p]! + model.transitions[(p + 1) * L + y]!;
        if (s > best) [best, arg] = [s, p];
      }
      score[t]![y] = best + em[t]![y]!;
      back[t]![y] = arg;
    }
  }
  let y = 0;
  for (let k = 1; k < L; k++) if (score[n - 1]![k]! > score[n - 1]![y]!) y = k;
  const path = [y];
  for (let t = n - 1; t > 0; t--) path.push((y = back[t]![y]!));
  return path.reverse();
}

/** The labels of one string's tokens. */
export function label(model: Model | Packed, seq: Sequence): Label[] {
  const em =
    'buckets' in model
      ? packedEmissions(model, seq.features, seq.allowed)
      : emissions(model, rows(model, seq.features), seq.allowed);
  return viterbi(model, em).map((y) => model.labels[y]!);
}

/** Feature name → row, for features seen at least `minCount` times in the training sequences. */
export function featureIndex(seqs: Sequence[], minCount = 1): Map<string, number> {
  const counts = new Map<string, number>();
  for (const s of seqs) for (const fs of s.features) for (const f of fs) counts.set(f, (counts.get(f) ?? 0) + 1);
  const index = new Map<string, number>();
  for (const [f, c] of counts) if (c >= minCount) index.set(f, index.size);
  return index;
}

export interface TrainOptions {
  epochs: number;
  /** Shuffles the sequences before each epoch (a fixed seed gives the same model). */
  seed: number;
  minCount?: number;
  /** Called after each epoch with the share of tokens labelled right during that epoch. */
  onEpoch?: (epoch: number, accuracy: number) => void;
}

/** Weights and their running sums for averaging (Daumé's trick: average = w - u / c). */
interface Trainer {
  model: Model;
  sumW: Float64Array;
  sumT: Float64Array;
  step: number;
}

function update(tr: Trainer, r: Int32Array[], gold: number[], pred: number[]): void {
  const { model, step } = tr;
  for (let t = 0; t < gold.length; t++) {
    const g = gold[t]!;
    const p = pred[t]!;
    if (g !== p) {
      for (const row of r[t]!) {
        model.weights[row * L + g]! += 1;
        model.weights[row * L + p]! -= 1;
        tr.sumW[row * L + g]! += step;
        tr.sumW[row * L + p]! -= step;
      }
    }
    const gp = t === 0 ? 0 : gold[t - 1]! + 1;
    const pp = t === 0 ? 0 : pred[t - 1]! + 1;
    if (gp !== pp || g !== p) {
      model.transitions[gp * L + g]! += 1;
      model.transitions[pp * L + p]! -= 1;
      tr.sumT[gp * L + g]! += step;
      tr.sumT[pp * L + p]! -= step;
    }
  }
}

/** Trains a model on labelled sequences; returns the averaged weights. */
export function train(seqs: Sequence[], options: TrainOptions): Model {
  const model = emptyModel(featureIndex(seqs, options.minCount));
  const tr: Trainer = {
    model,
    sumW: new Float64Array(model.weights.length),
    sumT: new Float64Array(model.transitions.length),
    step: 1,
  };
  const prepared = seqs.map((s) => ({ s, r: rows(model, s.features), gold: s.labels!.map((l) => LABEL_ID.get(l)!) }));
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    let right = 0;
    let total = 0;
    for (const { s, r, gold } of shuffleFrom(prepared, options.seed + epoch).out) {
      const pred = viterbi(model, emissions(model, r, s.allowed));
      for (let t = 0; t < gold.length; t++) if (pred[t] === gold[t]) right++;
      total += gold.length;
      update(tr, r, gold, pred);
      tr.step++;
    }
    options.onEpoch?.(epoch, total ? right / total : 1);
  }
  for (let i = 0; i < model.weights.length; i++) model.weights[i]! -= tr.sumW[i]! / tr.step;
  for (let i = 0; i < model.transitions.length; i++) model.transitions[i]! -= tr.sumT[i]! / tr.step;
  return model;
}

/**
 * A model packed for parsing, as the committed file gives it: each feature name hashed to one of 2^bits
 * buckets (features that share a bucket share their weights), and per bucket its non-zero weights as
 * `weight × 32 + label`, in units of 1 / `scale`. Nothing is expanded on loading.
 */
export interface Packed {
  labels: readonly Label[];
  transitions: Float64Array;
  bits: number;
  /** The buckets that hold weights, ascending (found by binary search: a table of 2^bits would cost more to load). */
  buckets: Int32Array;
  /** Ordinal → first entry; offsets[n] = entries.length. */
  offsets: Int32Array;
  entries: Int32Array;
  scale: number;
  /** The item-type classifier (item-type.ts), when the model file carries one. */
  itemTypes?: TypeModel;
  /** The map from raw field scores to calibrated ones (calibration.ts), when the model file carries one. */
  calibration?: Calibration;
}

/** The committed model's parts (written to disk by model-file.ts): the weights as packed integers. */
export interface ModelFile {
  format: string;
  labels: string[];
  scale: number;
  bits: number;
  /** Softmax temperature of the path scores (see marginals.ts), fitted on the training dev set. */
  temperature: number;
  transitions: number[];
  /** The buckets that hold weights, ascending. */
  buckets: Int32Array;
  /** Per bucket, how many labels have a weight. */
  counts: Uint8Array;
  /** Per bucket in order, its packed weights. */
  entries: Int32Array;
  itemTypes?: TypeModelFile;
  calibration?: Calibration;
}

export const FORMAT = 'citeaudit-perceptron-3';
const LABEL_BITS = 5;
const LABEL_MASK = (1 << LABEL_BITS) - 1;
export const HASH_BITS = 21;

/** FNV-1a over the UTF-16 code units of a feature name, cut to `bits`. */
export function bucketOf(name: string, bits: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 0x01000193);
  return (h >>> 0) & ((1 << bits) - 1);
}

/** Summed weights per bucket of the features of a trained model. */
function bucketWeights(model: Model, bits: number): Map<number, Float64Array> {
  const out = new Map<number, Float64Array>();
  for (const [f, row] of model.index) {
    const b = bucketOf(f, bits);
    let w = out.get(b);
    if (!w) out.set(b, (w = new Float64Array(L)));
    for (let y = 0; y < L; y++) w[y]! += model.weights[row * L + y]!;
  }
  return out;
}

/** Weights with |w| below `prune` left out (a bucket too, if none is left), the rest rounded to 1 / `scale`. */
export function serialize(model: Model, temperature: number, prune = 0.05, scale = 100): ModelFile {
  const buckets: number[] = [];
  const counts: number[] = [];
  const entries: number[] = [];
  const byBucket = bucketWeights(model, HASH_BITS);
  for (const b of [...byBucket.keys()].sort((x, y) => x - y)) {
    const ws = byBucket.get(b)!;
    let n = 0;
    for (let y = 0; y < L; y++) {
      const w = Math.round(ws[y]! * scale);
      if (w === 0 || Math.abs(w) < prune * scale) continue;
      entries.push(w * (1 << LABEL_BITS) + y);
      n++;
    }
    if (n) {
      buckets.push(b);
      counts.push(n);
    }
  }
  return {
    format: FORMAT,
    labels: [...model.labels],
    scale,
    bits: HASH_BITS,
    temperature,
    transitions: Array.from(model.transitions, (x) => Math.round(x * scale)),
    buckets: Int32Array.from(buckets),
    counts: Uint8Array.from(counts),
    entries: Int32Array.from(entries),
  };
}

export function deserialize(file: ModelFile): { model: Packed; temperature: number } {
  if (file.format !== FORMAT) throw new Error(`model format '${file.format}' is not ${FORMAT}`);
  if (file.labels.join() !== LABELS.join()) throw new Error('model labels differ from this version of the parser');
  const { buckets, counts } = file;
  const offsets = new Int32Array(buckets.length + 1);
  for (let i = 0; i < buckets.length; i++) offsets[i + 1] = offsets[i]! + counts[i]!;
  const transitions = Float64Array.from(file.transitions, (x) => x / file.scale);
  const model = { labels: LABELS, transitions, bits: file.bits, buckets, offsets, scale: file.scale };
  const itemTypes = file.itemTypes ? { itemTypes: deserializeTypes(file.itemTypes) } : {};
  const calibration = file.calibration ? { calibration: file.calibration } : {};
  return {
    model: { ...model, entries: file.entries, ...itemTypes, ...calibration },
    temperature: file.temperature,
  };
}

/** The index of `x` in the ascending `xs`, or -1. */
function find(xs: Int32Array, x: number): number {
  let lo = 0;
  let hi = xs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = xs[mid]!;
    if (v === x) return mid;
    if (v < x) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** Emission scores of a packed model, token × label; -Infinity for a label the cues forbid. */
export function packedEmissions(m: Packed, features: string[][], allowed?: Array<Set<Label> | null>): Float64Array[] {
  const inv = 1 / m.scale;
  return features.map((fs, t) => {
    const e = new Float64Array(L);
    for (const f of fs) {
      const b = find(m.buckets, bucketOf(f, m.bits));
      if (b < 0) continue;
      for (let k = m.offsets[b]!; k < m.offsets[b + 1]!; k++) {
        const p = m.entries[k]!;
        e[p & LABEL_MASK]! += (p >> LABEL_BITS) * inv;
      }
    }
    const a = allowed?.[t];
    if (a) for (let y = 0; y < L; y++) if (!a.has(LABELS[y]!)) e[y] = -Infinity;
    return e;
  });
}
