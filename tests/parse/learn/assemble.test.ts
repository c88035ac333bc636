import { describe, expect, it } from 'vitest';
import { assemble } from '../../../src/parse/learn/assemble.js';
import { labelled } from '../../helpers/labelled.js';
import { buildLexicons } from '../../../src/parse/learn/lexicons.js';
import { table } from '../../../src/resolve/tables.js';

const lex = buildLexicons({
  publishers: table('publishers'),
  journals: table('journals'),
  'western-names': table('western-names'),
});

describe('assembling labelled tokens into an item', () => {
  it('reads a GB/T book with a translator, the role word left out of the name', () => {
    const { text, tokens } = labelled([
      ['other', '[2] '],
      ['author', '哈里森, 沃尔德伦'],
      ['punct', '. '],
      ['title', '经济数学与金融数学'],
      ['type', '[M]'],
      ['punct', '. '],
      ['translator', '谢远涛, 译'],
      ['punct', '. '],
      ['publisher-place', '北京'],
      ['punct', ': '],
      ['publisher', '中国人民大学出版社'],
      ['punct', ', '],
      ['issued', '2012'],
      ['punct', ': '],
      ['page', '235-236'],
      ['punct', '.'],
    ]);
    expect(assemble(tokens, text, lex)).toEqual({
      item: {
        id: '',
        type: 'book',
        language: 'zh-CN',
        title: '经济数学与金融数学',
        author: [{ literal: '哈里森' }, { literal: '沃尔德伦' }],
        translator: [{ literal: '谢远涛' }],
        'publisher-place': '北京',
        publisher: '中国人民大学出版社',
        page: '235-236',
        issued: { 'date-parts': [[2012]] },
      },
      typeScore: 1,
      locator: null,
      prefix: null,
    });
  });

  it('splits a name list at semicolons and types an article by its fields when no code is printed', () => {
    const { text, tokens } = labelled([
      ['author', 'Ai, S.; Li, H.; Zhang, Y.'],
      ['punct', ' '],
      ['issued', '2009'],
      ['punct', '. '],
      ['title', 'Condition monitoring'],
      ['punct', '. '],
      ['container-title', 'Measurement'],
      ['punct', ' '],
      ['volume', '1'],
      ['punct', ': '],
      ['page', '190–193'],
      ['punct', '.'],
    ]);
    const { item } = assemble(tokens, text, lex);
    expect(item.author!.map((n) => n.family ?? n.literal)).toEqual(['Ai', 'Li', 'Zhang']);
    expect(item.type).toBe('article-journal');
    expect(item.language).toBe('en-US');
  });

  it('keeps the cited page and the signal apart', () => {
    const { text, tokens } = labelled([
      ['prefix', '参见'],
      ['author', '王磊'],
      ['punct', '：《'],
      ['title', '资本的逻辑'],
      ['punct', '》，'],
      ['publisher', '中华书局'],
      ['punct', '，'],
      ['issued', '2019年'],
      ['punct', '，第'],
      ['locator', '12'],
      ['punct', '页。'],
    ]);
    const r = assemble(tokens, text, lex);
    expect(r.prefix).toBe('参见');
    expect(r.locator).toBe('12');
    expect(r.item.page).toBeUndefined();
    expect(r.item.type).toBe('book');
  });
});
