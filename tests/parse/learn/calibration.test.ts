import { describe, expect, it } from 'vitest';
import { calibrate, calibrated, isotonic } from '../../../src/parse/learn/calibration.js';

describe('calibrating field scores', () => {
  it('fits a non-decreasing map by pooling the scores that are right less often than lower ones', () => {
    // Up to raw 0.4: one right in three (pooled); raw 0.4 right, 0.6 right, 0.7 wrong (pooled: two in three);
    // raw 0.9 right.
    const steps = isotonic([
      [0.2, true],
      [0.2, false],
      [0.4, false],
      [0.4, true],
      [0.6, true],
      [0.7, false],
      [0.9, true],
    ]);
    const ys = steps.map(([, y]) => y);
    expect([...ys].sort((a, b) => a - b)).toEqual(ys);
    expect(steps.map(([x]) => x)).toEqual([0.4, 0.7, 0.9]);
    expect(calibrated(steps, 0.65)).toBeCloseTo(2 / 3, 3);
    expect(calibrated(steps, 0.9)).toBe(1);
    expect(calibrated(steps, 0.1)).toBeCloseTo(1 / 3, 3);
  });

  it('says how often over-confident raw scores are right', () => {
    // Near-certain raw scores right only 90 % of the time come back as 0.9.
    const points: Array<[number, boolean]> = Array.from({ length: 100 }, (_, i) => [0.99 + i / 10000, i % 10 !== 0]);
    const steps = isotonic(points);
    expect(calibrated(steps, 0.995)).toBeCloseTo(0.9, 1);
  });

  it('keeps at most the number of steps asked for, ending with the highest block', () => {
    const points: Array<[number, boolean]> = Array.from({ length: 500 }, (_, i) => [i / 500, i % 7 !== 0 && i > 40]);
    const steps = isotonic(points, 10);
    expect(steps.length).toBeLessThanOrEqual(10);
    expect(steps.at(-1)![1]).toBeGreaterThan(0.8);
  });

  it("uses a field's own map, the map of every field, or the raw score", () => {
    const c = { title: [[1, 0.8]] as Array<[number, number]>, '*': [[1, 0.6]] as Array<[number, number]> };
    expect(calibrate(c, 'title', 0.99)).toBe(0.8);
    expect(calibrate(c, 'volume', 0.99)).toBe(0.6);
    expect(calibrate(undefined, 'volume', 0.99)).toBe(0.99);
  });
});
