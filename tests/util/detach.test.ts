import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { detach } from '../../src/util/detach.js';

/** V8's collector, reachable once the flag is set (a fresh context sees it). */
function collector(): () => void {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

/** The heap kept by the titles cut from 50 manuscripts of ~1 MB each, once the manuscripts are dropped. */
function heapKept(keep: (title: string) => string): number {
  const gc = collector();
  gc();
  const before = process.memoryUsage().heapUsed;
  const titles: string[] = [];
  for (let k = 0; k < 50; k++) {
    // A manuscript of its own (two-byte text), and a title cut from its middle.
    const manuscript = `第${k}篇。` + '马克思《资本论》第一卷，人民出版社。'.repeat(30_000);
    titles.push(keep(manuscript.slice(500_000, 500_040)));
  }
  gc();
  const kept = process.memoryUsage().heapUsed - before;
  expect(titles.every((t) => t.length === 40)).toBe(true);
  return kept;
}

describe('detach', () => {
  it('gives the same text, whatever its length and characters', () => {
    for (const s of [
      '',
      'a',
      '马克思',
      'x'.repeat(12),
      'x'.repeat(13),
      '𠮷野家的𠮷'.repeat(5),
      '《资本论》第1卷，第5页。',
    ]) {
      expect(detach(s)).toBe(s);
      expect(detach(`--${s}--`.slice(2, -2))).toBe(s);
    }
  });

  it('keeps none of the manuscript a title was cut from', () => {
    // 50 manuscripts of 1.1 MB (two bytes a character): a slice keeps each of them whole.
    expect(heapKept((t) => t)).toBeGreaterThan(40_000_000);
    // (The last manuscript may still be referenced from the stack when the collector runs: at most that one.)
    expect(heapKept(detach)).toBeLessThan(2_500_000);
  });
});
