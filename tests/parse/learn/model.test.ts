import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONFIDENT } from '../../../src/model/citation.js';
import { parseReference } from '../../../src/parse/index.js';
import { learnedFallback, learnedModel, learnedReference, readLearned } from '../../../src/parse/learn/reading.js';
import { lexiconTables } from '../../../src/resolve/tables.js';

const DATA = new URL('../../../data/', import.meta.url);
const modelBytes = readFileSync(new URL('parser-model.bin', DATA));
const manifest = JSON.parse(readFileSync(new URL('parser-model.manifest.json', DATA), 'utf8')) as {
  sha256: string;
  bytes: number;
  split: { file: string; sha256: string };
  sources: Array<{ source: string; strings: number; licence: string; notice?: string }>;
};
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

describe('the committed model of the learned parser', () => {
  it('is the one its manifest describes, within 10 MB', () => {
    expect(sha256(modelBytes)).toBe(manifest.sha256);
    expect(modelBytes.length).toBe(manifest.bytes);
    expect(modelBytes.length).toBeLessThanOrEqual(10_000_000);
  });

  it('was trained on the committed split, and names the licences of what it was trained on', () => {
    expect(sha256(readFileSync(new URL('parser-split.json', DATA)))).toBe(manifest.split.sha256);
    const anystyle = manifest.sources.find((s) => s.source === 'anystyle');
    expect(anystyle?.licence).toBe('BSD-2-Clause');
    expect(anystyle?.notice).toMatch(/Sylvester Keil[\s\S]*Redistributions of source code must retain/);
    const styles = manifest.sources.filter((s) => s.source !== 'anystyle');
    expect(styles.length).toBeGreaterThan(0);
    for (const s of styles) expect(s.licence).toBe('CC-BY-SA-3.0');
    for (const s of manifest.sources) expect(s.strings).toBeGreaterThan(0);
  });

  it('loads, with labels this parser knows', () => {
    expect(learnedModel().model.buckets.length).toBeGreaterThan(1000);
  });

  it('carries its item-type classifier and a monotone calibration of the field scores', () => {
    const { itemTypes, calibration } = learnedModel().model;
    expect(itemTypes?.classes).toEqual(expect.arrayContaining(['article-journal', 'book', 'chapter', 'thesis']));
    for (const steps of Object.values(calibration ?? {})) {
      const ys = steps.map(([, y]) => y);
      expect([...ys].sort((a, b) => a - b)).toEqual(ys);
      for (const y of ys) expect(y).toBeLessThanOrEqual(1);
    }
    expect(calibration?.['*']?.length).toBeGreaterThan(2);
  });
});

describe('the learned parser where the rules give up', () => {
  // An author–year reference without title marks (the shape of issue 12's examples; made-up).
  const text = '周明远. 2021. 乡村治理中的数字化转型. 社会学评论, 3: 88-102.';

  it('reads a title the rules do not find', () => {
    const rules = parseReference(text);
    expect(rules.failure ?? (rules.item.title ? null : 'no title')).toBeTruthy();
    const r = parseReference(text, { fallback: learnedFallback(lexiconTables) });
    expect(r.failure).toBeUndefined();
    expect(r.item.title).toBe('乡村治理中的数字化转型');
    expect(r.item.author).toEqual([{ literal: '周明远' }]);
  });

  it('keeps only the fields it scores at or above the one threshold, each with its score and span', () => {
    const r = parseReference(text, { fallback: learnedFallback(lexiconTables) });
    const reading = readLearned(text, lexiconTables);
    for (const field of Object.keys(r.item)) {
      if (field === 'id' || field === 'language' || field === 'type') continue;
      expect(r.scores?.[field]).toBeGreaterThanOrEqual(CONFIDENT);
      expect(r.confidence[field]).toBe('parsed');
      expect(r.spans[field]).toBeDefined();
    }
    for (const [field, s] of Object.entries(reading.scores)) {
      expect(s).toBeGreaterThanOrEqual(0);
      expect(s).toBeLessThanOrEqual(1);
      if (s < CONFIDENT && field !== 'type') expect(r.item[field]).toBeUndefined();
    }
  });

  it('leaves a fragment the rules read (a corporate author, an imprint) alone', () => {
    for (const fragment of ['[7] 云南省地方志编纂委员会.', '[8] 巴蜀书社, 1993.']) {
      const rules = parseReference(fragment);
      expect(rules.item.author ?? rules.item.publisher).toBeDefined();
      expect(parseReference(fragment, { fallback: learnedFallback(lexiconTables) })).toEqual(rules);
    }
  });

  it('reads no reference in a sentence it can only take for a title', () => {
    const prose = '这是一段评论，没有引文';
    expect(readLearned(prose, lexiconTables).item.title).toBe(prose);
    expect(learnedReference(prose, 'zh', lexiconTables)).toBeNull();
    expect(parseReference(prose, { fallback: learnedFallback(lexiconTables) }).failure).toBeTruthy();
  });

  it('leaves what the rules read alone', () => {
    const gbt = '杨洪升. 四库馆私家抄校书考略[J]. 文献, 2013(1): 56-75.';
    expect(parseReference(gbt, { fallback: learnedFallback(lexiconTables) })).toEqual(parseReference(gbt));
  });
});
