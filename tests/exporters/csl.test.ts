import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { bibliography, renderNotes } from '../../src/exporters/csl/render.js';
import { loadStyle } from '../../src/exporters/csl/styles.js';
import { gbtName, sentenceCase } from '../../src/exporters/csl/prepare-gbt.js';
import { renderLanguage } from '../../src/exporters/csl/language.js';
import { parseReference } from '../../src/parse/index.js';
import type { CslItem } from '../../src/model/csl.js';
import { evaluate, evaluateNotes } from '../../scripts/eval-styles.mjs';
import type { CorpusLine } from '../../scripts/corpus-line.js';

const corpus = fileURLToPath(new URL('../../../shared/corpus/gbt7714-2015-numeric.jsonl', import.meta.url));
const present = existsSync(corpus);
if (!present)
  console.log(
    `style corpus test skipped: ${corpus} is absent (it ships with the project's shared folder, not with citeaudit)`,
  );

describe.skipIf(!present)('gbt7714-2015-numeric on the shared corpus', () => {
  it('reproduces at least 90% of the formatted strings exactly from their structured items', async () => {
    const lines = readFileSync(corpus, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as CorpusLine);
    const { n, exact, diffs } = await evaluate(lines, { bibliography, loadStyle });
    expect(n).toBe(224);
    expect(
      exact / n,
      diffs
        .slice(0, 5)
        .map((d) => `- ${d.expected}\n+ ${d.got}`)
        .join('\n'),
    ).toBeGreaterThanOrEqual(0.9);
    // Chinese references are the style's home ground: at most one may differ.
    expect(diffs.filter((d) => d.lang === 'zh').length).toBeLessThanOrEqual(1);
  }, 60000);
});

const cassCorpus = fileURLToPath(new URL('../../../shared/corpus/cass-notes.jsonl', import.meta.url));
const cassPresent = existsSync(cassCorpus);
if (!cassPresent)
  console.log(`cass-note corpus test skipped: ${cassCorpus} is absent (it ships with the project's shared folder)`);

describe.skipIf(!cassPresent)('cass-note on the shared corpus of 《中国社会科学》 notes', () => {
  // A floor a little under today's 125/189 (0.661): classical sources (卷, 影印本), archives and serial
  // holdings are not modelled yet. Raise it as the style improves.
  it('renders at least 60% of the notes exactly as first notes', async () => {
    const lines = readFileSync(cassCorpus, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as CorpusLine);
    const { n, exact } = await evaluateNotes(lines, { renderNotes, loadStyle });
    expect(n).toBe(189);
    expect(exact / n).toBeGreaterThanOrEqual(0.6);
  }, 60000);
});

// Reference strings as manuscripts print them, parsed and formatted again: no shared folder needed.
const REFS = [
  '[1] 哈里森, 沃尔德伦. 经济数学与金融数学[M]. 谢远涛, 译. 北京: 中国人民大学出版社, 2012: 235-236.',
  '[2] PEEBLES P Z, Jr. Probability, random variables, and random signal principles[M]. 4th ed. New York: McGraw-Hill, 2001.',
  '[美]大卫·哈维：《马克思与〈资本论〉》，周大昕译，北京：中信出版社，2018年，第188页。',
  'C. Hughes and A. Southern, “The World of Work and the Crisis of Capitalism: Marx and the Fourth Industrial Revolution”, Journal of Classical Sociology, Vol. 19, No. 1, 2019.',
  '刘裕国、杨柳、张洋、王汉超：《雾霾来袭，如何突围？》，《人民日报》2013年1月12日，第4版。',
];
const parsed = (): CslItem[] => REFS.map((r, k) => ({ ...parseReference(r).item, id: `r${k}` }));
// Four authors in English: et al. after the first three (GB/T) or the first one (Chicago notes).
const fourAuthors: CslItem = {
  id: 'x',
  type: 'article-journal',
  title: 'Phenotypic Screening with Oleaginous Microalgae',
  'container-title': 'ACS Chemical Biology',
  author: [
    { family: 'Franz', given: 'Annaliese K.' },
    { family: 'Danielewicz', given: 'Megan A.' },
    { family: 'Wong', given: 'Diana M.' },
    { family: 'Anderson', given: 'Lisa A.' },
  ],
  volume: '8',
  page: '1053-1062',
  issued: { 'date-parts': [[2013]] },
};

describe('formatted text from parsed references, Chinese and English in one list', () => {
  it('gbt7714-2015-numeric: 等 for the Chinese item, et al. for the English one, type codes and half-width marks', async () => {
    expect(await bibliography([...parsed(), fourAuthors], loadStyle('gbt7714-2015-numeric'))).toEqual([
      '[1] 哈里森, 沃尔德伦. 经济数学与金融数学[M]. 谢远涛, 译. 北京: 中国人民大学出版社, 2012.',
      '[2] PEEBLES P Z, Jr. Probability, random variables, and random signal principles[M]. 4th ed. New York: McGraw-Hill, 2001.',
      '[3] 大卫·哈维. 马克思与〈资本论〉[M]. 周大昕, 译. 北京: 中信出版社, 2018.',
      '[4] HUGHES C, SOUTHERN A. The world of work and the crisis of capitalism: marx and the fourth industrial revolution[J]. Journal of Classical Sociology, 2019, 19(1).',
      '[5] 刘裕国, 杨柳, 张洋, 等. 雾霾来袭, 如何突围?[N]. 人民日报, 2013-01-12(4).',
      '[6] FRANZ A K, DANIELEWICZ M A, WONG D M, et al. Phenotypic screening with oleaginous microalgae[J]. ACS Chemical Biology, 2013, 8: 1053-1062.',
    ]);
  });

  it('gbt7714-2025-numeric leaves out the place of publication', async () => {
    const out = await bibliography(parsed().slice(0, 1), loadStyle('gbt7714-2025-numeric'));
    expect(out).toEqual(['[1] 哈里森, 沃尔德伦. 经济数学与金融数学[M]. 谢远涛, 译. 中国人民大学出版社, 2012.']);
  });

  it('cass-note: full-width marks, 《》 and 译 for Chinese items; Chicago-like English items; every author listed, as the journal does', async () => {
    expect(await bibliography([...parsed(), fourAuthors], loadStyle('cass-note'))).toEqual([
      '哈里森、沃尔德伦：《经济数学与金融数学》，谢远涛译，北京：中国人民大学出版社，2012年。',
      'P. Z. Peebles Jr, Probability, Random Variables, and Random Signal Principles, 4th ed., New York: McGraw-Hill, 2001.',
      '[美]大卫·哈维：《马克思与〈资本论〉》，周大昕译，北京：中信出版社，2018年。',
      'C. Hughes and A. Southern, “The World of Work and the Crisis of Capitalism: Marx and the Fourth Industrial Revolution,” Journal of Classical Sociology, vol. 19, no. 1 (2019).',
      '刘裕国、杨柳、张洋、王汉超：《雾霾来袭，如何突围？》，《人民日报》2013年1月12日，第4版。',
      'Annaliese K. Franz, Megan A. Danielewicz, Diana M. Wong, and Lisa A. Anderson, “Phenotypic Screening with Oleaginous Microalgae,” ACS Chemical Biology, vol. 8 (2013), pp. 1053-1062.',
    ]);
  });

  it('chicago-notes: 等 after three Chinese names, et al. after the first English one in a note', async () => {
    const notes = await renderNotes(
      [...parsed(), fourAuthors],
      [
        { place: '1', original: '', cites: [{ id: 'r4', locator: null, prefix: null }] },
        { place: '2', original: '', cites: [{ id: 'x', locator: '1055', prefix: null }] },
      ],
      loadStyle('chicago-notes'),
    );
    expect(notes).toEqual([
      '刘裕国、杨柳、张洋等：《雾霾来袭，如何突围？》，《人民日报》2013年1月12日，第4版。',
      'Annaliese K. Franz et al., “Phenotypic Screening with Oleaginous Microalgae,” ACS Chemical Biology 8 (2013): 1055.',
    ]);
  });

  it('chicago-bibliography: English entries inverted and sorted, Chinese entries in the Chinese form', async () => {
    const out = await bibliography(parsed(), loadStyle('chicago-bibliography'));
    expect(out.slice(0, 2)).toEqual([
      'Hughes, C., and A. Southern. “The World of Work and the Crisis of Capitalism: Marx and the Fourth Industrial Revolution.” Journal of Classical Sociology 19, no. 1 (2019).',
      'Peebles, P. Z., Jr. Probability, Random Variables, and Random Signal Principles. 4th ed. New York: McGraw-Hill, 2001.',
    ]);
    expect(out).toContain('[美]大卫·哈维：《马克思与〈资本论〉》，周大昕译，北京：中信出版社，2018年。');
    expect(out).toHaveLength(5);
  });
});

describe('GB/T item preparation', () => {
  it('writes Latin names as upper-case family name and initials, with the suffix after a comma', () => {
    expect(gbtName({ family: 'Peebles', given: 'Peyton Z.', suffix: 'Jr.' })).toEqual({ literal: 'PEEBLES P Z, Jr' });
    expect(gbtName({ family: 'Park', given: 'Jung-Ran' })).toEqual({ family: 'PARK', given: 'J R' });
    expect(gbtName({ family: 'Кочетков', given: 'А. Я.' })).toEqual({ family: 'Кочетков', given: 'А Я' });
    expect(gbtName({ literal: '北京联合大学民族与宗教研究所' })).toEqual({ literal: '北京联合大学民族与宗教研究所' });
  });

  it('puts Title Case titles in sentence case and leaves sentence-case titles (with their proper nouns) alone', () => {
    expect(sentenceCase('Shaking without Quaking')).toBe('Shaking without quaking');
    expect(sentenceCase('UNIMARC and Metadata: Dublin Core')).toBe('UNIMARC and metadata: dublin core');
    expect(sentenceCase('Digital labor and Karl Marx')).toBe('Digital labor and Karl Marx');
  });

  it('gives every item a rendering language from its language field or its script', () => {
    expect(renderLanguage({ id: 'a', type: 'book', title: '宋论' })).toBe('zh-CN');
    expect(renderLanguage({ id: 'a', type: 'book', title: 'Science', language: 'english' })).toBe('en-US');
    expect(renderLanguage({ id: 'a', type: 'book', title: 'Молибден' })).toBe('en-US');
    expect(renderLanguage({ id: 'a', type: 'book', title: '도서관법규총람' })).toBe('ko-KR');
  });
});
