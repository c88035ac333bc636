import type { Model } from './perceptron.js';

/**
 * Per-token label probabilities of a linear-chain model: the perceptron's path scores divided by a
 * temperature and read as a conditional random field's, summed over every path by forward–backward.
 * marginals[t][y] is the share of the probability mass of the paths that give token t label y; a label
 * the hard cues forbid (an emission of -Infinity) gets 0.
 */
function logSumExp(xs: Float64Array): number {
  let m = -Infinity;
  for (const x of xs) if (x > m) m = x;
  if (m === -Infinity) return m;
  let s = 0;
  for (const x of xs) s += Math.exp(x - m);
  return m + Math.log(s);
}

export function logMarginals(
  model: Pick<Model, 'labels' | 'transitions'>,
  em: Float64Array[],
  temperature: number,
): Float64Array[] {
  const n = em.length;
  const L = model.labels.length;
  const k = 1 / temperature;
  const tr = (from: number, to: number) => model.transitions[(from + 1) * L + to]! * k;
  const alpha = em.map(() => new Float64Array(L));
  const beta = em.map(() => new Float64Array(L));
  const tmp = new Float64Array(L);
  for (let y = 0; y < L; y++) alpha[0]![y] = tr(-1, y) + em[0]![y]! * k;
  for (let t = 1; t < n; t++) {
    for (let y = 0; y < L; y++) {
      for (let p = 0; p < L; p++) tmp[p] = alpha[t - 1]![p]! + tr(p, y);
      alpha[t]![y] = logSumExp(tmp) + em[t]![y]! * k;
    }
  }
  for (let t = n - 2; t >= 0; t--) {
    for (let y = 0; y < L; y++) {
      for (let q = 0; q < L; q++) tmp[q] = tr(y, q) + em[t + 1]![q]! * k + beta[t + 1]![q]!;
      beta[t]![y] = logSumExp(tmp);
    }
  }
  const z = n ? logSumExp(alpha[n - 1]!) : 0;
  return alpha.map((a, t) => {
    const out = new Float64Array(L);
    for (let y = 0; y < L; y++) out[y] = Math.exp(a[y]! + beta[t]![y]! - z);
    return out;
  });
}

type Chain = Pick<Model, 'labels' | 'transitions'>;
const expTransitions = new WeakMap<Chain, Map<number, Float64Array | null>>();

/** Scores spread wider than this (divided by the temperature) could underflow in a product: logarithms then. */
const SPREAD = 300;

/** [smallest finite, largest] of the scores. */
function range(xs: Float64Array): [number, number] {
  let min = Infinity;
  let max = -Infinity;
  for (const x of xs) {
    if (x > max) max = x;
    if (x < min && x !== -Infinity) min = x;
  }
  return [min, max];
}

/** exp(transition / temperature), the start row first, shifted by the largest; null if spread too wide. */
function transitionFactors(model: Chain, temperature: number): Float64Array | null {
  let byT = expTransitions.get(model);
  if (!byT) expTransitions.set(model, (byT = new Map<number, Float64Array | null>()));
  if (!byT.has(temperature)) {
    const [min, max] = range(model.transitions);
    const f = Float64Array.from(model.transitions, (x) => Math.exp((x - max) / temperature));
    byT.set(temperature, (max - min) / temperature > SPREAD ? null : f);
  }
  return byT.get(temperature) ?? null;
}

/** exp((e - max) / temperature) per label of one token, 0 for a forbidden label; null if spread too wide. */
function emissionFactors(e: Float64Array, temperature: number): Float64Array | null {
  const [min, max] = range(e);
  if ((max - min) / temperature > SPREAD) return null;
  return e.map((x) => (x === -Infinity ? 0 : Math.exp((x - max) / temperature)));
}

function normalise(v: Float64Array): boolean {
  let s = 0;
  for (const x of v) s += x;
  if (!(s > 0)) return false;
  for (let i = 0; i < v.length; i++) v[i]! /= s;
  return true;
}

/**
 * The same marginals as `logMarginals`, computed with products rescaled at each token instead of logarithms:
 * one exponential per token and label rather than per pair. Falls back to the logarithms if a product
 * underflows.
 */
export function marginals(model: Chain, em: Float64Array[], temperature: number): Float64Array[] {
  const n = em.length;
  const L = model.labels.length;
  const M = transitionFactors(model, temperature);
  const factors = em.map((e) => emissionFactors(e, temperature));
  if (!M || factors.includes(null)) return logMarginals(model, em, temperature);
  const E = factors as Float64Array[];
  const alpha = E.map(() => new Float64Array(L));
  const beta = E.map(() => new Float64Array(L).fill(1));
  for (let y = 0; y < L && n; y++) alpha[0]![y] = M[y]! * E[0]![y]!;
  if (n && !normalise(alpha[0]!)) return logMarginals(model, em, temperature);
  for (let t = 1; t < n; t++) {
    const a = alpha[t]!;
    for (let p = 0; p < L; p++) {
      const ap = alpha[t - 1]![p]!;
      if (ap === 0) continue;
      for (let y = 0; y < L; y++) a[y]! += ap * M[(p + 1) * L + y]!;
    }
    for (let y = 0; y < L; y++) a[y]! *= E[t]![y]!;
    if (!normalise(a)) return logMarginals(model, em, temperature);
  }
  for (let t = n - 2; t >= 0; t--) {
    const b = beta[t]!;
    for (let y = 0; y < L; y++) {
      let s = 0;
      for (let q = 0; q < L; q++) s += M[(y + 1) * L + q]! * E[t + 1]![q]! * beta[t + 1]![q]!;
      b[y] = s;
    }
    if (!normalise(b)) return logMarginals(model, em, temperature);
  }
  return alpha.map((a, t) => {
    const out = a.map((x, y) => x * beta[t]![y]!);
    normalise(out);
    return out;
  });
}
