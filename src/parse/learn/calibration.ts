/**
 * Calibration of the learned parser's field scores: a monotone map from a field's raw score (the least
 * probable token of its run) to the share of such fields that are right, fitted by isotonic regression
 * (pool adjacent violators) on the dev strings kept apart from training. After it, a field scored 0.9 is
 * right about nine times in ten, which is what the one threshold `CONFIDENT` assumes.
 */

/**
 * Per field and language (`author:zh`), per field (`author`) and for every field together (`*`), the map's
 * steps: [raw score, share right], raw ascending.
 */
export type Calibration = Record<string, Array<[number, number]>>;

/** The isotonic (non-decreasing) fit of `right` on `score`, as steps at the pooled blocks' highest score. */
export function isotonic(points: Array<[number, boolean]>, maxSteps = 40): Array<[number, number]> {
  const sorted = [...points].sort((a, b) => a[0] - b[0]);
  // Blocks: [highest score, sum right, count]; a block that is no better than the one before is pooled with it.
  const blocks: Array<[number, number, number]> = [];
  for (const [x, ok] of sorted) {
    blocks.push([x, ok ? 1 : 0, 1]);
    while (blocks.length > 1) {
      const b = blocks.at(-1)!;
      const a = blocks.at(-2)!;
      if (a[1] / a[2] < b[1] / b[2]) break;
      blocks.splice(-2, 2, [b[0], a[1] + b[1], a[2] + b[2]]);
    }
  }
  const steps = blocks.map(([x, sum, n]): [number, number] => [x, sum / n]);
  if (steps.length <= maxSteps) return steps.map(([x, y]) => [round(x), round(y)]);
  // Keep the steps where the share moves most: every k-th, and the last.
  const k = Math.ceil(steps.length / maxSteps);
  return steps.filter((_, i) => i % k === k - 1 || i === steps.length - 1).map(([x, y]) => [round(x), round(y)]);
}

const round = (x: number) => Math.round(x * 10000) / 10000;

/** The calibrated score of a raw score: the share of the first step at or above it (the last step beyond). */
export function calibrated(steps: Array<[number, number]>, raw: number): number {
  for (const [x, y] of steps) if (raw <= x) return y;
  return steps.at(-1)?.[1] ?? raw;
}

/** The map of the field in the language, else of the field, else of every field; the raw score without any. */
export function calibrate(c: Calibration | undefined, field: string, raw: number, lang?: string): number {
  const steps = (lang ? c?.[`${field}:${lang}`] : undefined) ?? c?.[field] ?? c?.['*'];
  return steps?.length ? calibrated(steps, raw) : raw;
}
