/**
 * A Fisher–Yates shuffle driven by xorshift32, for training in a fixed order: it starts from `state` (a seed, or
 * the state a previous shuffle returned, to go on with one sequence over several epochs) and returns the
 * shuffled copy with the state it ended in.
 */
export function shuffleFrom<T>(xs: readonly T[], state: number): { out: T[]; state: number } {
  let s = state >>> 0 || 1;
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    const j = (s >>> 0) % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return { out, state: s };
}
