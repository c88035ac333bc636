import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/parse/learn/tokenize.js';
import { cslErrors, describeWithSchemas } from '../../helpers/schemas.js';
// @ts-expect-error plain ESM script without types
import * as recordsScript from '../../../scripts/parser-records.mjs';
// @ts-expect-error plain ESM script without types
import * as renderScript from '../../../scripts/parser-render.mjs';

type Name = { literal?: string; family?: string; given?: string };
type Csl = Record<string, unknown> & {
  id: string;
  type: string;
  title?: string;
  author?: Name[];
  editor?: Name[];
  translator?: Name[];
  volume?: string;
};
interface GeneratedRecord {
  id: string;
  lang: string;
  csl: Csl;
}
interface Tables {
  names: { common: string[]; surnames: string[]; compound: string[]; given: string[] };
  journals: Array<{ name: string }>;
  publishers: Array<{ name: string; places: string[] }>;
  westernFamily: string[];
  westernGiven: string[];
  countries: string[];
  brackets: string[];
}
interface Labelled {
  drop?: string;
  text: string;
  tokens: Array<[number, number, string]>;
  printed: Record<string, string>;
}
const { generateRecords, recordTables, TYPE_SHARES, SHAPE_SHARES, isGenerated } = recordsScript as {
  generateRecords: (o?: { count?: number; seed?: number }) => GeneratedRecord[];
  recordTables: () => Tables;
  TYPE_SHARES: Record<string, number>;
  SHAPE_SHARES: Record<string, number>;
  isGenerated: (id: string) => boolean;
};
const { goldItem, labelString, renderPair } = renderScript as {
  goldItem: (item: object, printed: Record<string, string>) => object | null;
  labelString: (
    pair: { plain: string; marked: string },
    vars: unknown[],
    item: object,
    tok: typeof tokenize,
  ) => Labelled;
  renderPair: (
    xml: string,
    items: object[],
  ) => Promise<{ strings: Map<string, { plain: string; marked: string }>; vars: unknown[] }>;
};

const records = generateRecords();
const tables = recordTables();
const share = (pred: (r: GeneratedRecord) => boolean, of = records) => of.filter(pred).length / of.length;

describe('generated training records', () => {
  it('are the same for the same seed and differ for another', () => {
    expect(generateRecords({ count: 200, seed: 5 })).toEqual(generateRecords({ count: 200, seed: 5 }));
    expect(generateRecords({ count: 200, seed: 6 })).not.toEqual(generateRecords({ count: 200, seed: 5 }));
    expect(records.length).toBe(4000);
    expect(records.every((r, k) => r.id === `generated:${k + 1}` && r.csl.id === r.id && isGenerated(r.id))).toBe(true);
  });

  it('hold each type near its declared share', () => {
    expect(Object.values(TYPE_SHARES).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6);
    for (const [type, want] of Object.entries(TYPE_SHARES)) {
      const got = share((r) => r.csl.type === type);
      expect(Math.abs(got - want), `${type}: ${got} for ${want}`).toBeLessThan(Math.max(0.02, want * 0.35));
    }
    const withAuthors = records.filter((r) => r.csl.author?.length && r.csl.type !== 'standard');
    const corporate = share((r) => !!r.csl.author?.some((n) => n.literal && !isPerson(n)), withAuthors);
    expect(corporate).toBeGreaterThan(0.1);
    expect(corporate).toBeLessThan(0.18);
    const books = records.filter((r) => r.csl.type === 'book');
    expect(share((r) => !!r.csl.translator, books)).toBeCloseTo(SHAPE_SHARES.translatedBook!, 1);
    expect(share((r) => !!r.csl.volume, books)).toBeGreaterThan(0.05);
    expect(share((r) => (r.csl.author?.length ?? 0) >= 4)).toBeGreaterThan(0.05);
  });

  it('give every type the fields its notes print', () => {
    const needs: Record<string, string[]> = {
      book: ['title', 'publisher', 'publisher-place', 'issued'],
      'article-journal': ['author', 'title', 'container-title', 'issued', 'page'],
      chapter: ['author', 'title', 'container-title', 'publisher', 'page'],
      thesis: ['author', 'title', 'genre', 'publisher', 'publisher-place'],
      'article-newspaper': ['title', 'container-title', 'page'],
      webpage: ['title', 'URL', 'accessed'],
      report: ['author', 'title', 'publisher'],
      'paper-conference': ['author', 'title', 'container-title', 'publisher'],
      standard: ['author', 'title', 'number', 'publisher'],
      manuscript: ['title', 'archive', 'archive_location', 'issued'],
    };
    for (const { csl } of records) {
      for (const f of needs[csl.type]!) expect(csl[f], `${csl.id} ${csl.type} ${f}`).toBeDefined();
      expect(csl.language).toBe('zh-CN');
    }
    const newspaper = records.find((r) => r.csl.type === 'article-newspaper')!.csl;
    expect((newspaper.issued as { 'date-parts': number[][] })['date-parts'][0]).toHaveLength(3);
    expect(records.every((r) => r.csl.type !== 'book' || r.csl.author || r.csl.editor)).toBe(true);
  });

  it('take names, journals and publishers from the tables', () => {
    const surnames = new Set([...tables.names.common, ...tables.names.surnames, ...tables.names.compound]);
    const given = new Set(tables.names.given);
    const journals = new Set(tables.journals.map((j) => j.name));
    const places = new Map(tables.publishers.map((p) => [p.name, p.places]));
    for (const { csl } of records) {
      for (const n of [...(csl.author ?? []), ...(csl.editor ?? []), ...(csl.translator ?? [])]) {
        if (n.family !== undefined) {
          expect(surnames.has(n.family), n.family).toBe(true);
          expect(
            [...n.given!].every((c) => given.has(c)),
            n.given,
          ).toBe(true);
        } else if (isForeign(n.literal!)) expect(foreignFromTables(n.literal!), n.literal).toBe(true);
      }
      if (csl.type === 'article-journal') expect(journals.has(csl['container-title'] as string)).toBe(true);
      if (csl.type === 'book') expect(places.get(csl.publisher as string)).toContain(csl['publisher-place']);
    }
    const translated = records.filter((r) => r.csl.translator).flatMap((r) => r.csl.author!);
    expect(translated.length).toBeGreaterThan(300);
    expect(translated.every((n) => isForeign(n.literal!))).toBe(true);
  });
});

const isPerson = (n: Name) => isForeign(n.literal!) || splitsAsPerson(n.literal!);

/** A literal of a surname of the tables and one or two given-name characters. */
function splitsAsPerson(s: string): boolean {
  const { common, surnames, compound, given } = tables.names;
  return [...common, ...surnames, ...compound].some(
    (f) => s.startsWith(f) && s.length - f.length <= 2 && [...s.slice(f.length)].every((c) => given.includes(c)),
  );
}

/** Opens with a nationality marker of the tables. */
function isForeign(s: string): boolean {
  return tables.brackets.some(([open]) => s.startsWith(open!));
}

/** `[美]约翰·罗尔斯`: a bracket pair and a country of nationality.json, names of western-names.json. */
function foreignFromTables(s: string): boolean {
  return tables.brackets.some((b) => {
    const [open, close] = [...b];
    const end = s.indexOf(close!, 1);
    if (!s.startsWith(open!) || end < 0 || !tables.countries.includes(s.slice(1, end))) return false;
    const parts = s
      .slice(end + 1)
      .trim()
      .split('·');
    const family = parts.pop()!;
    return tables.westernFamily.includes(family) && parts.every((p) => tables.westernGiven.includes(p));
  });
}

describe('generated records rendered in GB/T 7714 (data/styles/gbt7714-2015-numeric.csl)', () => {
  const xml = readFileSync(new URL('../../../data/styles/gbt7714-2015-numeric.csl', import.meta.url), 'utf8');
  const pick = (p: (c: Csl) => boolean) => records.find((r) => p(r.csl))!.csl;
  const items = [
    pick((c) => !!c.translator),
    pick((c) => c.type === 'book' && !!c.volume && !c.translator),
    pick((c) => c.type === 'article-newspaper' && !!c.author),
    pick((c) => c.type === 'chapter' && !!c.editor),
    pick((c) => c.type === 'standard'),
    pick((c) => c.type === 'webpage' && !!c.issued),
  ];

  it('trace every token to the field that printed it', async () => {
    const { strings, vars } = await renderPair(xml, items);
    expect(strings.size).toBe(items.length);
    for (const item of items) {
      const r = labelString(strings.get(item.id)!, vars, item, tokenize);
      expect(r.drop, r.text).toBeUndefined();
      expect(goldItem(item, r.printed), r.text).not.toBeNull();
      const field = (label: string) =>
        r.tokens
          .filter(([, , l]) => l === label)
          .map(([s, e]) => r.text.slice(s, e))
          .join('');
      expect(field('title')).toBe(item.title!.replace(/\s/gu, ''));
      if (item.translator) {
        // The nationality marker is part of the author's name; the translators are labelled as such.
        expect(r.text).toMatch(/译\./u);
        expect(field('author').startsWith(item.author![0]!.literal!.replace(/\s/gu, ''))).toBe(true);
        expect(field('translator')).toContain(item.translator[0]!.literal ?? item.translator[0]!.family);
      }
      if (item.type === 'book' && item.volume) expect(field('volume')).toBe(item.volume);
      if (item.type === 'article-newspaper') expect(field('issued')).toMatch(/^\d{4}-\d{2}-\d{2}$/u);
      if (item.type === 'webpage') expect(field('accessed')).toMatch(/^\d{4}-\d{2}-\d{2}$/u);
      if (item.type === 'chapter') expect(field('editor').length).toBeGreaterThan(1);
    }
  });
});

describeWithSchemas('generated records against the CSL 1.0 input schema (../shared/schemas/csl-data.json)', () => {
  it('are valid CSL-JSON', () => {
    expect(cslErrors(records.map((r) => r.csl))).toEqual([]);
  });
});
