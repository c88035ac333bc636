import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type Token, tokenize } from '../../../src/parse/learn/tokenize.js';

/** The tokens cover the string: each is its span's text, in order, with only white space between them. */
function expectSpansJoin(text: string, tokens: Token[] = tokenize(text)): void {
  let at = 0;
  let rebuilt = '';
  for (const t of tokens) {
    expect(t.text, `token at ${t.start} of ${text}`).toBe(text.slice(t.start, t.end));
    expect(t.start).toBeGreaterThanOrEqual(at);
    const gap = text.slice(at, t.start);
    expect(gap, `gap before ${t.text} in ${text}`).toMatch(/^\s*$/u);
    expect(t.spaceBefore).toBe(gap.length > 0 || t.start === 0);
    rebuilt += gap + t.text;
    at = t.end;
  }
  expect(text.slice(at)).toMatch(/^\s*$/u);
  expect(rebuilt + text.slice(at)).toBe(text);
}

const texts = (tokens: Token[]) => tokens.map((t) => t.text);
const kinds = (tokens: Token[]) => tokens.map((t) => `${t.text}/${t.kind}`);

// Strings of the forms the parser meets (made up, in the shapes of GB/T 7714, 《中国社会科学》 notes,
// full-width separators, Chicago, APA, with URLs and DOIs).
const FORMS = [
  '[2] 哈里森, 沃尔德伦. 经济数学与金融数学[M]. 谢远涛, 译. 北京: 中国人民大学出版社, 2012: 235-236.',
  '①〔美〕大卫·哈维：《资本的限度》，张寅译，北京：中信出版社，2017年，第247—266页。',
  '李晓红．城市更新与社区参与．北京：商务印书馆，2019．',
  '周明远. 2021. 乡村治理中的数字化转型. 社会学评论, 3: 88-102.',
  '王磊：《论“共同富裕”的〈政治经济学〉意涵》，《经济地理》2018年第4期。',
  '经济地理，2018，38（4）：12-19',
  '陈平. 数字档案[EB/OL]. (2020-05-01)[2021-03-02]. https://www.example.org/a/b?c=1&d=2.',
  'Harper and L. Ross, ‘Signal Processing in Bees’, *Apidologie* 12, no. 2 (1991): 45–67.',
  'Smith, J. A., & O’Brien, K. (2019). Learning to parse. Journal of Data, 7(2), 101–120. https://doi.org/10.1000/xyz-123',
  'Doe, Jane. The Long Road. 2nd ed. New York: Harper & Row, 1999. doi:10.1234/abc.5.',
  '頁112-130。「台灣研究」第3期，『東京』…… 見 同上。',
];

describe('tokenize: spans', () => {
  it('joins back to the original exactly for every form', () => {
    for (const t of FORMS) expectSpansJoin(t);
  });

  it('keeps surrogate pairs, private-use characters and odd spaces inside spans', () => {
    expectSpansJoin('𠀀𠀁 A\u00a0B\u3000C \ue000x\ue001 ');
    expect(texts(tokenize('𠀀𠀁'))).toEqual(['𠀀', '𠀁']);
  });

  const corpus = fileURLToPath(new URL('../../../../shared/corpus/', import.meta.url));
  const dev = fileURLToPath(new URL('../../../bench/dev-styles/', import.meta.url));
  it('joins back for every string of the dev sets (bench/dev-styles, and ../shared/corpus when present)', () => {
    let n = 0;
    for (const dir of [dev, corpus].filter((d) => existsSync(d))) {
      for (const f of readdirSync(dir).filter((x) => x.endsWith('.jsonl'))) {
        for (const line of readFileSync(dir + f, 'utf8')
          .split('\n')
          .filter(Boolean)) {
          expectSpansJoin((JSON.parse(line) as { text: string }).text);
          n++;
        }
      }
    }
    expect(n).toBeGreaterThan(500);
  });
});

describe('tokenize: kinds', () => {
  it('makes each Han character a token', () => {
    expect(kinds(tokenize('商务印书馆'))).toEqual(['商/cjk', '务/cjk', '印/cjk', '书/cjk', '馆/cjk']);
  });

  it('ends a Latin word where Han characters begin', () => {
    expect(texts(tokenize('5.9GHz无线'))).toEqual(['5', '.', '9', 'GHz', '无', '线']);
    expect(texts(tokenize('基于TDOA的'))).toEqual(['基', '于', 'TDOA', '的']);
  });

  it('reads GB/T type codes as one token, with their carriers', () => {
    const t = tokenize('考略[J]. 数据[EB/OL]. 图谱［M］. 年鉴[J/OL].');
    expect(t.filter((x) => x.kind === 'typecode').map((x) => x.text)).toEqual(['[J]', '[EB/OL]', '［M］', '[J/OL]']);
  });

  it('leaves brackets that hold no type code as brackets', () => {
    expect(kinds(tokenize('[2] [美]'))).toEqual([
      '[/bracket',
      '2/number',
      ']/bracket',
      '[/bracket',
      '美/cjk',
      ']/bracket',
    ]);
  });

  it('reads a URL and a DOI whole (a doi.org link as a URL), without the full stop that ends the sentence', () => {
    const t = tokenize('见 https://www.example.org/a/b?c=1. 又 doi:10.1234/abc.5. https://doi.org/10.1000/xyz-123');
    expect(t.filter((x) => x.kind === 'url').map((x) => x.text)).toEqual([
      'https://www.example.org/a/b?c=1',
      'https://doi.org/10.1000/xyz-123',
    ]);
    expect(t.filter((x) => x.kind === 'doi').map((x) => x.text)).toEqual(['doi:10.1234/abc.5']);
  });

  it('tells title marks, brackets, quotes and punctuation apart, full- and half-width', () => {
    expect(kinds(tokenize('《a》〈b〉“c”（d）．，,"e"'))).toEqual([
      '《/titlemark',
      'a/word',
      '》/titlemark',
      '〈/titlemark',
      'b/word',
      '〉/titlemark',
      '“/titlemark',
      'c/word',
      '”/titlemark',
      '（/bracket',
      'd/word',
      '）/bracket',
      '．/punct',
      '，/punct',
      ',/punct',
      '"/quote',
      'e/word',
      '"/quote',
    ]);
  });

  it('keeps apostrophes inside Latin words and numbers whole', () => {
    expect(kinds(tokenize("O’Brien's 1999–2001"))).toEqual(["O’Brien's/word", '1999/number', '–/punct', '2001/number']);
  });

  it('keeps the separators that are one sign whole: // —— ……', () => {
    expect(texts(tokenize('论文集//会议——总结……'))).toEqual([
      '论',
      '文',
      '集',
      '//',
      '会',
      '议',
      '——',
      '总',
      '结',
      '……',
    ]);
  });

  it('marks white space before a token', () => {
    const t = tokenize('New York:Norton');
    expect(t.map((x) => x.spaceBefore)).toEqual([true, true, false, false]);
  });
});
