import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { deserialize, type ModelFile } from '../../../src/parse/learn/perceptron.js';

const DATA = new URL('../../../data/', import.meta.url);
const modelText = readFileSync(new URL('parser-model.json', DATA));
const manifest = JSON.parse(readFileSync(new URL('parser-model.manifest.json', DATA), 'utf8')) as {
  sha256: string;
  bytes: number;
  split: { file: string; sha256: string };
  sources: Array<{ source: string; strings: number; licence: string; notice?: string }>;
};
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

describe('the committed model of the learned parser', () => {
  it('is the one its manifest describes, within 10 MB', () => {
    expect(sha256(modelText)).toBe(manifest.sha256);
    expect(modelText.length).toBe(manifest.bytes);
    expect(modelText.length).toBeLessThanOrEqual(10_000_000);
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
    expect(deserialize(JSON.parse(modelText.toString('utf8')) as ModelFile).model.buckets.length).toBeGreaterThan(1000);
  });
});
