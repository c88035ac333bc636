import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/parse/learn/tokenize.js';
// @ts-expect-error plain ESM script without types
import * as renderScript from '../../../scripts/parser-render.mjs';
// @ts-expect-error plain ESM script without types
import * as dataScript from '../../../scripts/parser-data.mjs';

interface Labelled {
  drop?: string;
  text: string;
  tokens: Array<[number, number, string]>;
  printed: Record<string, string>;
}
interface Pair {
  plain: string;
  marked: string;
}
const { goldItem, labelString, renderPair, sentinelStyle } = renderScript as {
  goldItem: (item: object, printed: Record<string, string>) => object | null;
  labelString: (pair: Pair, vars: unknown[], item: object, tok: typeof tokenize) => Labelled;
  renderPair: (xml: string, items: object[]) => Promise<{ strings: Map<string, Pair>; vars: unknown[] }>;
  sentinelStyle: (xml: string) => { xml: string; vars: Array<{ variables: string[] }> };
};
const { anystyleTokens } = dataScript as {
  anystyleTokens: (
    line: { text: string; tags: string[][]; csl?: Record<string, unknown> },
    tok: typeof tokenize,
  ) => Array<[number, number, string]> | null;
};

const style = (name: string) => readFileSync(new URL(`../../../data/styles/${name}.csl`, import.meta.url), 'utf8');
const show = (r: Labelled) => r.tokens.map(([s, e, l]) => `${r.text.slice(s, e)}/${l}`).join(' ');

// Made-up items in the shapes of the records the training data renders.
const BOOK = {
  id: 'b1',
  type: 'book',
  language: 'zh-CN',
  title: '城市更新与社区参与',
  author: [{ literal: '李晓红' }],
  publisher: '商务印书馆',
  'publisher-place': '北京',
  issued: { 'date-parts': [[2019]] },
};
const ARTICLE = {
  id: 'a1',
  type: 'article-journal',
  language: 'en-US',
  title: 'Signal processing in bees',
  'container-title': 'Apidologie',
  author: [
    { family: 'Harper', given: 'Anne' },
    { family: 'Ross', given: 'Lee' },
  ],
  volume: '12',
  issue: '2',
  page: '45-67',
  issued: { 'date-parts': [[1991]] },
};

async function labelled(styleName: string, item: object): Promise<Labelled> {
  const { strings, vars } = await renderPair(style(styleName), [item]);
  return labelString([...strings.values()][0]!, vars, item, tokenize);
}

describe('rendered training strings', () => {
  it('puts sentinels in the affixes of the elements that print a variable, keeping their own affixes', () => {
    const { xml, vars } = sentinelStyle(
      '<text variable="title" prefix="《" suffix="》"/><names variable="author"><substitute><names variable="editor"/></substitute></names>',
    );
    expect(xml).toBe(
      '<text variable="title" prefix="《\ue000" suffix="\ue800》"/><names variable="author" prefix="\ue001" suffix="\ue801"><substitute><names variable="editor" prefix="\ue002" suffix="\ue802"/></substitute></names>',
    );
    expect(vars.map((v) => v.variables)).toEqual([['title'], ['author', 'editor'], ['editor']]);
  });

  it('labels each token of a Chinese book in GB/T 7714 by the field that printed it', async () => {
    const r = await labelled('gbt7714-2015-numeric', BOOK);
    expect(r.drop).toBeUndefined();
    expect(show(r)).toBe(
      '[/punct 1/other ]/punct 李/author 晓/author 红/author ./punct 城/title 市/title 更/title 新/title 与/title 社/title 区/title 参/title 与/title [M]/type ./punct 北/publisher-place 京/publisher-place :/punct 商/publisher 务/publisher 印/publisher 书/publisher 馆/publisher ,/punct 2019/issued ./punct',
    );
    expect(goldItem(BOOK, r.printed)).toEqual({ ...BOOK, language: undefined, id: 'b1' });
  });

  it('labels a Chicago note with its cited page as locator, the marks around the title as punctuation', async () => {
    const r = await labelled('chicago-notes', ARTICLE);
    expect(r.drop).toBeUndefined();
    const labels = Object.fromEntries(r.tokens.map(([s, e, l]) => [r.text.slice(s, e), l]));
    expect(labels).toMatchObject({
      Harper: 'author',
      Ross: 'author',
      Signal: 'title',
      Apidologie: 'container-title',
      '12': 'volume',
      '1991': 'issued',
    });
    expect(r.tokens.filter(([, , l]) => l === 'title').length).toBe(4);
    for (const [s, e, l] of r.tokens) if ('“”'.includes(r.text.slice(s, e))) expect(l).toBe('punct');
  });

  it('drops a string the sentinels cannot be traced in', () => {
    const vars = [{ variables: ['title'], own: 1, names: false }];
    const ok = labelString({ plain: 'A b.', marked: '\ue000A b\ue800.' }, vars, { title: 'A b' }, tokenize);
    expect(ok.drop).toBeUndefined();
    expect(labelString({ plain: 'A b.', marked: '\ue000A c\ue800.' }, vars, { title: 'A c' }, tokenize).drop).toBe(
      'sentinels change the rendering',
    );
    expect(labelString({ plain: 'A b.', marked: '\ue000A b.' }, vars, { title: 'A b' }, tokenize).drop).toBe(
      'unbalanced sentinels',
    );
  });

  it("keeps a nationality marker's brackets in the name, a field's enclosing brackets punctuation", () => {
    const vars = [
      { variables: ['author'], own: 1, names: true },
      { variables: ['title'], own: 1, names: false },
    ];
    const item = { author: [{ literal: '〔美〕罗尔斯' }], title: '[续]' };
    const r = labelString(
      { plain: '〔美〕罗尔斯. [续].', marked: '\ue000〔美〕罗尔斯\ue800. \ue001[续]\ue801.' },
      vars,
      item,
      tokenize,
    );
    expect(show(r)).toBe(
      '〔/author 美/author 〕/author 罗/author 尔/author 斯/author ./punct [/punct 续/title ]/punct ./punct',
    );
  });

  it('traces a stop citeproc collapsed and a comma moved inside the quotes', () => {
    const vars = [
      { variables: ['author'], own: 1, names: true },
      { variables: ['title'], own: 1, names: false },
    ];
    const item = { author: [{ family: 'Doe', given: 'J.' }], title: 'T' };
    const r = labelString(
      { plain: 'Doe, J. “T,” 2001.', marked: '\ue000Doe, J.\ue800. “\ue001T\ue801”, 2001.' },
      vars,
      item,
      tokenize,
    );
    expect(r.drop).toBeUndefined();
    expect(show(r)).toBe('Doe/author ,/author J/author ./author “/punct T/title ,/punct ”/punct 2001/other ./punct');
  });
});

describe('AnyStyle lines as training strings', () => {
  it('labels tokens by their tagged segment, the separators at its edges as punctuation', () => {
    const line = {
      text: 'Romero, C. (2011). Going home. J. Test 4, 1–6.',
      tags: [
        ['author', 'Romero, C.'],
        ['date', '(2011).'],
        ['title', 'Going home.'],
        ['journal', 'J. Test'],
        ['volume', '4,'],
        ['pages', '1–6.'],
      ],
    };
    const tokens = anystyleTokens(line, tokenize)!;
    expect(tokens.map(([s, e, l]) => `${line.text.slice(s, e)}/${l}`).join(' ')).toBe(
      'Romero/author ,/author C/author ./author (/punct 2011/issued )/punct ./punct Going/title home/title ./punct J/container-title ./container-title Test/container-title 4/volume ,/punct 1/page –/page 6/page ./punct',
    );
  });

  it("labels the style's words at a segment's head `other` where the gold value starts after them", () => {
    const line = {
      text: 'Okafor, M. (2007). Rivers. In Water and Towns, 70-88.',
      csl: { 'container-title': 'Water and Towns', title: 'Rivers' },
      tags: [
        ['author', 'Okafor, M.'],
        ['date', '(2007).'],
        ['title', 'Rivers.'],
        ['container-title', 'In Water and Towns,'],
        ['pages', '70-88.'],
      ],
    };
    const labels = anystyleTokens(line, tokenize)!.map(([s, e, l]) => `${line.text.slice(s, e)}/${l}`);
    expect(labels.slice(10, 14)).toEqual([
      'In/other',
      'Water/container-title',
      'and/container-title',
      'Towns/container-title',
    ]);
    // A gold value that starts with the segment's first word keeps it (`In Search of…` is a title).
    const kept = { ...line, csl: { 'container-title': 'In Water and Towns' } };
    expect(anystyleTokens(kept, tokenize)![10]![2]).toBe('container-title');
  });

  it('gives up on a line whose segments are not in its text', () => {
    expect(anystyleTokens({ text: 'A. B.', tags: [['title', 'C']] }, tokenize)).toBeNull();
  });
});
