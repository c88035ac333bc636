import { LABELS, type Label } from './labels.js';

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
function rows(model: Model, features: string[][]): Int32Array[] {
  return features.map((fs) => Int32Array.from(fs.map((f) => model.index.get(f) ?? -1).filter((r) => r >= 0)));
}

/** Emission scores, token × label; -Infinity for a label the cues forbid. */
function emissions(model: Model, rs: Int32Array[], allowed?: Array<Set<Label> | null>): Float64Array[] {
  return rs.map((r, t) => {
    const e = new Float64Array(L);
    for (const row of r) for (let y = 0; y < L; y++) e[y]! += model.weights[row * L + y]!;
    const a = allowed?.[t];
    if (a) for (let y = 0; y < L; y++) if (!a.has(LABELS[y]!)) e[y] = -Infinity;
    return e;
  });
}

/** The best label sequence (label ids) under the model. */
export function viterbi(model: Model, em: Float64Array[]): number[] {
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
export function label(model: Model, seq: Sequence): Label[] {
  return viterbi(model, emissions(model, rows(model, seq.features), seq.allowed)).map((y) => model.labels[y]!);
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

function shuffle<T>(xs: T[], seed: number): T[] {
  let s = seed >>> 0 || 1;
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    const j = (s >>> 0) % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
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
    for (const { s, r, gold } of shuffle(prepared, options.seed + epoch)) {
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

/** A model as JSON: labels, the features with a weight, and the weights (rounded). */
export function serialize(model: Model): string {
  const features: string[] = [];
  const weights: number[][] = [];
  for (const [f, row] of model.index) {
    const w = Array.from(model.weights.subarray(row * L, row * L + L), (x) => Math.round(x * 1000) / 1000);
    if (w.some((x) => x !== 0)) {
      features.push(f);
      weights.push(w);
    }
  }
  const transitions = Array.from(model.transitions, (x) => Math.round(x * 1000) / 1000);
  return JSON.stringify({ labels: model.labels, features, weights, transitions });
}

export function deserialize(json: string): Model {
  const o = JSON.parse(json) as { labels: Label[]; features: string[]; weights: number[][]; transitions: number[] };
  if (o.labels.join() !== LABELS.join()) throw new Error('model labels differ from this version of the parser');
  const index = new Map(o.features.map((f, i) => [f, i]));
  const model = emptyModel(index);
  o.weights.forEach((w, i) => {
    model.weights.set(w, i * L);
  });
  model.transitions.set(o.transitions);
  return model;
}
