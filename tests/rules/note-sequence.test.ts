import { expect, it } from 'vitest';
import { ruleTester, runOne } from '../helpers/rule-tester.js';
import { circled, ZH_BOOK, ZH_BOOK2, ZH_ARTICLE } from '../helpers/manuscripts.js';

/** One page whose notes carry the given labels, as printed (possibly wrong). */
const page = (labels: string[]) =>
  `正文${labels.map((l) => `<sup>${l}</sup>`).join('，')}。\n\n${labels.map((l, k) => `${l} ${[ZH_BOOK, ZH_BOOK2, ZH_ARTICLE][k % 3]}`).join('\n\n')}\n`;

const EN_LIST =
  '## References\n\n[1] FUCHS C. Digital labor and Karl Marx[M]. London: Routledge, 2014.\n[2] HARVEY D. Marx, capital and the madness of economic reason[M]. London: Profile Books, 2017.\n[3] SMITH A. The wealth of nations[M]. London: Strahan, 1776.\n';

ruleTester('note-sequence', {
  valid: [
    {
      name: 'zh: ① restarts on every page',
      code: circled([
        [ZH_BOOK, ZH_BOOK2],
        [ZH_ARTICLE, ZH_BOOK],
      ]),
    },
    { name: 'en: Pandoc labels are names, not numbers', code: 'A.[^z] B.[^a]\n\n[^z]: Ibid.\n[^a]: Ibid.\n' },
    { name: 'en: Pandoc numbers out of order are still names', code: 'A.[^2] B.[^1]\n\n[^2]: Ibid.\n[^1]: Ibid.\n' },
    {
      name: 'numbered list 1..n in order of citation',
      norm: 'gbt7714-2015',
      code: '见[1]，又见[2]。\n\n## 参考文献\n\n[1] 孙伟平. 书[M]. 北京: 人民出版社, 2021.\n[2] 赵汀阳. 书二[M]. 北京: 中信出版社, 2016.\n',
    },
    {
      name: 'en: list cited in order, with a range and a repeat',
      norm: 'gbt7714-2015',
      code: `See [1], then [2-3] and [1] again.\n\n${EN_LIST}`,
    },
    {
      name: 'zh (chicago-notes): circled numbering may run on across pages where the norm does not restart',
      norm: 'chicago-notes',
      code: page(['①', '②']) + '\n' + page(['③']),
    },
    { name: 'zh (chicago-notes): … or restart', norm: 'chicago-notes', code: page(['①', '②']) + '\n' + page(['①']) },
    {
      name: 'en (notes norm): a list out of citation order is not judged outside numeric norms',
      norm: 'chicago-notes',
      code: `See [2], then [1].\n\n${EN_LIST}`,
    },
  ],
  invalid: [
    {
      name: 'zh: a gap ①③',
      code: page(['①', '③']),
      errors: [{ messageId: 'gap', places: ['③@p1'], data: { previous: '①', label: '③', page: 1 } }],
    },
    { name: 'zh: a repeat ①②②', code: page(['①', '②', '②']), errors: [{ messageId: 'repeat', places: ['②@p1'] }] },
    {
      name: 'zh: a swap ①②④③⑤ is two findings, not a cascade',
      code: page(['①', '②', '④', '③', '⑤']),
      errors: [
        { messageId: 'gap', places: ['④@p1'] },
        { messageId: 'order', places: ['③@p1'] },
      ],
    },
    {
      name: 'zh: numbering continued across pages',
      code: page(['①', '②']) + '\n' + page(['③']),
      errors: [{ messageId: 'notRestarted', places: ['③@p2'] }],
    },
    {
      name: 'zh: a page that starts at ②',
      code: page(['①', '②']) + '\n' + page(['④', '⑤']),
      errors: [{ messageId: 'startsAt', places: ['④@p2'] }],
    },
    {
      name: 'zh: the first note of the manuscript is not ①',
      code: page(['②', '③']),
      errors: [{ messageId: 'startsAt', places: ['②@p1'] }],
    },
    {
      name: 'zh (chicago-notes): a gap across a page where numbering runs on',
      norm: 'chicago-notes',
      code: page(['①', '②']) + '\n' + page(['④']),
      errors: [{ messageId: 'gap', places: ['④@p2'] }],
    },
    {
      name: 'en list: entries out of order and cited out of order',
      norm: 'gbt7714-2015',
      code: '见[2]，又见[1]。\n\n## References\n\n[1] FUCHS C. Digital labor[M]. London: Routledge, 2014.\n[3] HARVEY D. Marx[M]. London: Profile, 2017.\n[2] SMITH A. Wealth[M]. London: Strahan, 1776.\n',
      errors: [
        { messageId: 'citationOrder', data: { number: 2, expected: 1, count: 1 } },
        { messageId: 'entryGap', places: ['[3]'] },
        { messageId: 'entryOrder', places: ['[2]'] },
      ],
    },
    {
      name: 'en list: one entry cited last is one finding',
      norm: 'gbt7714-2015',
      code: `See [2], [3] and finally [1].\n\n${EN_LIST}`,
      errors: [{ messageId: 'citationOrder', places: ['[2]'], data: { number: 2, expected: 1, count: 2 } }],
    },
    {
      name: 'zh list: a number printed twice',
      norm: 'gbt7714-2015',
      code: '见[1][2]。\n\n## 参考文献\n\n[1] 孙伟平. 书[M]. 北京: 人民出版社, 2021.\n[1] 赵汀阳. 书二[M]. 北京: 中信出版社, 2016.\n',
      errors: [{ messageId: 'entryRepeat', places: ['[1]'], message: 'number [1] repeats' }],
    },
  ],
});

it('note-sequence: the reference manuscript numbers ① per page without a fault', async () => {
  const { readFileSync } = await import('node:fs');
  const code = readFileSync(new URL('../../fixtures/llm-labor-value.md', import.meta.url), 'utf8');
  expect(await runOne('note-sequence', { name: 'reference', code })).toEqual([]);
});
