// The benchmarks' random numbers: a linear congruential generator, so that a seed gives the same corpus
// on every machine and run.
export function rng(seed) {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}
