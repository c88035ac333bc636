import { ruleTester } from '../helpers/rule-tester.js';
import { circled, ZH_BOOK, ZH_BOOK2, ZH_ARTICLE } from '../helpers/manuscripts.js';

const page = (labels: string[]) =>
  `正文${labels.map((l) => `<sup>${l}</sup>`).join('，')}。\n\n${labels.map((l, k) => `${l} ${[ZH_BOOK, ZH_BOOK2, ZH_ARTICLE][k % 3]}`).join('\n\n')}\n`;

ruleTester('note-sequence', {
  valid: [
    { name: 'zh: ① restarts on every page', code: circled([[ZH_BOOK, ZH_BOOK2], [ZH_ARTICLE, ZH_BOOK]]) },
    { name: 'en: Pandoc labels are names, not numbers', code: 'A.[^z] B.[^a]\n\n[^z]: Ibid.\n[^a]: Ibid.\n' },
    { name: 'numbered list 1..n in order of citation', norm: 'gbt7714-2015', code: '见[1]，又见[2]。\n\n## 参考文献\n\n[1] 孙伟平. 书[M]. 北京: 人民出版社, 2021.\n[2] 赵汀阳. 书二[M]. 北京: 中信出版社, 2016.\n' },
  ],
  invalid: [
    { name: 'zh: a gap ①③', code: page(['①', '③']), errors: [{ messageId: 'gap', places: ['③@p1'] }] },
    { name: 'zh: a repeat ①①', code: page(['①', '②', '②']), errors: [{ messageId: 'repeat', places: ['②@p1'] }] },
    { name: 'zh: numbering continued across pages', code: page(['①', '②']) + '\n' + page(['③']), errors: [{ messageId: 'notRestarted', places: ['③@p2'] }] },
    { name: 'list: entries out of order and cited out of order', norm: 'gbt7714-2015', code: '见[2]，又见[1]。\n\n## References\n\n[1] FUCHS C. Digital labor[M]. London: Routledge, 2014.\n[3] HARVEY D. Marx[M]. London: Profile, 2017.\n[2] SMITH A. Wealth[M]. London: Strahan, 1776.\n',
      errors: [{ messageId: 'citationOrder', data: { number: 2, expected: 1 } }, { messageId: 'entryGap' }, { messageId: 'entryOrder' }] },
  ],
});
