import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { pinyin } from 'pinyin-pro';
import * as opencc from 'opencc-js/cn2t';
import { describe, expect, it } from 'vitest';
import { loadChineseConverter, titleKey } from '../../src/util/normalize.js';
import { parseReference } from '../../src/parse/index.js';
import { Matcher } from '../../src/resolve/match.js';
import { buildPairs, evaluate, readCorpus } from '../../scripts/eval-match.mjs';

const corpus = fileURLToPath(new URL('../../../shared/corpus/', import.meta.url));
const present = existsSync(corpus);
if (!present)
  console.log(
    `match benchmark skipped: ${corpus} is absent (it ships with the project's shared folder, not with citeaudit)`,
  );

interface Row {
  kind: string;
  n: number;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
}

describe.skipIf(!present)('matcher on the benchmark built from the shared corpus', () => {
  it('precision ≥ 0.99 and recall ≥ 0.95 overall; no wrong match of a clean or corrupted citation', async () => {
    await loadChineseConverter();
    const built = buildPairs(readCorpus(corpus), {
      pinyin,
      // opencc-js's declarations import './core' without an extension, which Node16 resolution cannot follow.
      toTraditional: opencc.Converter({ from: 'cn', to: 'twp' }) as (text: string) => string,
      parseReference,
      titleKey,
    });
    const rows: Row[] = evaluate(await Matcher.create(built.library), built);
    const all = rows.find((r) => r.kind === 'all')!;
    expect(all.n).toBeGreaterThan(4000);
    expect(all.precision).toBeGreaterThanOrEqual(0.99);
    expect(all.recall).toBeGreaterThanOrEqual(0.95);
    // Every kind of corruption is represented, and the ones a reader makes most are recovered.
    const kind = (k: string) => rows.find((r) => r.kind === k);
    for (const k of [
      'exact',
      'typo',
      'missing fields',
      'traditional',
      'pinyin names',
      'no subtitle',
      'other pages',
      'year ±1',
      'parsed text',
      'other volume',
      'other last word',
      'same title, other author',
    ])
      expect(kind(k)?.n, k).toBeGreaterThan(50);
    for (const k of ['exact', 'traditional', 'pinyin names', 'year ±1', 'typo', 'no subtitle'])
      expect(kind(k)?.recall, k).toBeGreaterThanOrEqual(0.9);
    for (const k of ['exact', 'typo', 'traditional', 'pinyin names', 'year ±1', 'no subtitle'])
      expect(kind(k)?.fp, k).toBe(0);
  });
});
