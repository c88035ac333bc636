import { expect, it } from 'vitest';
import { checkDocument } from '../../src/engine/pipeline.js';
import { readMarkdown } from '../../src/readers/markdown.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { circled, pandoc, ZH_BOOK, ZH_BOOK2, EN_BOOK, EN_BOOK2 } from '../helpers/manuscripts.js';

const strip = (s: string) => s.replace(/[。.]$/u, '');

ruleTester('consecutive-duplicate', {
  valid: [
    { name: 'zh: 同上 where it belongs', code: circled([[ZH_BOOK, '同上。']]) },
    {
      name: 'en: two chapters of one book, by different authors, are two works (no Ibid.)',
      norm: 'chicago-notes',
      code: pandoc([
        'Tomas Lind, ‘Harbour Towns’, in *Ports of the North*, ed. Ana Ruiz (Oslo: Cappelen, 1999), 12.',
        'Karin Holm, ‘Quiet Quays’, in *Ports of the North*, ed. Ana Ruiz (Oslo: Cappelen, 1999), 40.',
      ]),
    },
    {
      name: 'zh: two pieces of one collection are two works (no 同上)',
      norm: 'cass',
      code: circled([
        [
          '王五：《城市的边界》，载李四主编：《城乡文集》，北京：人民出版社，2001年，第3页。',
          '赵六：《乡村的变迁》，载李四主编：《城乡文集》，北京：人民出版社，2001年，第9页。',
        ],
      ]),
    },
    {
      name: 'zh (cass): the same book on another page of it may be repeated in full',
      code: circled([[ZH_BOOK, ZH_BOOK.replace('第5页', '第9页')]]),
    },
    {
      name: 'zh (cass): 参见 the whole after a quotation is not a verbatim repeat',
      code: circled([[ZH_BOOK, `参见${ZH_BOOK}`]]),
    },
    {
      name: 'zh (law): across a page break a full citation is what the norm wants',
      norm: 'law',
      code: circled([[ZH_BOOK], [ZH_BOOK]]),
    },
    { name: 'zh: the same work two notes apart', code: circled([[ZH_BOOK, ZH_BOOK2, ZH_BOOK]]) },
    { name: 'en: another work between', code: pandoc([EN_BOOK, EN_BOOK2, EN_BOOK]) },
    { name: 'en: Ibid. where it belongs', code: pandoc([EN_BOOK, 'Ibid., p. 140.']) },
    {
      name: 'en: the repeated work is not the last citation of the note before',
      norm: 'chicago-notes',
      code: pandoc([`${strip(EN_BOOK)}; ${EN_BOOK2}`, EN_BOOK]),
    },
  ],
  invalid: [
    {
      name: 'zh: the very same citation twice in a row',
      code: circled([[ZH_BOOK2, ZH_BOOK, ZH_BOOK]]),
      errors: [
        {
          messageId: 'adjacent',
          places: ['②@p1', '③@p1'],
          message: 'note ③ on p. 1 cites 《智能系统的劳动》 in full right after note ② on p. 1;',
        },
      ],
    },
    {
      name: 'zh: adjacent across a page break',
      code: circled([[ZH_BOOK], [ZH_BOOK]]),
      errors: [{ messageId: 'adjacent', places: ['①@p1', '①@p2'] }],
    },
    {
      name: 'zh (law): another page of the same book in the next note',
      norm: 'law',
      code: circled([[ZH_BOOK, ZH_BOOK.replace('第5页', '第9页')]]),
      errors: [{ messageId: 'adjacent', places: ['①@p1', '②@p1'] }],
    },
    {
      name: 'en (chicago): any adjacent full repeat',
      code: pandoc([EN_BOOK, EN_BOOK.replace('p. 131', 'p. 140')]),
      errors: [{ messageId: 'adjacent', places: ['[^1]', '[^2]'] }],
    },
    {
      name: 'en (chicago): last citation of one note, first of the next',
      norm: 'chicago-notes',
      code: pandoc([`${strip(EN_BOOK2)}; ${EN_BOOK}`, `${strip(EN_BOOK)}; ${EN_BOOK2}`]),
      errors: [{ messageId: 'adjacent', places: ['[^1]', '[^2]'], data: { work: '“In Letters of Blood and Fire”' } }],
    },
  ],
});

it('consecutive-duplicate: information under cass, a warning under chicago-notes and law', async () => {
  const severity = async (code: string, norm: 'cass' | 'chicago-notes' | 'law') => {
    const doc = readMarkdown('case.md', new TextEncoder().encode(code));
    const { diagnostics } = await checkDocument(doc, { lang: 'en', norm, only: ['consecutive-duplicate'] });
    return diagnostics.map((d) => d.severity);
  };
  const code = circled([[ZH_BOOK, ZH_BOOK]]);
  expect(await severity(code, 'cass')).toEqual(['info']);
  expect(await severity(code, 'law')).toEqual(['warning']);
  expect(await severity(pandoc([EN_BOOK, EN_BOOK]), 'chicago-notes')).toEqual(['warning']);
});
