import { describe, expect, it } from 'vitest';
import { logMarginals, marginals } from '../../../src/parse/learn/marginals.js';
import { emptyModel } from '../../../src/parse/learn/perceptron.js';

/** A fixed pseudo-random sequence in [-scale, scale). */
function noise(seed: number, scale: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return (s / 2147483648 - 0.5) * 2 * scale;
  };
}

/** Marginals by summing over every path of three tokens (25^3 of them), in logarithms. */
function bruteForce(transitions: Float64Array, em: Float64Array[], t: number): number[][] {
  const L = em[0]!.length;
  const scores: Array<[number[], number]> = [];
  for (let a = 0; a < L; a++)
    for (let b = 0; b < L; b++)
      for (let c = 0; c < L; c++) {
        const s =
          transitions[a]! +
          em[0]![a]! +
          transitions[(a + 1) * L + b]! +
          em[1]![b]! +
          transitions[(b + 1) * L + c]! +
          em[2]![c]!;
        if (s > -Infinity) scores.push([[a, b, c], s / t]);
      }
  const max = Math.max(...scores.map(([, s]) => s));
  const z = scores.reduce((acc, [, s]) => acc + Math.exp(s - max), 0);
  const out = em.map(() => new Array<number>(L).fill(0));
  for (const [path, s] of scores) path.forEach((y, i) => (out[i]![y]! += Math.exp(s - max) / z));
  return out;
}

function chain(seed: number, scale: number) {
  const model = emptyModel(new Map());
  const L = model.labels.length;
  const r = noise(seed, scale);
  for (let i = 0; i < model.transitions.length; i++) model.transitions[i] = r();
  const em = [0, 1, 2].map(() => Float64Array.from({ length: L }, r));
  em[1]![3] = -Infinity; // a label the hard cues forbid
  return { model, em };
}

describe('marginals of the learned parser', () => {
  for (const [scale, t] of [
    [3, 1],
    [200, 48],
    [900, 1],
  ] as const) {
    it(`equal the sum over every path (scores within ±${scale}, temperature ${t})`, () => {
      const { model, em } = chain(scale, scale);
      const want = bruteForce(model.transitions, em, t);
      for (const got of [marginals(model, em, t), logMarginals(model, em, t)]) {
        got.forEach((row, i) => {
          row.forEach((p, y) => {
            expect(p).toBeCloseTo(want[i]![y]!, 9);
          });
        });
        expect(got[1]![3]).toBe(0);
        for (const row of got) expect(row.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
      }
    });
  }
});
