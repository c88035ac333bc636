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

export function marginals(
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
